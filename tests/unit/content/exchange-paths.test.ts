import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { exchangePaths } from '../../../scripts/lib/exchange-paths';

const dir = mkdtempSync(join(tmpdir(), 'jtec-exchange-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a plain dist/ folder and a link to a new build swap in one step: dist is never missing', () => {
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'old');
  mkdirSync(join(dir, 'new'));
  writeFileSync(join(dir, 'new', 'index.html'), 'new');
  symlinkSync('new', join(dir, 'dist.link'), 'dir');
  expect(exchangePaths(join(dir, 'dist.link'), join(dir, 'dist'))).toBe(true);
  expect(lstatSync(join(dir, 'dist')).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('new');
  expect(readFileSync(join(dir, 'dist.link', 'index.html'), 'utf8')).toBe('old');
});
