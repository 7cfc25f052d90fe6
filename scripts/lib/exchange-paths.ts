import { spawnSync } from 'node:child_process';

/**
 * Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE), e.g. a
 * plain `dist/` folder and a link to a new build: readers see one or the other,
 * never nothing. Node has no binding for it; Python's ctypes calls the C library.
 * Returns false where that is not possible (another system, no python3).
 */
export function exchangePaths(a: string, b: string): boolean {
  const script =
    'import ctypes,os,sys\n' +
    'libc=ctypes.CDLL(None,use_errno=True)\n' +
    'f=getattr(libc,"renameat2",None)\n' +
    'sys.exit(2 if f is None or f(-100,os.fsencode(sys.argv[1]),-100,os.fsencode(sys.argv[2]),2)!=0 else 0)\n';
  return spawnSync('python3', ['-c', script, a, b], { stdio: 'ignore' }).status === 0;
}
