/** File-system errors that are the machine's state, not a bug: said in one line, never as a stack trace. */
const EXPLAINED: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'the operation is not permitted (EPERM)',
  EROFS: 'the file system is read-only (EROFS)',
};

/** One line for a file-system error of the machine's state, or undefined for anything else. */
export function explainFsError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const why = code ? EXPLAINED[code] : undefined;
  return why ? `${why}${path ? ` while writing ${path}` : ''}` : undefined;
}
