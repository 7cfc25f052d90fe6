/**
 * The content check of `npm run build` (scripts/build.ts), in a process of its own: it
 * reads and judges every version, and its memory is returned whole when it exits, before
 * Astro starts. Prints notes and either a pass line or the problems; exits 1 on problems.
 *
 *   tsx scripts/lib/build-content-check.ts <content-dir>
 */
import { contentNotes, loadContentDir } from '~/lib/content/content-set';
import { countProblems, formatReport } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { todayInOslo } from '~/lib/site/dates';
import { explainFsError } from './fs-errors';

const [contentDir = 'content'] = process.argv.slice(2);
const content = await loadContentDir(contentDir, todayInOslo()).catch((error: unknown) => {
  const explained = explainFsError(error);
  if (!explained) throw error;
  console.error(`✘ the build could not finish: ${explained}`);
  process.exit(1);
});
for (const note of contentNotes(content)) console.log(`note: ${note}`);
const problems = await checkContent(content);
if (problems.length > 0) {
  console.error(
    `✘ ${countProblems(problems.length)} in the content — nothing was built. Fix them and build again:\n\n${formatReport(problems)}`,
  );
  process.exit(1);
}
console.log(`✔ content rules pass (${content.files.length} files, checked before Astro starts)`);
