/**
 * `npm run new-version -- <document> <version>`: starts the next version of a
 * document as a draft, in every language, copied from the newest published one.
 * See docs/editing.md, "Publish a new version".
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '~/i18n/locales';
import { claimsKey } from '~/lib/checklist/claims';
import { loadContentDir } from '~/lib/content/content-set';
import { readFrontmatter, removeFrontmatterField, setFrontmatterField, uneditableFrontmatter } from '~/lib/content/frontmatter-yaml';
import { formatProblem } from '~/lib/content/rules/problem';
import { SUMMARY_PLACEHOLDER } from '~/lib/content/rules/frontmatter-fields';
import { todayInOslo } from '~/lib/site/dates';
import { compareVersionNames, sortVersionsNewestFirst } from '~/lib/versions/timeline';
import { writeFileAtomic } from './lib/write-atomic';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const [document, version] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
function fail(message: string): never {
  console.error(`✘ ${message}`);
  process.exit(1);
}
if (!document || !version) fail('usage: npm run new-version -- <document> <version>   e.g. npm run new-version -- privacy 2026-03');
if (!/^[0-9a-z]+(?:[-.][0-9a-z]+)*$/.test(version))
  fail(`"${version}" is not a usable version name — use digits, lowercase letters and hyphens, e.g. 2026-03`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(document) || !existsSync(join(contentDir, document)))
  fail(`there is no document "${document}" in ${contentDir}/ — check the spelling (the folder name, e.g. privacy)`);

const today = todayInOslo();
const content = await loadContentDir(contentDir, today);
const sources: { version: string; updated: string; effective: string | undefined; status: 'published' | 'draft' }[] = [];
for (const file of content.files.filter((f) => f.key.startsWith(`${document}/nb/`))) {
  const { data } = readFrontmatter(file.text);
  if (data.status === 'published' && typeof data.updated === 'string')
    sources.push({
      version: String(data.version),
      updated: data.updated,
      effective: typeof data.effective === 'string' ? data.effective : undefined,
      status: 'published',
    });
}
const from = sortVersionsNewestFirst(sources)[0]?.version ?? fail(`"${document}" has no published version to start from`);
if (compareVersionNames(version, from) <= 0)
  fail(`the new version "${version}" must sort after the newest one, "${from}" — e.g. ${today.slice(0, 7)}`);

for (const locale of LOCALES) {
  const target = join(contentDir, document, locale, `${version}.mdx`);
  if (existsSync(target)) fail(`${target} already exists — choose another version name, or edit that draft`);
}
for (const locale of LOCALES) {
  const sourcePath = join(contentDir, document, locale, `${from}.mdx`);
  let text = await readFile(sourcePath, 'utf8').catch(() => fail(`${sourcePath} is missing — every language needs version ${from}`));
  try {
    text = setFrontmatterField(text, 'version', version);
    text = setFrontmatterField(text, 'updated', today);
    text = setFrontmatterField(text, 'status', 'draft');
    text = setFrontmatterField(text, 'summary', SUMMARY_PLACEHOLDER);
    text = removeFrontmatterField(text, 'errata');
    // The source's effective date and acknowledgements are not the new version's; editors set their own.
    text = removeFrontmatterField(text, 'effective');
    text = removeFrontmatterField(text, 'wordingOnly');
  } catch {
    fail(`no version was started:\n\n${formatProblem(uneditableFrontmatter(sourcePath, text))}`);
  }
  const target = join(contentDir, document, locale, `${version}.mdx`);
  await writeFileAtomic(target, text);
  console.log(`✔ created ${target} (a draft copy of ${from})`);
}
// The GDPR checklist's claims describe the sections, which the draft keeps: it starts from the same claims.
const claimsFrom = join(contentDir, claimsKey(document, from));
if (existsSync(claimsFrom)) {
  const claimsTo = join(contentDir, claimsKey(document, version));
  await writeFileAtomic(claimsTo, await readFile(claimsFrom, 'utf8'));
  console.log(`✔ created ${claimsTo} (a copy of ${from}'s GDPR checklist claims: update it when a section changes what it covers)`);
}
console.log(`
Next:
  1. Edit the text in both languages; keep the section ids. Preview with \`npm run dev\` (drafts show a banner).
  2. Set \`updated:\` to the date the version takes effect (now ${today}), \`change:\` to substantive or editorial,
     and replace the summary placeholder — \`npm run check\` rejects it until you do.
  3. \`npm run check:content\`, then publish: \`npm run publish-version -- ${document} ${version}\``);
