import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/*
 * One editor command at a time: the build and `publish-version` take a lock file
 * next to what they change (the content folder, the output folder). A second run
 * waits, saying who holds the lock; a lock left by a process that no longer runs
 * (a crash, a kill -9) is taken over.
 */

interface Holder {
  pid: number;
  command: string;
  since: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function holderOf(path: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** Takes the lock at `path` for this process (waiting up to `timeoutMs` for another holder), and releases it on exit. */
export async function takeProcessLock(path: string, command: string, timeoutMs = 15 * 60_000): Promise<() => void> {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() } satisfies Holder));
      closeSync(fd);
      const release = () => rmSync(path, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(path);
    if (!holder || !alive(holder.pid)) {
      // Written by a process that is gone (or half-written by one that died): take it over.
      if (!holder && Date.now() - started < 1_000) await new Promise((resolve) => setTimeout(resolve, 200));
      else rmSync(path, { force: true });
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${holder.command} (process ${holder.pid}, since ${holder.since}) still holds ${path}`);
    }
    if (!told) console.log(`… waiting for ${holder.command} (process ${holder.pid}, started ${holder.since}) to finish (${path})`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
