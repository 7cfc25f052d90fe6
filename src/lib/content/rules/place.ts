import type { Place } from './problem';

/*
 * Where a problem is, said the same way by every rule: the line and column (1-based,
 * columns counted in UTF-16 code units as editors such as VS Code count them) and a
 * short quote of the text there, exactly as typed, so that an editor can find it with
 * their editor's search. A place always quotes some text: when the spot itself is
 * blank (the end of a line, an empty line), it moves to the nearest text.
 */

/** The longest quote, in characters: enough to recognise the text, short enough for one line of a terminal. */
export const QUOTE_CHARS = 60;

/** Text shortened to the quote length, ending in "…" when something was cut. */
export function shorten(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The last text split into lines: a file with many problems is split once, not once per problem. */
let split: { text: string; lines: string[] } | undefined;

/** The file's lines, without their line endings. */
function linesOf(text: string): string[] {
  if (split?.text !== text) split = { text, lines: text.split('\n').map((line) => line.replace(/\r$/, '')) };
  return split.lines;
}

/** The place of a line's visible text: from its first non-blank character, or its last `QUOTE_CHARS` when long. */
function lineText(lines: readonly string[], index: number, endOfLine: boolean): Place | undefined {
  const content = lines[index] ?? '';
  const first = content.search(/\S/);
  if (first < 0) return undefined;
  const end = content.trimEnd().length;
  let from = endOfLine ? Math.max(first, end - (QUOTE_CHARS - 1)) : first;
  // Start the quote at a word, not inside one.
  const nextWord = from > first && /\S/.test(content[from - 1] ?? '') ? content.slice(from).search(/\s\S/) : -1;
  if (nextWord >= 0) from += nextWord + 1;
  return { line: index + 1, column: from + 1, quote: shorten(content.slice(from, end)) };
}

/**
 * The text at a line and column of a file: `length` characters from there (at most to the
 * end of the line), or what follows up to the end of the line. A blank spot moves to the
 * end of the text before it on the line, else to the nearest line with text (below first).
 */
export function placeAt(text: string, line: number, column = 1, length?: number): Place {
  const lines = linesOf(text);
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  const content = lines[index] ?? '';
  const from = Math.max(column, 1) - 1;
  const rest = content.slice(from, length === undefined ? undefined : from + Math.max(length, 1)).trimEnd();
  if (rest.trim() !== '') {
    const lead = rest.length - rest.trimStart().length;
    return { line: index + 1, column: from + lead + 1, quote: shorten(rest.trimStart()) };
  }
  const endOfLine = lineText(lines, index, true);
  if (endOfLine) return endOfLine;
  for (let below = index + 1; below < lines.length; below++) {
    const found = lineText(lines, below, false);
    if (found) return found;
  }
  for (let above = index - 1; above >= 0; above--) {
    const found = lineText(lines, above, true);
    if (found) return found;
  }
  return { line: 1, column: 1, quote: '' };
}

/** The text from a line and column to the end of that line exactly as typed (spaces and invisible characters kept): for problems about a character. */
export function placeOfCharacter(text: string, line: number, column: number): Place {
  const content = linesOf(text)[line - 1] ?? '';
  return { line, column, quote: shorten(content.slice(column - 1)) };
}

/** The line and column of an offset (a string index) in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: before.length - lineStart + 1 };
}

/** The text at an offset (a string index), `length` characters long when given. */
export function placeAtOffset(text: string, offset: number, length?: number): Place {
  const { line, column } = lineAndColumn(text, offset);
  return placeAt(text, line, column, length);
}

/** The first place, from a line on, where a piece of text is written; undefined when it is not there. */
export function placeOfText(text: string, needle: string, fromLine = 1): Place | undefined {
  if (needle === '') return undefined;
  const lines = linesOf(text);
  for (let index = Math.max(fromLine, 1) - 1; index < lines.length; index++) {
    const column = (lines[index] ?? '').indexOf(needle);
    if (column >= 0) return placeAt(text, index + 1, column + 1, needle.length);
  }
  return undefined;
}

/**
 * A unist node's place: its start, and its text up to its end on the same line. Parsed
 * nodes always have a position; one made by a plugin without it is placed where the text begins.
 */
export function placeOfNode(
  text: string,
  position: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined,
): Place {
  if (!position) return placeOfSection(text, {});
  const { start, end } = position;
  return placeAt(text, start.line, start.column, end.line === start.line ? end.column - start.column : undefined);
}

/** The line after the frontmatter's closing `---` (or line 1 when there is no frontmatter): where the text begins. */
function frontmatterEndLine(text: string): number | undefined {
  const lines = linesOf(text);
  if (!/^\uFEFF?---\s*$/.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  return close > 0 ? close + 1 : undefined;
}

/** The frontmatter's closing `---`: where a missing field is added (line 1 when there is no frontmatter). */
export function placeOfFrontmatterEnd(text: string): Place {
  return placeAt(text, frontmatterEndLine(text) ?? 1);
}

/** A frontmatter field's line (`updated: "2025"`), or where a missing field goes: the closing `---`. */
export function placeOfField(entry: { text: string; fieldLines: ReadonlyMap<string, number> }, field: string): Place {
  const line = entry.fieldLines.get(field);
  return line === undefined ? placeOfFrontmatterEnd(entry.text) : placeAt(entry.text, line);
}

/** A section's heading, or for the introduction (no heading) its first text after the frontmatter. */
export function placeOfSection(text: string, section: { line?: number | undefined }): Place {
  return placeAt(text, section.line ?? (frontmatterEndLine(text) ?? 0) + 1);
}
