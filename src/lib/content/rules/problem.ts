/** One thing wrong with the content, written for the editor who has to fix it. */
export interface Problem {
  /** The file to open, as the editor sees it from the project folder, e.g. `content/privacy/nb/2025.mdx`. */
  file: string;
  line?: number | undefined;
  /** The column on that line, where it helps to find an invisible character or a link. */
  column?: number | undefined;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `file:line: what is wrong — how to fix it`, the one format every tool prints. */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${where}: ${problem.message} — ${problem.fix}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A report of problems as printed by the editors' commands: a count, then one problem per paragraph. */
export function formatReport(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** "1 problem", "3 problems". */
export function countProblems(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`;
}
