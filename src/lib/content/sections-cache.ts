import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Section } from './sections';

/*
 * What `publish-version` remembers of locked files between runs: their frontmatter
 * and sections, by the sha256 of their text. A locked file cannot change without
 * its hash changing, and the cache is keyed as well by the code that reads sources
 * (and the installed packages), so an entry is never used for a text or a reader
 * it was not made from. It lets publishing read only what it publishes.
 */

/** A file's reading as the rules across files need it. */
export interface CachedReading {
  data: Record<string, unknown>;
  fieldLines: [string, number][];
  sections: Section[];
}

const ROOT = join(import.meta.dirname, '../../..');
/** The code and packages that decide how a source is read: any change makes a new cache. */
const READERS = [
  'src/lib/content/processor.ts',
  'src/lib/content/read-source.ts',
  'src/lib/content/sections.ts',
  'src/lib/content/section-id-syntax.ts',
  'src/lib/content/frontmatter-yaml.ts',
  'src/remark/section-id-markers.ts',
  'package-lock.json',
];

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Readings of locked files, kept in node_modules/.cache between runs of the editors' commands. */
export class SectionsCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly entries: Record<string, CachedReading>,
  ) {}

  /** Opens the cache for the current readers (empty when there is none, or it cannot be read). */
  static open(): SectionsCache {
    const fingerprint = sha256(READERS.map((file) => (existsSync(join(ROOT, file)) ? sha256(readFileSync(join(ROOT, file))) : file)).join('\n'));
    const path = join(ROOT, 'node_modules/.cache/jtec-content', `sections-${fingerprint.slice(0, 16)}.json`);
    try {
      return new SectionsCache(path, JSON.parse(readFileSync(path, 'utf8')) as Record<string, CachedReading>);
    } catch {
      return new SectionsCache(path, {});
    }
  }

  get(text: string): CachedReading | undefined {
    return this.entries[sha256(text)];
  }

  set(text: string, reading: CachedReading): void {
    this.entries[sha256(text)] = reading;
    this.changed = true;
  }

  /** Writes the cache, if anything was added (a cache that cannot be written is simply not kept). */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.entries));
    } catch {
      // No cache: the next run reads the files again.
    }
  }
}
