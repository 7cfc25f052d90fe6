/**
 * Publishing, the only way the lock file (`content/versions.lock.json`) changes.
 *
 *   npm run publish-version -- <document> <version>
 *       checks all content as if the version were published; if it passes, sets
 *       `status: published` in every language and locks the files' text.
 *   npm run publish-version -- --erratum <document> <version> "what was corrected"
 *   npm run publish-version -- --erratum <document> <version> --nb "hva som ble rettet" --en "what was corrected"
 *       after a spelling fix in a published version, in one language or both at once:
 *       refuses any change of meaning (erratum-scope.ts, against the text last committed
 *       in git), adds a visible erratum (today's date and the note in the file's language)
 *       to each changed file, checks, and locks the corrected text.
 *   npm run publish-version -- --adopt
 *       for maintainers: locks published versions that have no lock entry yet
 *       (e.g. fixture content written by hand). Existing entries never change.
 *
 * Nothing is written unless every content rule passes for what is published and what
 * depends on it (its document in every language, and the lock). A new version whose
 * text equals the one before it is refused unless `--reissue` says it is an editorial
 * re-issue. One command at a time (the lock file `<content>.lock`, shared with the
 * build). See docs/editing.md.
 */
import { join, resolve } from 'node:path';
import { LOCALES } from '~/i18n/locales';
import { contentNotes, loadContentDir, lockFileOf, scopedToDocument, type ContentFile, type ContentSet } from '~/lib/content/content-set';
import { addErratum, readErrata, readFrontmatter, setFrontmatterField, uneditableFrontmatter } from '~/lib/content/frontmatter-yaml';
import { restoreLockCommand } from '~/lib/content/rules/published-unchanged';
import { placeAt, placeOfField } from '~/lib/content/rules/place';
import { countProblems, formatProblem, formatReport, type Problem } from '~/lib/content/rules/problem';
import { checkContent, CONTENT_RULES } from '~/lib/content/rules/run';
import { SectionsCache } from '~/lib/content/sections-cache';
import { bodyOf, changesOfMeaning } from '~/lib/content/erratum-scope';
import { todayInOslo } from '~/lib/site/dates';
import { hashVersionText, serializeLock, withLockedFile, type VersionLock } from '~/lib/versions/lock-file';
import { committedText } from './lib/git';
import { compareVersionsOldestFirst } from '~/lib/versions/timeline';
import { explainFsError } from './lib/fs-errors';
import { takeProcessLock } from './lib/process-lock';
import { writeFileAtomic } from './lib/write-atomic';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
/** The value after an option such as `--nb "…"`. */
const optionValue = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const NOTE_OPTIONS = LOCALES.map((locale) => `--${locale}`);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !NOTE_OPTIONS.includes(args[index - 1] ?? ''));
const [document, version, note] = positional;
/** The erratum note for one language: its own `--nb`/`--en` note, or the one note when only one language changed. */
const noteFor = (locale: string) => optionValue(`--${locale}`) ?? note;

function fail(message: string): never {
  console.error(`✘ ${message}`);
  process.exit(1);
}

/**
 * Refuses an erratum that changes more than spelling, compared with the text last
 * committed in git: the lock keeps only a hash, so git holds the published words.
 */
function refuseChangesOfMeaning(files: ContentFile[]): void {
  const problems: Problem[] = [];
  for (const file of files) {
    const published = committedText(join(contentDir, file.key));
    if (published === undefined) {
      fail(
        `${file.path} is not committed in git, so the erratum cannot be compared with the published words — commit the published version first`,
      );
    }
    for (const { line, column, change, why } of changesOfMeaning(published, file.text)) {
      problems.push({
        file: file.path,
        ...placeAt(file.text, line ?? 1, column),
        message: `this changes the meaning (${change}: ${why})`,
        fix: 'publish a new version (`npm run new-version`) — an erratum only corrects spelling and punctuation',
      });
    }
  }
  if (problems.length > 0) fail(`the erratum was not recorded:\n\n${formatReport(problems)}`);
}

/** The locked version of the same document and language that comes last in the timeline: the one a new version follows. */
function previousPublished(file: ContentFile, all: readonly ContentFile[]): ContentFile | undefined {
  const facts = (entry: ContentFile) => {
    const data = readFrontmatter(entry.text).data;
    return {
      version: entry.key.split('/')[2]?.replace(/\.mdx$/, '') ?? '',
      updated: String(data.updated ?? ''),
      effective: typeof data.effective === 'string' ? data.effective : undefined,
    };
  };
  const folder = file.key.slice(0, file.key.lastIndexOf('/') + 1);
  return all
    .filter((entry) => entry.key.startsWith(folder) && entry.key !== file.key && lock.versions[entry.key])
    .sort((a, b) => compareVersionsOldestFirst(facts(a), facts(b)))
    .at(-1);
}

const today = todayInOslo();
try {
  await takeProcessLock(`${resolve(contentDir)}.lock`, 'npm run publish-version');
} catch (error) {
  fail(`nothing was published: ${error instanceof Error ? error.message : String(error)}`);
}
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
  } catch {
    fail(`nothing was published:\n\n${formatProblem(uneditableFrontmatter(file.path, file.text))}`);
  }
  changed.set(file.key, text);
  file.text = text;
};

/** The files this run publishes or corrects. */
let files: ContentFile[] = [];
if (flag('--adopt')) {
  for (const file of content.files) {
    if (!lock.versions[file.key] && readFrontmatter(file.text).data.status === 'published') {
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
      console.log(`  locking ${file.path}`);
    }
  }
} else {
  if (!document || !version) fail('usage: npm run publish-version -- <document> <version>   (or --erratum <document> <version> "note")');
  files = content.files.filter((file) => file.key.startsWith(`${document}/`) && file.key.endsWith(`/${version}.mdx`));
  if (files.length === 0)
    fail(`there is no version "${version}" of "${document}" in ${contentDir}/ — check the names (e.g. privacy 2026-03)`);

  if (flag('--erratum')) {
    const targets = files.filter((file) => {
      const locked = lock.versions[file.key];
      if (!locked)
        fail(
          `${file.path} is not published yet — just edit it, then publish it with \`npm run publish-version -- ${document} ${version}\``,
        );
      return hashVersionText(file.text) !== locked.sha256;
    });
    if (targets.length === 0) fail(`no file of ${document} ${version} has changed — fix the typo first, then run this command`);
    const missing = targets.filter(
      (file) => !noteFor(file.key.split('/')[1] ?? '') && readErrata(file.text).length <= (lock.versions[file.key]?.errata ?? 0),
    );
    if (missing.length > 0 || (note && targets.length > 1 && targets.some((file) => !optionValue(`--${file.key.split('/')[1] ?? ''}`)))) {
      fail(
        `say what was corrected, in the language of each changed file (${targets.map((t) => t.path).join(', ')}): ` +
          `npm run publish-version -- --erratum ${document} ${version} ${targets.map((t) => `--${t.key.split('/')[1] ?? ''} "…"`).join(' ')}`,
      );
    }
    refuseChangesOfMeaning(targets);
    for (const file of targets) {
      const text = noteFor(file.key.split('/')[1] ?? '');
      if (text) update(file, (current) => addErratum(current, today, text));
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
      console.log(`  erratum recorded in ${file.path}`);
    }
  } else {
    for (const file of files) {
      if (lock.versions[file.key]) fail(`${file.path} is already published — to correct it, see "Fix a typo" in docs/editing.md`);
      const previous = previousPublished(file, content.files);
      if (previous && bodyOf(previous.text).body.trim() === bodyOf(file.text).body.trim() && !flag('--reissue')) {
        fail(
          `${file.path} says exactly what ${previous.path} says: a new version that changes nothing — change the text first, ` +
            `or, if this is an editorial re-issue of the same text (e.g. with a new date), run the command again with --reissue`,
        );
      }
      if (readErrata(file.text).length > 0) {
        const fields = readFrontmatter(file.text);
        const problem: Problem = {
          file: file.path,
          ...placeOfField({ text: file.text, fieldLines: fields.fieldLines }, 'errata'),
          message: 'this version has an errata: list, but a new version has no corrections yet',
          fix: 'remove the errata: lines (only `--erratum` writes them)',
        };
        fail(`nothing was published:\n\n${formatProblem(problem)}`);
      }
      update(file, (text) => setFrontmatterField(text, 'status', 'published'));
      lock = withLockedFile(lock, file.key, file.text, readErrata(file.text).length);
    }
  }
}

// What is published, and what depends on it (its document's history in every language, the lock), not every document.
const scoped = document && !flag('--adopt') ? { ...scopedToDocument(content, document), focus: files.map((file) => file.key) } : content;
const checked: ContentSet = { ...scoped, lock, lockIssue };
// Locked files' readings are remembered between runs, so that publishing reads only what it publishes.
const cache = SectionsCache.open();
const problems = await checkContent(checked, CONTENT_RULES, cache);
cache.save();
if (problems.length > 0) {
  console.error(`✘ nothing was published: ${countProblems(problems.length)} to fix first:\n\n${formatReport(problems)}\n`);
  process.exit(1);
}
try {
  for (const [key, text] of changed) await writeFileAtomic(join(contentDir, key), text);
  await writeFileAtomic(lockFileOf(contentDir), serializeLock(lock));
} catch (error) {
  const explained = explainFsError(error);
  if (!explained) throw error;
  fail(
    `nothing was locked: ${explained} — free the space or fix the permissions, run \`git checkout -- ${contentDir}\` if a file was written, and publish again`,
  );
}
console.log(`✔ published and locked (${content.lockPath}). Commit the changed files: git add ${contentDir} && git commit`);
