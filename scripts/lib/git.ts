import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** A file's text as of the last commit (HEAD), or undefined outside git or when the file is not committed. */
export function committedText(path: string): string | undefined {
  const result = spawnSync('git', ['-C', dirname(path), 'show', `HEAD:./${basename(path)}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}
