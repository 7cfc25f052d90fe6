/** Where in a file a problem is: the 1-based line and column, and the text there as typed (see ./place.ts). */
export interface Place {
  line: number;
  column: number;
  /** The text the problem is about, starting at the column: at most one line, shortened with "…" when long. */
  quote: string;
  wholeFile?: never;
}

/**
 * Why a problem has no text to point at: the file is missing, empty or a symbolic link
 * (nothing of it is read), or what is wrong is its name or place, not its text.
 */
export type WholeFileReason = 'missing' | 'empty' | 'link' | 'misplaced';

/** A problem about a file as a whole, with the reason there is no line to show. */
export interface WholeFile {
  line?: never;
  column?: never;
  quote?: never;
  wholeFile: WholeFileReason;
}

/**
 * One thing wrong with the content, written for the editor who has to fix it: where it
 * is (line, column and the text there) unless it is about the whole file.
 */
export type Problem = {
  /** The file to open, as the editor sees it from the project folder, e.g. `content/privacy/nb/2025.mdx`. */
  file: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
} & (Place | WholeFile);

/** Characters a terminal would not show: shown as ⟨U+200B⟩ in a quote, so the editor sees what the problem is about. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;

/** A quote as printed: invisible characters made visible. */
export function showQuote(quote: string): string {
  return quote.replace(UNSEEN, (character) => `⟨U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * The one format every tool prints: `file:line:column: what is wrong — how to fix it`,
 * then the text it is about on the next line, after "  > ".
 */
export function formatProblem(problem: Problem): string {
  if (problem.wholeFile !== undefined) return `${problem.file}: ${problem.message} — ${problem.fix}`;
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} — ${problem.fix}\n  > ${showQuote(problem.quote)}`;
}

/** Problems in reading order: by file, then line and column (problems about the whole file first). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A report of problems as printed by the editors' commands: one problem per paragraph. */
export function formatReport(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** "1 problem", "3 problems". */
export function countProblems(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`;
}
