import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentFile } from '../content-set';
import { plainText } from '../sections';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeAtOffset, placeOfField, placeOfNode, placeOfText } from './place';
import type { Problem } from './problem';

/*
 * Sizes a privacy notice never needs to exceed. The summary and errata appear in
 * every changelog and feed, the title in every tab and search result; a file over
 * the size limit is not read at all, so a pasted mistake cannot slow the check down.
 * The real notice is about 4.5 KB with titles under 40 and headings under 90 characters;
 * real notices elsewhere reach 80–140 KB after years of versions, so the file limit leaves room.
 */

/** The largest content file, in bytes (UTF-8). */
export const MAX_FILE_BYTES = 256_000;

/** The longest value of each text field of the frontmatter, in characters. */
export const MAX_FIELD_CHARS: Record<string, number> = { title: 120, byline: 120, description: 300, summary: 500 };
/** The longest erratum note, in characters. */
export const MAX_ERRATUM_CHARS = 300;
/** The longest `wordingOnly` reason, in characters: it is shown in the changelog like an erratum note. */
export const MAX_REASON_CHARS = 300;
/** The longest heading, in characters (without its `[#id]` marker). */
export const MAX_HEADING_CHARS = 160;

/** A file too large to read, as one problem (undefined when it is within the limit). */
export function checkFileSize(file: ContentFile): Problem | undefined {
  const bytes = Buffer.byteLength(file.text, 'utf8');
  if (bytes <= MAX_FILE_BYTES) return undefined;
  // The first character past the limit: where the text that is too much begins.
  const within = Buffer.from(file.text, 'utf8').subarray(0, MAX_FILE_BYTES).toString('utf8').replace(/\uFFFD$/, '').length;
  return {
    file: file.path,
    ...placeAtOffset(file.text, Math.min(within, file.text.length - 1)),
    message: `the file is ${Math.round(bytes / 1000)} KB, over the limit of ${MAX_FILE_BYTES / 1000} KB, so it was not read (the limit is passed here)`,
    fix: 'check that nothing was pasted by mistake; a notice this long should be split into documents',
  };
}

const chars = (text: string) => [...text].length;

/** Frontmatter fields, errata notes and headings within their limits. */
export function checkLengths(entry: VersionFile): Problem[] {
  const { path: file, data, fieldLines } = entry;
  const problems: Problem[] = [];
  for (const [field, limit] of Object.entries(MAX_FIELD_CHARS)) {
    const value = data[field];
    if (typeof value === 'string' && chars(value) > limit) {
      problems.push({
        file,
        ...placeOfField(entry, field),
        message: `the ${field} is ${chars(value)} characters long, over the limit of ${limit}`,
        fix: `shorten the ${field} to at most ${limit} characters`,
      });
    }
  }
  // Each entry's text in a list field, e.g. errata[].note: shown in the changelog and feeds.
  const listed = (field: string, key: string, name: (index: number) => string, limit: number, fix: string) => {
    const items = Array.isArray(data[field]) ? (data[field] as unknown[]) : [];
    items.forEach((item, index) => {
      const text = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof text === 'string' && chars(text) > limit) {
        const message = `${name(index + 1)} is ${chars(text)} characters long, over the limit of ${limit}`;
        // The entry's own text, where YAML kept it as typed; else the field's line.
        const place = placeOfText(entry.text, text.slice(0, 30), fieldLines.get(field)) ?? placeOfField(entry, field);
        problems.push({ file, ...place, message, fix: `${fix} in at most ${limit} characters` });
      }
    });
  };
  listed('errata', 'note', (n) => `erratum ${n}'s note`, MAX_ERRATUM_CHARS, 'say what was corrected');
  listed('wordingOnly', 'reason', (n) => `wordingOnly entry ${n}'s reason`, MAX_REASON_CHARS, 'say why the other language needs no change');
  if (entry.tree) {
    visit(entry.tree, 'heading', (heading: Heading) => {
      const length = chars(plainText(heading).trim());
      if (length > MAX_HEADING_CHARS) {
        problems.push({
          file,
          ...placeOfNode(entry.text, heading.position),
          message: `the heading is ${length} characters long, over the limit of ${MAX_HEADING_CHARS}`,
          fix: `shorten the heading to at most ${MAX_HEADING_CHARS} characters; put the detail in the text below it`,
        });
      }
    });
  }
  return problems;
}

/** The size limits family. (File size is checked when files are read: see parsed-content.ts.) */
export const limitsRule: ContentRule = ({ versions }) => versions.flatMap(checkLengths);
