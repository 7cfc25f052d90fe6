import { cpSync, existsSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startOfPartialDate, todayInOslo } from '~/lib/site/dates';
import { LOCK_FILE_NAME, parseLock, serializeLock } from '~/lib/versions/lock-file';
import { builtFiles, commitAll, contentCopy, fixture, run, temporaryFolders } from './editor-commands';

/*
 * The editors' commands, run as an editor would run them, on temporary copies of
 * the fixture content (never on content/). Each build goes into its own temporary
 * output folder.
 */

const FIXTURES = fixture('content');
const TODAY = todayInOslo();
const tempDir = temporaryFolders('jtec-editors-');

/**
 * A copy of the fixture content with only the versions already in effect (and their
 * lock entries), so that a new version published today becomes the current one.
 */
function fixtureCopyInEffect(): string {
  const dir = contentCopy(FIXTURES, tempDir());
  const lock = parseLock(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const path = join(entry.parentPath, entry.name);
    // Upcoming versions (by their effective date where given, else the last-updated date) are left out.
    const text = readFileSync(path, 'utf8');
    const date = (/^effective:\s*"?([\d-]+)"?/m.exec(text) ?? /^updated:\s*"?([\d-]+)"?/m.exec(text))?.[1] ?? '';
    if (startOfPartialDate(date) > TODAY) {
      rmSync(path);
      delete lock.versions[path.slice(dir.length + 1)];
    }
  }
  writeFileSync(join(dir, LOCK_FILE_NAME), serializeLock(lock));
  return dir;
}

describe('a build never publishes content the check rejects', () => {
  test('broken content: the build fails with the problem, and the previous output stays as it was', () => {
    const content = fixtureCopyInEffect();
    const outDir = join(tempDir(), 'out');
    cpSync(FIXTURES, outDir, { recursive: true }); // stands in for an earlier, good build
    const before = readdirSync(outDir, { recursive: true }).sort();
    const broken = readdirSync(join(content, 'privacy/en')).find((name) => name.endsWith('.mdx')) ?? '';
    const brokenPath = join(content, 'privacy/en', broken);
    writeFileSync(brokenPath, readFileSync(brokenPath, 'utf8').replace(/^status: .*$/m, 'status: publishd'));

    const result = run('build', [], { CONTENT_DIR: content, OUT_DIR: outDir });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${brokenPath}:8: the frontmatter field "status" has a wrong value ("publishd")`);
    expect(result.output).toContain('nothing was built');
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(before);
    expect(existsSync(`${outDir}.builds`)).toBe(false);
  });
});

describe('the editors’ workflow, from new version to published site', () => {
  const version = TODAY;
  const newSentence = { nb: 'TESTDATA: en ny setning i arbeidsflyt-testen.', en: 'TEST DATA: a new sentence in the workflow test.' };

  /**
   * A fresh copy of the fixtures taken through the workflow up to `stage`, so that
   * each test stands on its own and can run alone or in any order.
   */
  function workflowAt(stage: 'scaffolded' | 'edited' | 'published') {
    const content = fixtureCopyInEffect();
    const env = { CONTENT_DIR: content };
    const draftPath = (lang: 'nb' | 'en') => join(content, 'privacy', lang, `${version}.mdx`);
    const created = run('new-version', ['privacy', version], env);
    expect(created.status, created.output).toBe(0);
    if (stage !== 'scaffolded') {
      for (const lang of ['nb', 'en'] as const) {
        let text = readFileSync(draftPath(lang), 'utf8');
        text = text.replace(/^summary: .*$/m, `summary: ${lang === 'nb' ? 'Testendring.' : 'Test change.'}`);
        text = text.replace(/\n---\n\n(.+)\n/, `\n---\n\n$1 ${newSentence[lang]}\n`);
        writeFileSync(draftPath(lang), text);
      }
    }
    if (stage === 'published') {
      const published = run('publish-version', ['privacy', version], env);
      expect(published.status, published.output).toBe(0);
    }
    return { content, env, draftPath };
  }

  test('new-version scaffolds a draft in both languages that the check rejects until the summary is written', () => {
    const { env, draftPath } = workflowAt('scaffolded');
    for (const lang of ['nb', 'en'] as const) {
      const text = readFileSync(draftPath(lang), 'utf8');
      expect(text).toMatch(/^status: draft$/m);
      expect(text).toContain(`version: "${version}"`);
      expect(text).toContain(`updated: "${TODAY}"`);
    }
    const checked = run('check', ['--content-only'], env);
    expect(checked.status).toBe(1);
    const summaryLine =
      readFileSync(draftPath('nb'), 'utf8')
        .split('\n')
        .findIndex((line) => line.startsWith('summary:')) + 1;
    expect(checked.output).toContain(
      `${draftPath('nb')}:${summaryLine}: the summary is still the placeholder written by \`npm run new-version\``,
    );
  });

  test('a draft, once edited, passes the check but stays out of the production build', () => {
    const { env } = workflowAt('edited');
    const checked = run('check', ['--content-only'], env);
    expect(checked.status, checked.output).toBe(0);

    const outDir = join(tempDir(), 'out');
    const built = run('build', [], { ...env, OUT_DIR: outDir });
    expect(built.status, built.output).toBe(0);
    // The output path is a link switched to the finished build in one rename: it never goes missing.
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    for (const [path, text] of builtFiles(outDir, /\.(html|xml|json)$/)) {
      expect(text, path).not.toContain(newSentence.nb);
      expect(text, path).not.toContain(newSentence.en);
      expect(path).not.toContain(version);
    }
  });

  test('publish-version publishes and locks it, and the build shows it as the current version', () => {
    const { content, env, draftPath } = workflowAt('published');
    const lock = parseLock(readFileSync(join(content, LOCK_FILE_NAME), 'utf8'));
    for (const lang of ['nb', 'en'] as const) {
      expect(readFileSync(draftPath(lang), 'utf8')).toMatch(/^status: published$/m);
      expect(lock.versions[`privacy/${lang}/${version}.mdx`]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(run('check', ['--content-only'], env).status).toBe(0);

    const outDir = join(tempDir(), 'out');
    const built = run('build', [], { ...env, OUT_DIR: outDir });
    expect(built.status, built.output).toBe(0);
    const pages = [...builtFiles(outDir, /\.(html|xml|json)$/)].filter(([path]) => path.endsWith('.html'));
    for (const lang of ['nb', 'en'] as const) {
      const withSentence = pages.filter(([path, html]) => path.startsWith(`${lang}/`) && html.includes(newSentence[lang]));
      expect(withSentence.length, `pages of ${lang} with the new sentence`).toBeGreaterThan(0);
      for (const [, html] of withSentence) expect(html).toContain(version);
    }
  });

  test('an erratum covers both languages in one command; one that changes the meaning is refused and nothing is written', () => {
    const { content, env, draftPath } = workflowAt('published');
    commitAll(join(content, '..'), 'published');
    const lockBefore = readFileSync(join(content, LOCK_FILE_NAME), 'utf8');
    writeFileSync(draftPath('nb'), readFileSync(draftPath('nb'), 'utf8').replace('en ny setning', 'en ny stening'));
    writeFileSync(draftPath('en'), readFileSync(draftPath('en'), 'utf8').replace('a new sentence', 'an old sentence'));
    const refused = run(
      'publish-version',
      ['--erratum', 'privacy', version, '--nb', 'Rettet en skrivefeil.', '--en', 'Corrected a typo.'],
      env,
    );
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /en\/[\d-]+\.mdx:\d+: this changes the meaning \("a new" → "an old": it replaces a short word, which changes its meaning\) — publish a new version/,
    );
    expect(readFileSync(join(content, LOCK_FILE_NAME), 'utf8')).toBe(lockBefore);

    writeFileSync(draftPath('en'), readFileSync(draftPath('en'), 'utf8').replace('an old sentence', 'a new sentence'));
    writeFileSync(draftPath('en'), readFileSync(draftPath('en'), 'utf8').replace('workflow test.', 'workflow test!'));
    const both = run(
      'publish-version',
      ['--erratum', 'privacy', version, '--nb', 'Rettet en skrivefeil.', '--en', 'Corrected the punctuation.'],
      env,
    );
    expect(both.status, both.output).toBe(0);
    expect(readFileSync(draftPath('nb'), 'utf8')).toMatch(/note: Rettet en skrivefeil\./);
    expect(readFileSync(draftPath('en'), 'utf8')).toMatch(/note: Corrected the punctuation\./);
    expect(run('check', ['--content-only'], env).status).toBe(0);
  });

  test('a later edit of the published text is refused, and an erratum records it visibly on the page', () => {
    const { content, env, draftPath } = workflowAt('published');
    commitAll(join(content, '..'), 'published');
    const path = draftPath('en');
    writeFileSync(path, readFileSync(path, 'utf8').replace('workflow test.', 'workflow test!'));
    const refused = run('check', ['--content-only'], env);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`${path}: this published version has been changed since it was published`);

    const erratum = run('publish-version', ['--erratum', 'privacy', version, 'Corrected the punctuation of the introduction.'], env);
    expect(erratum.status, erratum.output).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(
      /errata:\n {2}- date: "?\d{4}-\d{2}-\d{2}"?\n {4}note: Corrected the punctuation of the introduction\./,
    );
    expect(run('check', ['--content-only'], env).status).toBe(0);

    const outDir = join(tempDir(), 'out');
    expect(run('build', [], { ...env, OUT_DIR: outDir }).status).toBe(0);
    const englishPages = [...builtFiles(outDir, /\.(html|xml|json)$/)].filter(
      ([path, html]) => path.startsWith('en/') && path.endsWith('.html') && html.includes('workflow test!'),
    );
    expect(englishPages.length).toBeGreaterThan(0);
    for (const [, html] of englishPages) {
      expect(html).toContain('Corrections');
      expect(html).toContain('Corrected the punctuation of the introduction.');
    }
  });
});
