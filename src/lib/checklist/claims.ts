import { readYamlFile } from '~/lib/content/frontmatter-yaml';
import type { ContentFile } from '~/lib/content/content-set';
import { placeAt, placeOfText } from '~/lib/content/rules/place';
import type { Problem } from '~/lib/content/rules/problem';
import { CHECKLIST, checklistItem } from './checklist';

/*
 * The claims: which checklist items each section of a version covers. They live in
 * one file per document version, beside the language folders
 * (`content/privacy/2025.checklist.yaml`), outside the published text, so that
 * tagging a locked version changes neither its text nor its lock, and both
 * languages share one claim per section. One line per section:
 *
 *   your-rights: 13(2)(b), 13(2)(c)
 */

/** How a claims file's name ends. */
export const CLAIMS_SUFFIX = '.checklist.yaml';

/** Where a version's claims live inside the content folder: `privacy/2025.checklist.yaml`. */
export function claimsKey(document: string, version: string): string {
  return `${document}/${version}${CLAIMS_SUFFIX}`;
}

/** The document and version a claims file belongs to, when it is where claims files live. */
export function claimsFileParts(key: string): { document: string; version: string } | undefined {
  const match = /^([^/]+)\/([^/]+)\.checklist\.yaml$/.exec(key);
  return match ? { document: match[1] ?? '', version: match[2] ?? '' } : undefined;
}

/** One section's claim: the items it covers, and the line it is on. */
export interface SectionClaim {
  section: string;
  articles: string[];
  line: number | undefined;
}

/** A claims file as read: one claim per section, in file order. */
export interface ClaimsReading {
  claims: SectionClaim[];
  problems: Problem[];
}

const EXAMPLE = '`your-rights: 13(2)(b), 13(2)(c)`';

/** What an editor may have meant by an unknown reference (`Art. 13(2)(d)`, `13 (2) (d)`, `13(2)(D)`), if it is an item. */
function meant(written: string): string | undefined {
  const cleaned = written
    .replace(/^art(icle|ikkel)?\.?/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return checklistItem(cleaned) ? cleaned : undefined;
}

/** The references written for one section: a comma-separated line, or a YAML list. */
function writtenReferences(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((part) => part.trim());
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.map((part: string) => part.trim());
  return undefined;
}

/** Reads a claims file: every section's items, and a `file:line` problem with a fix for every mistake in it. */
export function readClaims(file: ContentFile): ClaimsReading {
  const reading = readYamlFile(file.text);
  const problems: Problem[] = reading.problems.map(({ line, column, reason }) => ({
    file: file.path,
    ...placeAt(file.text, line, column),
    message: `the checklist file cannot be read: ${reason}`,
    fix: `write one line per section: the section id, a colon, and the items it covers, separated by commas, e.g. ${EXAMPLE}`,
  }));
  const claims: SectionClaim[] = [];
  for (const [section, value] of Object.entries(reading.data)) {
    const line = reading.fieldLines.get(section);
    /** A problem on the section's line, quoting the reference it is about when there is one. */
    const problem = (message: string, fix: string, reference = '') =>
      problems.push({ file: file.path, ...(placeOfText(file.text, reference, line) ?? placeAt(file.text, line ?? 1)), message, fix });
    const written = writtenReferences(value);
    if (!written || written.every((part) => part === '')) {
      problem(
        `the section "${section}" claims no checklist item`,
        `write the items it covers after the colon, e.g. ${EXAMPLE}, or remove the line`,
      );
      continue;
    }
    const articles: string[] = [];
    for (const reference of written) {
      if (checklistItem(reference)) {
        if (articles.includes(reference))
          problem(`the section "${section}" claims ${reference} twice`, `write ${reference} once`, reference);
        else articles.push(reference);
        continue;
      }
      const intended = meant(reference);
      if (reference === '')
        problem(`the claim of "${section}" has an empty item (two commas, or a comma at the end)`, 'remove the extra comma');
      else if (intended) problem(`"${reference}" is not written the way the checklist writes it`, `write ${intended}`, reference);
      else
        problem(
          `"${reference}" is not an item of the GDPR checklist`,
          `use one of the checklist's article references: ${CHECKLIST.map((item) => item.article).join(', ')}`,
          reference,
        );
    }
    claims.push({ section, articles, line });
  }
  return { claims, problems };
}
