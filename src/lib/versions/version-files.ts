import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseSource } from '~/lib/content/read-source';
import { splitSections, type Section } from '~/lib/content/sections';
import { diffSections, type DocumentDiff } from '~/lib/diff/diff';
import { sectionHistory, type DiffOutline, type HistoryStep, type SectionHistoryLine } from './section-history';

/** A version's MDX file as the build reads it: the path relative to the project and the text. */
export interface VersionSource {
  path: string;
  text: string;
}

// Parses and diffs are cached by the text itself, not by the path: a build parses each
// version once however many pages show it, and `astro dev` sees a saved draft at once.
const sectionsByText = new Map<string, Promise<Section[]>>();
// Whole diffs hold every word of two versions, so only the last few are kept (the two views
// of a comparison are built one after the other); the section histories keep only an outline
// of each diff. Build memory then stays flat in the number of versions.
const RECENT_DIFFS = 8;
const diffsByTexts = new Map<string, Promise<DocumentDiff>>();
const outlinesByTexts = new Map<string, Promise<DiffOutline>>();

/** Reads a version's MDX source as it is now (entries carry `filePath`, relative to the project root). */
export async function readVersionSource(filePath: string): Promise<VersionSource> {
  return { path: filePath, text: await readFile(resolve(process.cwd(), filePath), 'utf8') };
}

function sectionsOfSource({ path, text }: VersionSource): Promise<Section[]> {
  let parsed = sectionsByText.get(text);
  if (!parsed) {
    parsed = parseSource(text, path).then(({ tree }) => splitSections(tree));
    sectionsByText.set(text, parsed);
  }
  return parsed;
}

/** A version file's sections, as the file says now; parsed once per distinct text. */
export async function sectionsOf(filePath: string): Promise<Section[]> {
  return sectionsOfSource(await readVersionSource(filePath));
}

/** The diff between two version files as they are now; the most recent ones are kept for the next page. */
export async function diffVersionFiles(olderPath: string, newerPath: string, locale: string): Promise<DocumentDiff> {
  const [older, newer] = await Promise.all([readVersionSource(olderPath), readVersionSource(newerPath)]);
  const key = `${locale}\0${older.text}\0${newer.text}`;
  let diff = diffsByTexts.get(key);
  diffsByTexts.delete(key);
  diff ??= Promise.all([sectionsOfSource(older), sectionsOfSource(newer)]).then(([a, b]) => diffSections(a, b, locale));
  diffsByTexts.set(key, diff);
  for (const oldest of diffsByTexts.keys()) {
    if (diffsByTexts.size <= RECENT_DIFFS) break;
    diffsByTexts.delete(oldest);
  }
  return diff;
}

/** What happened to each section between two version files (ids and kinds only); computed once per pair of texts. */
async function outlineOfFiles(olderPath: string, newerPath: string, locale: string): Promise<DiffOutline> {
  const [older, newer] = await Promise.all([readVersionSource(olderPath), readVersionSource(newerPath)]);
  const key = `${locale}\0${older.text}\0${newer.text}`;
  let outline = outlinesByTexts.get(key);
  if (!outline) {
    outline = diffVersionFiles(olderPath, newerPath, locale).then(({ sections }) => ({
      sections: sections.map(({ id, kinds, previousId }) => ({ id, kinds, previousId })),
    }));
    outlinesByTexts.set(key, outline);
  }
  return outline;
}

/**
 * The history line of every section of a version: `versions` are the published
 * versions oldest first, ending with the one shown (see `sectionHistory`).
 */
export async function sectionHistoryOfFiles(
  versions: readonly { version: string; filePath: string }[],
  locale: string,
): Promise<Map<string, SectionHistoryLine>> {
  const steps: HistoryStep[] = await Promise.all(
    versions.map(async (entry, index) => {
      const previous = versions[index - 1];
      return { version: entry.version, diff: previous ? await outlineOfFiles(previous.filePath, entry.filePath, locale) : undefined };
    }),
  );
  const shown = versions.at(-1);
  const ids = shown ? (await sectionsOf(shown.filePath)).map((section) => section.id) : [];
  return sectionHistory(steps, ids);
}
