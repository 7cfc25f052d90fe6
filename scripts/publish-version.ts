/**
 * Publishing, the only way the lock file (`content/versions.lock.json`) changes.
 *
 *   npm run publish-version -- <document> <version>
 *       checks all content as if the version were published; if it passes, sets
 *       `status: published` in every language and locks the files' text.
 *   npm run publish-version -- --erratum <document> <version> ["what was corrected"] [--lang nb|en]
 *       after a typo fix in a published version: adds a visible erratum (today's date
 *       and the note) to each changed file, checks, and locks the corrected text.
 *   npm run publish-version -- --adopt
 *       for maintainers: locks published versions that have no lock entry yet
 *       (e.g. fixture content written by hand). Existing entries never change.
 *
 * Nothing is written unless every content rule passes. See docs/editing.md.
 */
import { join } from 'node:path';
import { isLocale } from '~/i18n/locales';
import { contentNotes, loadContentDir, lockFileOf, type ContentFile, type ContentSet } from '~/lib/content/content-set';
import { addErratum, readErrata, readFrontmatter, setFrontmatterField } from '~/lib/content/frontmatter-yaml';
import { restoreLockCommand } from '~/lib/content/rules/published-unchanged';
import { countProblems, formatReport } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { checkErratumDrift, type Correction } from '~/lib/content/rules/translation-drift';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import { todayInOslo } from '~/lib/site/dates';
import { hashVersionText, serializeLock, withLockedFile, type VersionLock } from '~/lib/versions/lock-file';
import { committedText } from './lib/git';
import { writeFileAtomic } from './lib/write-atomic';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const langIndex = args.indexOf('--lang');
const onlyLang = langIndex >= 0 ? args[langIndex + 1] : undefined;
const positional = args.filter((arg, index) => !arg.startsWith('--') && !(langIndex >= 0 && index === langIndex + 1));
const [document, version, note] = positional;

function fail(message: string): never {
  console.error(`✘ ${message}`);
  process.exit(1);
}

/** Refuses an erratum that changes a section in one language only (compared with the last commit), unless acknowledged. */
async function refuseOneLanguageErratum(files: ContentFile[]): Promise<void> {
  const corrections: Correction[] = [];
  for (const file of files) {
    const before = committedText(join(contentDir, file.key));
    if (before === undefined) {
      console.warn(`  note: ${file.path} is not committed in git, so the erratum could not be compared with its last committed text`);
      return;
    }
    const sectionsOf = async (text: string) => splitSections((await parseSource(text, file.path)).tree);
    const acknowledged = readFrontmatter(file.text).data.wordingOnly;
    corrections.push({
      path: file.path,
      locale: file.key.split('/')[1] as Correction['locale'],
      wordingOnly: Array.isArray(acknowledged) ? acknowledged.map((ack: { section?: unknown }) => String(ack.section)) : [],
      before: await sectionsOf(before).catch(() => []),
      after: await sectionsOf(file.text).catch(() => []),
    });
  }
  const problems = checkErratumDrift(corrections);
  if (problems.length > 0) fail(`the erratum was not recorded:\n\n${formatReport(problems)}`);
}

const today = todayInOslo();
const content = await loadContentDir(contentDir, today);
for (const note of contentNotes(content)) console.log(`note: ${note}`);
// The first publication in a new repository writes the lock; after that a missing lock is a problem (rules/published-unchanged.ts).
const neverPublished =
  content.lockIssue?.missing === true &&
  !content.files.some((file) => readFrontmatter(file.text).data.status === 'published') &&
  !(content.history.witness === 'git' && content.history.entries.size > 0);
const adoptsIntoNewLock =
  flag('--adopt') && content.lockIssue?.missing === true && !(content.history.witness === 'git' && content.history.entries.size > 0);
const lockIssue = neverPublished || adoptsIntoNewLock ? undefined : content.lockIssue;
if (lockIssue) {
  fail(
    `nothing was published: ${content.lockPath} ${lockIssue.missing ? 'is missing' : lockIssue.problem}. ` +
      `Restore it with \`${restoreLockCommand(content.lockPath)}\` (see "The lock is missing or broken" in docs/editing.md)`,
  );
}
let lock: VersionLock = content.lock;
const changed = new Map<string, string>();
/** Applies an edit of the frontmatter; a file whose frontmatter cannot be edited is reported, not thrown. */
const update = (file: ContentFile, edit: (text: string) => string) => {
  let text: string;
  try {
    text = edit(file.text);
  } catch (error) {
    fail(
      `${file.path}: ${error instanceof Error ? error.message : String(error)} — fix it first (\`npm run check:content\` lists every problem)`,
    );
  }
  changed.set(file.key, text);
  file.text = text;
};

if (flag('--adopt')) {
  for (const file of content.files) {
    if (!lock.versions[file.key] && readFrontmatter(file.text).data.status === 'published') {
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
      console.log(`  locking ${file.path}`);
    }
  }
} else {
  if (!document || !version) fail('usage: npm run publish-version -- <document> <version>   (or --erratum <document> <version> "note")');
  if (onlyLang !== undefined && !isLocale(onlyLang)) fail(`--lang must be nb or en, not "${onlyLang}"`);
  const files = content.files.filter((file) => file.key.startsWith(`${document}/`) && file.key.endsWith(`/${version}.mdx`));
  if (files.length === 0)
    fail(`there is no version "${version}" of "${document}" in ${contentDir}/ — check the names (e.g. privacy 2026-03)`);

  if (flag('--erratum')) {
    const targets = files.filter((file) => {
      const locked = lock.versions[file.key];
      if (!locked)
        fail(
          `${file.path} is not published yet — just edit it, then publish it with \`npm run publish-version -- ${document} ${version}\``,
        );
      return hashVersionText(file.text) !== locked.sha256 && (onlyLang === undefined || file.key.split('/')[1] === onlyLang);
    });
    if (targets.length === 0)
      fail(`no file of ${document} ${version}${onlyLang ? ` (${onlyLang})` : ''} has changed — fix the typo first, then run this command`);
    if (note && targets.length > 1 && onlyLang === undefined) {
      fail(
        `${targets.map((t) => t.path).join(' and ')} both changed: the note is shown in the file's language, so run the command once per language with --lang nb "…" and --lang en "…"`,
      );
    }
    await refuseOneLanguageErratum(files);
    for (const file of targets) {
      const lockedErrata = lock.versions[file.key]?.errata ?? 0;
      if (note) update(file, (text) => addErratum(text, today, note));
      else if (readErrata(file.text).length <= lockedErrata)
        fail(`say what was corrected: npm run publish-version -- --erratum ${document} ${version} "Corrected a typo in section 3"`);
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
      console.log(`  erratum recorded in ${file.path}`);
    }
  } else {
    for (const file of files) {
      if (lock.versions[file.key]) fail(`${file.path} is already published — to correct it, see "Fix a typo" in docs/editing.md`);
      update(file, (text) => setFrontmatterField(text, 'status', 'published'));
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
    }
  }
}

const problems = await checkContent({ ...content, lock, lockIssue } satisfies ContentSet);
if (problems.length > 0) {
  console.error(`✘ nothing was published: ${countProblems(problems.length)} to fix first:\n\n${formatReport(problems)}\n`);
  process.exit(1);
}
for (const [key, text] of changed) await writeFileAtomic(join(contentDir, key), text);
await writeFileAtomic(lockFileOf(contentDir), serializeLock(lock));
console.log(`✔ published and locked (${content.lockPath}). Commit the changed files: git add ${contentDir} && git commit`);
