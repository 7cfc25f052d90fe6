import { loadContentDir, type ContentSet } from '../content-set';
import { allowedOutputRule } from './allowed-output';
import { checklistClaimsRule } from './checklist-claims';
import { documentSlugsRule } from './document-slugs';
import { frontmatterRule } from './frontmatter-fields';
import { idHistoryRule } from './id-history';
import { limitsRule } from './limits';
import { lockRule } from './published-unchanged';
import { lockHistoryRule } from './lock-witnessed-by-git';
import { markdownStyleRule } from './markdown-style';
import { hashVersionText } from '~/lib/versions/lock-file';
import type { SectionsCache } from '../sections-cache';
import { parseContentFile, versionFromCache, type ContentRule, type VersionFile } from './parsed-content';
import { sortProblems, type Problem } from './problem';
import { strayFilesRule } from './stray-files';
import { translationDriftRule } from './translation-drift';
import { renderedTextRule } from './rendered-text';
import { textRule } from './text';
import { translationsRule } from './translations';
import { urlsRule } from './urls';
import { versionOrderRule } from './version-order';

/**
 * Every content rule family, run over content read once. `npm run check`, the
 * build (the content-check integration), `astro dev`, `npm run publish-version`
 * and the tests all call `checkContent`. A new rule is a module in this folder
 * and a row here.
 */
export const CONTENT_RULES: readonly ContentRule[] = [
  strayFilesRule,
  textRule,
  renderedTextRule,
  limitsRule,
  frontmatterRule,
  allowedOutputRule,
  urlsRule,
  markdownStyleRule,
  translationsRule,
  translationDriftRule,
  versionOrderRule,
  documentSlugsRule,
  idHistoryRule,
  lockRule,
  lockHistoryRule,
  checklistClaimsRule,
];

/** The families that judge each file on its own: with a focus, they look only at the files in it. */
const PER_FILE_RULES: ReadonlySet<ContentRule> = new Set([textRule, renderedTextRule, limitsRule, frontmatterRule, allowedOutputRule, urlsRule, markdownStyleRule]);

/** A version as the rules across files need it: sections, frontmatter and text, without its trees (megabytes each) and style findings. */
function withoutTrees(version: VersionFile): VersionFile {
  return { ...version, tree: undefined, hast: undefined, styleFindings: undefined };
}

/**
 * Runs the rule families over a content set and returns every problem, in reading
 * order. Each file is read and judged by the per-file families at once, and only its
 * sections and frontmatter are kept for the families across files: memory then stays
 * flat in the number of versions (a tree is megabytes, its sections a tenth of that).
 * With `set.focus` (what `publish-version` publishes), the per-file families judge
 * only those files: the others were judged when they were published and are locked;
 * the families across files (translations, history, order, lock) still read every
 * file of the set.
 */
export async function checkContent(set: ContentSet, rules: readonly ContentRule[] = CONTENT_RULES, cache?: SectionsCache): Promise<Problem[]> {
  const reading: Problem[] = [];
  // Each family's problems apart, so that the report lists them in the same order however the files are walked.
  const byRule = rules.map((): Problem[] => []);
  const versions: VersionFile[] = [];
  const inFocus = (key: string) => !set.focus || set.focus.includes(key);
  for (const file of set.files) {
    // A locked, unchanged file outside the focus was judged when it was published: its cached reading is enough.
    const locked = !inFocus(file.key) && set.lock.versions[file.key]?.sha256 === hashVersionText(file.text);
    const cached = locked ? cache?.get(file.text) : undefined;
    if (cached) {
      versions.push(versionFromCache(file, cached));
      continue;
    }
    const parsed = await parseContentFile(file, { judged: inFocus(file.key) });
    if (inFocus(file.key)) {
      reading.push(...parsed.problems);
      const one = { set: { ...set, files: [file] }, versions: parsed.version ? [parsed.version] : [] };
      for (const [index, rule] of rules.entries()) if (PER_FILE_RULES.has(rule)) byRule[index]?.push(...(await rule(one)));
    }
    if (parsed.version) versions.push(withoutTrees(parsed.version));
    const { data, fieldLines, sections } = parsed.version ?? {};
    if (locked && cache && data && fieldLines && sections && parsed.problems.length === 0) cache.set(file.text, { data, fieldLines: [...fieldLines], sections });
  }
  for (const [index, rule] of rules.entries()) if (!PER_FILE_RULES.has(rule)) byRule[index]?.push(...(await rule({ set, versions })));
  return sortProblems([...reading, ...byRule.flat()]);
}

/** Reads a content directory and runs every rule over it: what the build, `npm run check` and `astro dev` do. */
export async function checkContentDir(contentDir: string, today: string): Promise<Problem[]> {
  return checkContent(await loadContentDir(contentDir, today));
}
