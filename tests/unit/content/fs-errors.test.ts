import { describe, expect, test } from 'vitest';
import { explainFsError } from '../../../scripts/lib/fs-errors';

const error = (code: string) => Object.assign(new Error(code), { code, path: '/srv/site/dist.builds/1/index.html' });

describe('file-system errors of the machine, in one line', () => {
  test.each([
    ['ENOSPC', 'the disk is full (ENOSPC) while writing /srv/site/dist.builds/1/index.html'],
    ['EACCES', 'permission denied (EACCES) while writing /srv/site/dist.builds/1/index.html'],
    ['EROFS', 'the file system is read-only (EROFS) while writing /srv/site/dist.builds/1/index.html'],
  ])('%s', (code, line) => {
    expect(explainFsError(error(code))).toBe(line);
  });

  test('anything else is not explained away', () => {
    expect(explainFsError(new TypeError('x'))).toBeUndefined();
    expect(explainFsError(error('ENOENT'))).toBeUndefined();
  });
});
