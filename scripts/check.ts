/**
 * `npm run check`: every content rule (src/lib/content/rules/) over the real
 * content and the test fixtures, then `astro check` (types). Prints every problem
 * as `file:line: what is wrong — how to fix it` and exits 1 when there is any.
 *
 *   npm run check                    content rules + astro check
 *   npm run check:content  content rules only (fast; what editors need)
 *   npm run check:content -- --coverage   and the GDPR checklist's whole table: item → covering sections
 *   CONTENT_DIR=path npm run check   only that content folder
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { countProblems, formatReport } from '~/lib/content/rules/problem';
import { contentNotes, loadContentDir } from '~/lib/content/content-set';
import { checkContent } from '~/lib/content/rules/run';
import { checklistReport } from '~/lib/checklist/report';
import { todayInOslo } from '~/lib/site/dates';

const contentDirs = process.env.CONTENT_DIR
  ? [process.env.CONTENT_DIR]
  : ['content', 'tests/fixtures/content'].filter((dir) => existsSync(dir));
let failed = false;
for (const dir of contentDirs) {
  const set = await loadContentDir(dir, todayInOslo());
  for (const note of contentNotes(set)) console.log(`note: ${note}`);
  const problems = await checkContent(set);
  if (problems.length === 0) console.log(`✔ ${dir}: all content rules pass`);
  else {
    failed = true;
    console.error(`✘ ${dir}: ${countProblems(problems.length)} to fix:\n\n${formatReport(problems)}\n`);
  }
  const checklist = await checklistReport(set, { table: process.argv.includes('--coverage') });
  if (checklist) console.log(`\n${checklist}\n`);
}
if (!process.argv.includes('--content-only')) {
  const types = spawnSync('astro', ['check'], { stdio: 'inherit', shell: false });
  if (types.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
