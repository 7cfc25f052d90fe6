import { existsSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashVersionText, LOCK_FILE_NAME, parseLock, serializeLock } from '~/lib/versions/lock-file';
import { commitAll, contentCopy, fixture, run, temporaryFolders } from './editor-commands';

/*
 * Content safety through the editors' real commands, on temporary copies of the
 * fixture content: that a problem stops the build is proven here once; every kind
 * of bad input has its own unit case in tests/unit/content/rules/.
 */

const temporaryFolder = temporaryFolders('jtec-safety-');
const fixtureCopy = () => contentCopy(fixture('content'), temporaryFolder());

const published = (content: string) => {
  const key = Object.keys(parseLock(readFileSync(join(content, LOCK_FILE_NAME), 'utf8')).versions).find((k) => k.includes('/en/')) ?? '';
  return { key, path: join(content, key) };
};

describe('content safety through the editors’ commands', () => {
  test('a javascript: reference link stops the build and nothing is published', () => {
    const content = fixtureCopy();
    const draft = join(content, 'privacy/nb/draft-test.mdx');
    const { path } = published(content);
    writeFileSync(
      draft,
      `${readFileSync(path, 'utf8')
        .replace(/^status: .*$/m, 'status: draft')
        .replace(/^version: .*$/m, 'version: "draft-test"')}\n[r]: javascript:alert(3)\n`,
    );
    const outDir = join(content, '..', 'out');
    const built = run('build', [], { CONTENT_DIR: content, OUT_DIR: outDir });
    expect(built.status).not.toBe(0);
    expect(built.output).toMatch(/draft-test\.mdx:\d+:1: the link "javascript:alert\(3\)" uses "javascript:", which is not allowed/);
    expect(existsSync(outDir)).toBe(false);
  });

  test('every class of bad input at once: the build prints each problem with its file and line, no stack trace, and nothing reaches the output', () => {
    const content = fixtureCopy();
    const { path } = published(content);
    const draft = (name: string, change: (text: string) => string) => {
      const text = readFileSync(path, 'utf8')
        .replace(/^status: .*$/m, 'status: draft')
        .replace(/^version: .*$/m, `version: "${name}"`);
      writeFileSync(join(content, 'privacy/nb', `${name}.mdx`), change(text));
    };
    draft('footnote', (text) => `${text}\nEn fotnote.[^1]\n\n[^1]: Tekst.\n`);
    draft('tasks', (text) => `${text}\n- [x] Vi selger dataene dine\n`);
    draft('rlo', (text) => `${text}\nTekst &#x202E; snudd.\n`);
    draft('backslash', (text) => `${text}\n[jtec.no](https://jtec.no\\\\@evil.example/)\n`);
    draft('yamltag', (text) => text.replace(/^summary: .*$/m, 'summary: !!js/function "f"'));
    writeFileSync(join(content, '2027-01.mdx'), readFileSync(path));
    writeFileSync(join(content, '..', 'outside.mdx'), readFileSync(path));
    symlinkSync(join(content, '..', 'outside.mdx'), join(content, 'privacy/en/linked.mdx'));
    const outDir = join(content, '..', 'out');
    const built = run('build', [], { CONTENT_DIR: content, OUT_DIR: outDir });
    expect(built.status).not.toBe(0);
    for (const expected of [
      /footnote\.mdx:\d+:\d+: a footnote \(\[\^…\]\) is not allowed/,
      /tasks\.mdx:\d+:1: a task-list box/,
      /rlo\.mdx:\d+:1: the text becomes the invisible character U\+202E RIGHT-TO-LEFT OVERRIDE/,
      /backslash\.mdx:\d+:1: the web link "https:\/\/jtec\.no%5C@evil\.example\/" has a user name or password/,
      /yamltag\.mdx:\d+: the frontmatter cannot be read: the YAML tag "!!js\/function" is not allowed here/,
      /content\/2027-01\.mdx: this file is not read by the site/,
      /privacy\/en\/linked\.mdx: this is a symbolic link/,
    ]) {
      expect(built.output).toMatch(expected);
    }
    expect(built.output).toContain('nothing was built');
    expect(built.output).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.builds`)).toBe(false);
  });

  test('publishing a version whose text equals the one before is refused, unless it is an editorial re-issue', () => {
    const content = fixtureCopy();
    const lockPath = join(content, LOCK_FILE_NAME);
    const lock = parseLock(readFileSync(lockPath, 'utf8'));
    // The fixture's upcoming version goes, so that the copy below may become the current one.
    for (const key of Object.keys(lock.versions).filter((key) => key.includes('/2099-'))) {
      unlinkSync(join(content, key));
      delete lock.versions[key];
    }
    writeFileSync(lockPath, serializeLock(lock));
    const latest = (lang: string) =>
      Object.keys(lock.versions)
        .filter((key) => key.includes(`/${lang}/`))
        .sort()
        .at(-1) ?? '';
    for (const lang of ['nb', 'en']) {
      const text = readFileSync(join(content, latest(lang)), 'utf8');
      writeFileSync(
        join(content, 'privacy', lang, '2026-06.mdx'),
        text
          .replace(/^status: .*$/m, 'status: draft')
          .replace(/^version: .*$/m, 'version: "2026-06"')
          .replace(/^updated: .*$/m, 'updated: "2026-06"')
          .replace(/^effective: .*\n/m, '')
          .replace(/^errata:\n(?: .*\n)*/m, ''),
      );
    }
    const lockedKeys = () => Object.keys(parseLock(readFileSync(lockPath, 'utf8')).versions);
    const refused = run('publish-version', ['privacy', '2026-06'], { CONTENT_DIR: content });
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/2026-06\.mdx says exactly what .*2026-03\.mdx says: a new version that changes nothing — .*--reissue/);
    expect(lockedKeys()).not.toContain('privacy/nb/2026-06.mdx');
    // Said to be an editorial re-issue, the same text is published.
    const reissued = run('publish-version', ['privacy', '2026-06', '--reissue'], { CONTENT_DIR: content });
    expect(reissued.output).not.toMatch(/changes nothing/);
    expect(reissued.status).toBe(0);
    expect(readFileSync(join(content, 'privacy', 'en', '2026-06.mdx'), 'utf8')).toMatch(/^status: published$/m);
    expect(lockedKeys()).toEqual(expect.arrayContaining(['privacy/nb/2026-06.mdx', 'privacy/en/2026-06.mdx']));
  });

  test('an empty lock is one problem naming it and the git command, never a stack trace; publish-version writes nothing', () => {
    const content = fixtureCopy();
    const lockPath = join(content, LOCK_FILE_NAME);
    writeFileSync(lockPath, '');
    const checked = run('check', ['--content-only'], { CONTENT_DIR: content });
    expect(checked.status).toBe(1);
    expect(checked.output).toContain(`1 problem to fix`);
    expect(checked.output).toContain(`${lockPath}: the lock file is empty — restore it from git with \`git checkout HEAD -- ${lockPath}\``);
    expect(checked.output).not.toMatch(/\n\s+at /);
    const publish = run('publish-version', ['--adopt'], { CONTENT_DIR: content });
    expect(publish.status).toBe(1);
    expect(publish.output).toContain('nothing was published');
    expect(readFileSync(lockPath, 'utf8')).toBe('');
  });

  test('with git history as witness, deleting the lock and editing published text is refused by check and publish-version', () => {
    const content = fixtureCopy();
    commitAll(join(content, '..'), 'fixtures');
    const { key, path } = published(content);
    const lockPath = join(content, LOCK_FILE_NAME);
    const edited = readFileSync(path, 'utf8').replace(/\n---\n\n(.)/, '\n---\n\nEdited. $1');
    writeFileSync(path, edited);
    // The lock "corrected" by hand to match the edit: only git history can tell.
    const lock = parseLock(readFileSync(lockPath, 'utf8'));
    lock.versions[key] = { sha256: hashVersionText(edited), errata: lock.versions[key]?.errata ?? 0 };
    writeFileSync(lockPath, serializeLock(lock));
    const checked = run('check', ['--content-only'], { CONTENT_DIR: content });
    expect(checked.status).toBe(1);
    expect(checked.output).toContain(`${path}: this published version differs from every text git history shows was locked for it`);

    unlinkSync(lockPath);
    const publish = run('publish-version', ['--adopt'], { CONTENT_DIR: content });
    expect(publish.status).toBe(1);
    expect(publish.output).toContain(`is missing. Restore it with \`git checkout HEAD -- ${lockPath}\``);
    expect(existsSync(lockPath)).toBe(false);
  });
});
