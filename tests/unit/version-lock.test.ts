import { describe, expect, test } from 'vitest';
import { emptyLock, hashVersionText, parseLock, serializeLock, withLockedFile } from '~/lib/versions/lock-file';

describe('the lock of published versions', () => {
  test.each([
    ['a\nb\n', 'a\r\nb\r\n', true],
    ['a\nb\n', 'a\nb', false],
    ['Personvern', 'Personvern.', false],
  ])('hashVersionText(%j) equals hashVersionText(%j): %s', (a, b, same) => {
    expect(hashVersionText(a) === hashVersionText(b)).toBe(same);
  });

  test.each([
    [
      '{"versions": {"privacy/nb/2025.mdx": {"sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "errata": 1}}}',
      { 'privacy/nb/2025.mdx': { sha256: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', errata: 1 } },
    ],
    ['{"versions": {}}', {}],
  ])('parseLock(%s) reads the entries', (text, versions) => {
    expect(parseLock(text).versions).toEqual(versions);
  });

  test.each([
    ['{}', /has no "versions" list/],
    ['[]', /has no "versions" list/],
    ['{"versions": null}', /has no "versions" list/],
    ['', /is empty/],
    ['{"versions": {"privacy/nb/2025.mdx": {"sha256": "abc", "errata": 1}}}', /has a damaged entry for "privacy\/nb\/2025.mdx"/],
  ])('parseLock(%j) refuses what is not a lock, naming the file and the git command', (text, problem) => {
    expect(() => parseLock(text)).toThrow(problem);
    expect(() => parseLock(text)).toThrow(/versions\.lock\.json .*git checkout HEAD -- versions\.lock\.json/);
  });

  test.each([
    [
      ['b/nb/1.mdx', 'a/nb/1.mdx'],
      ['a/nb/1.mdx', 'b/nb/1.mdx'],
    ],
    [['privacy/nb/2025.mdx'], ['privacy/nb/2025.mdx']],
  ])('serializeLock writes keys sorted and reads back the same (%#)', (keys, sorted) => {
    let lock = emptyLock();
    for (const key of keys) lock = withLockedFile(lock, key, `text of ${key}`, 0);
    const text = serializeLock(lock);
    expect(Object.keys(parseLock(text).versions)).toEqual(sorted);
    expect(parseLock(text).versions[sorted[0] ?? '']?.sha256).toBe(hashVersionText(`text of ${sorted[0]}`));
  });
});
