import { loadContentDir, type ContentSet } from '../content-set';
import { checklistClaimsRule } from './checklist-claims';
import { frontmatterRule } from './frontmatter-fields';
import { idHistoryRule } from './id-history';
import { limitsRule } from './limits';
import { lockRule } from './published-unchanged';
import { lockHistoryRule } from './lock-witnessed-by-git';
import { markdownStyleRule } from './markdown-style';
import { parseContentFile, type ContentRule, type VersionFile } from './parsed-content';
import { sortProblems, type Problem } from './problem';
import { strayFilesRule } from './stray-files';
import { translationDriftRule } from './translation-drift';
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
  limitsRule,
  frontmatterRule,
  urlsRule,
  markdownStyleRule,
  translationsRule,
  translationDriftRule,
  versionOrderRule,
  idHistoryRule,
  lockRule,
  lockHistoryRule,
  checklistClaimsRule,
];

/** Runs the rule families over a content set and returns every problem, in reading order. */
export async function checkContent(set: ContentSet, rules: readonly ContentRule[] = CONTENT_RULES): Promise<Problem[]> {
  const problems: Problem[] = [];
  const versions: VersionFile[] = [];
  for (const file of set.files) {
    const parsed = await parseContentFile(file);
    problems.push(...parsed.problems);
    if (parsed.version) versions.push(parsed.version);
  }
  for (const rule of rules) problems.push(...(await rule({ set, versions })));
  return sortProblems(problems);
}

/** Reads a content directory and runs every rule over it: what the build, `npm run check` and `astro dev` do. */
export async function checkContentDir(contentDir: string, today: string): Promise<Problem[]> {
  return checkContent(await loadContentDir(contentDir, today));
}
