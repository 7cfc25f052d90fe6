import type { ContentFile } from '../content-set';
import { checkFileSize } from './limits';
import type { ContentRule } from './parsed-content';
import { placeAt, placeOfCharacter } from './place';
import type { Problem } from './problem';

/*
 * Text hygiene: characters that a reader cannot see, or that make the text read
 * differently from how it looks, are refused wherever they are (frontmatter
 * included), each at its line and column with its Unicode name. Nothing is
 * changed automatically: the lock hashes exactly the bytes the site reads.
 *
 * Allowed on purpose: no-break space (U+00A0), narrow no-break space (U+202F),
 * soft hyphen (U+00AD) and non-breaking hyphen (U+2011), which Norwegian
 * typography uses ("kr 100", "§ 3", long compounds); and \r\n line endings.
 * The same characters written as entities (`&#x202E;`) or YAML escapes (`"\u200b"`)
 * are refused after decoding, in rendered-text.ts.
 */

const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
]; // prettier-ignore

/** The refused invisible characters that are not C0/C1 controls, with their Unicode names. */
const INVISIBLE: Record<number, string> = {
  0x7f: 'DELETE',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its Unicode name. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = codePoint < 0x20 ? C0_NAMES[codePoint] : codePoint >= 0x80 && codePoint <= 0x9f ? 'a C1 control character' : INVISIBLE[codePoint];
  return `${hex} ${name ?? kindOf(codePoint)}`;
}

/**
 * Characters that a reader cannot see or that are not text: every default-ignorable
 * code point, control (Cc), format (Cf), private-use (Co), unassigned (Cn) and lone
 * surrogate (Cs), and the line and paragraph separators (U+2028, U+2029) — except the
 * line feed and the soft hyphen (U+00AD), which Norwegian typography uses. One class, so
 * that a whole text is searched by the regular expression engine rather than by a
 * function call per character (a 250 KB file has 250,000 of them).
 */
const REFUSED = /[[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\u2028\u2029]--[\n\u00AD]]/v;
const REFUSED_ALL = new RegExp(REFUSED.source, 'gv');

/** Whether a code point is refused in any text that reaches a page, a feed or JSON (line feeds and soft hyphens are fine). */
export function isRefusedCodePoint(codePoint: number): boolean {
  return REFUSED.test(String.fromCodePoint(codePoint));
}

/** Every refused character of a text, in order: its index (in UTF-16 code units) and code point. */
export function refusedCharacters(text: string): { index: number; codePoint: number }[] {
  return [...text.matchAll(REFUSED_ALL)].map((match) => ({ index: match.index, codePoint: match[0].codePointAt(0) ?? 0 }));
}

/** The first refused code point of a text, if any. */
export function firstRefused(text: string): number | undefined {
  return REFUSED.exec(text)?.[0].codePointAt(0);
}

/** What kind of character a refused code point without a listed name is. */
function kindOf(codePoint: number): string {
  const character = String.fromCodePoint(codePoint);
  if (/\p{Co}/u.test(character)) return 'a private-use character';
  if (/\p{Cn}/u.test(character)) return 'an unassigned code point';
  if (/\p{Cs}/u.test(character)) return 'half of a broken character pair (a lone surrogate)';
  if (/\p{Cc}/u.test(character)) return 'a control character';
  return 'an invisible formatting character';
}

export const FIX_OF: Record<string, string> = {
  tab: 'replace the tab with spaces (Markdown reads tabs as indentation)',
  bidi: 'delete it: it makes the text display in a different order than it reads (retype the surrounding words to be sure)',
  other: 'delete it: it is invisible, so readers and reviewers cannot see it (retype the surrounding words to be sure)',
};

/** Refused characters in one text, each at its line and column (at most a few per line, so a pasted mess stays readable). */
export function checkCharacters(file: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const { path, text } = file;
  if (text.startsWith('\uFEFF')) {
    problems.push({
      file: path,
      ...placeOfCharacter(text, 1, 1),
      message: 'the file starts with a byte-order mark (U+FEFF), an invisible character some editors add',
      fix: 'save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding" → "UTF-8")',
    });
  }
  let line = 1;
  let lineStart = 0;
  let onThisLine = 0;
  for (const { index, codePoint } of refusedCharacters(text)) {
    // The \r of a \r\n line ending is fine in the source; a byte-order mark at the very start is reported above.
    if ((codePoint === 0x0d && text[index + 1] === '\n') || (index === 0 && codePoint === 0xfeff)) continue;
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < index; next = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = next + 1;
      onThisLine = 0;
    }
    if (++onThisLine > 3) continue;
    const kind = codePoint === 0x09 ? 'tab' : (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069) ? 'bidi' : 'other';
    const column = index - lineStart + 1;
    problems.push({ file: path, ...placeOfCharacter(text, line, column), message: `the invisible character ${describeCodePoint(codePoint)} is not allowed`, fix: FIX_OF[kind] ?? '' });
  }
  if (problems.length === 0) problems.push(...checkNormalization(file));
  return problems;
}

/** Letters written as a base letter plus a combining mark (a + ̊ instead of å): they look the same but are different text. */
function checkNormalization({ path, text }: ContentFile): Problem[] {
  if (text.normalize('NFC') === text) return [];
  const lines = text.split('\n');
  const index = lines.findIndex((content) => content.normalize('NFC') !== content);
  const content = lines[index] ?? '';
  let column = 0;
  while (column < content.length && content.slice(0, column + 1).normalize('NFC') === content.slice(0, column + 1)) column++;
  return [
    {
      file: path,
      ...placeAt(text, index + 1, Math.max(1, column)),
      message: 'a letter is written as a base letter plus a separate accent or ring (e.g. a + ̊ instead of å), which looks the same but is different text',
      fix: 'retype the letter with your keyboard (å, ø, é …); text pasted from PDFs often has this',
    },
  ];
}

/** The text hygiene family, over every file as written (readable or not). */
export const textRule: ContentRule = ({ set }) => set.files.filter((file) => !file.notUtf8 && !checkFileSize(file)).flatMap(checkCharacters);
