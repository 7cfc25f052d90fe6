import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { takeProcessLock } from '../../../scripts/lib/process-lock';

const dir = mkdtempSync(join(tmpdir(), 'jtec-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one editor command at a time', () => {
  test('a lock held by a running process makes the second one wait, then say who holds it', async () => {
    const path = join(dir, 'held.lock');
    writeFileSync(path, JSON.stringify({ pid: process.ppid, command: 'npm run build', since: '2026-12-02T04:00:00Z' }));
    await expect(takeProcessLock(path, 'npm run publish-version', 600)).rejects.toThrow(/npm run build \(process \d+, since 2026-12-02T04:00:00Z\) still holds/);
  });

  test('a lock left by a process that is gone is taken over, and released', async () => {
    const path = join(dir, 'stale.lock');
    const gone = spawnSync('true').pid ?? 999_999;
    writeFileSync(path, JSON.stringify({ pid: gone, command: 'npm run build', since: '2026-12-02T04:00:00Z' }));
    const release = await takeProcessLock(path, 'npm run publish-version');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm run publish-version' });
    release();
    expect(existsSync(path)).toBe(false);
  });
});
