import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { vocabularyFromTexts, vocabularyPath } from '~/lib/search/vocabulary';
import { AFTER_ASTRO_ENV } from './output-files.ts';

/** Shape of `pagefind/pagefind-entry.json`, the part we log. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * What Pagefind writes beside its index that the site never loads (about 480 KB): its ready-made
 * search interfaces (the site has its own: src/browser/search-ui.ts, highlight.ts) and its worker
 * (search-engine.ts starts Pagefind with `noWorker`). They are not published, nor compressed at every build.
 */
const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` and returns a line for the log.
 * Pagefind splits the index by `<html lang>`, so Norwegian and English pages never mix,
 * and indexes only what is inside `data-pagefind-body` (the policy text).
 */
export async function indexSite(outDir: string): Promise<string> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_PAGEFIND_FILES.map((name) => rm(join(outDir, 'pagefind', name), { force: true })));
    const entry = JSON.parse(await readFile(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as PagefindEntry;
    const languages = Object.entries(entry.languages)
      .map(([language, { page_count }]) => `${language}: ${page_count} pages`)
      .join(', ');
    const vocabularies = await writeVocabularies(outDir);
    return `Search index: read ${added.page_count} HTML files, indexed ${languages} in ${Math.round(performance.now() - started)} ms; vocabulary ${vocabularies}`;
  } finally {
    await pagefind.close();
  }
}

/** The search index after every `astro build` (unless scripts/build.ts writes it after Astro has exited). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'jtec:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[AFTER_ASTRO_ENV]) return;
        logger.info(await indexSite(fileURLToPath(dir)));
      },
    },
  };
}

/**
 * Writes each language's vocabulary (src/lib/search/vocabulary.ts) from the text Pagefind
 * indexed: its page fragments, gzip JSON named `<language>_<hash>.pf_fragment`. Returns a summary for the log.
 */
async function writeVocabularies(outDir: string): Promise<string> {
  const fragments = join(outDir, 'pagefind', 'fragment');
  const texts = new Map<string, string[]>();
  for (const name of await readdir(fragments)) {
    const language = name.slice(0, name.indexOf('_'));
    const json = gunzipSync(await readFile(join(fragments, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    texts.set(language, [...(texts.get(language) ?? []), (JSON.parse(json) as { content: string }).content]);
  }
  const written: string[] = [];
  for (const [language, contents] of texts) {
    const body = JSON.stringify(vocabularyFromTexts(contents));
    await writeFile(join(outDir, vocabularyPath(language)), body);
    written.push(`${language}: ${body.length} B`);
  }
  return written.join(', ');
}
