/**
 * The section-id syntax, written once: a heading ends with `[#id]`, or with
 * `[#id formerly: old-id, older-id]` when the section was known by other ids.
 * Ids are language-independent, so `/nb/…#your-rights` and `/en/…#your-rights`
 * land on the same section.
 */

/** A well-formed section id: lowercase ASCII words joined by single hyphens. */
export const SECTION_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Ids the site's own components put on pages that show sections (layout, table of
 * contents, search, errata, diff pages, citation dialog), which a section may therefore not take.
 * A test (tests/e2e/reserved-ids.ts) reads every built page that shows sections and
 * fails on an id that is neither a section's nor reserved here.
 */
export const RESERVED_IDS = new Set([
  'intro',
  'main',
  'content',
  'top',
  'footer',
  'toc',
  'toc-label',
  'toc-list',
  'search',
  'site-search-input',
  'site-search-hint',
  'errata-heading',
  'compare-title',
  'diff-summary-title',
  'only-changed',
  // The copy-link and citation controls' shared labels (SectionControls.astro), the citation
  // dialog's fields (built by src/browser/section-controls.ts) and the changelog's date field (DateLookup.astro).
  'copy-label',
  'cite-label',
  'cite-link',
  'cite-text',
  'date-lookup-date',
]);

/** Endings components add to a section's id for its own parts: `your-rights-title` (diff pages). */
export const RESERVED_ID_SUFFIXES = ['-title'] as const;

/** Beginnings of ids components make up for their own parts: `version-banner-archived`, `moved-1-from` (text moved between sections, on diff pages). */
export const RESERVED_ID_PREFIXES = ['version-banner-', 'moved-'] as const;

/** True when the page itself may use this id, so a section may not. */
export function isReservedId(id: string): boolean {
  return (
    RESERVED_IDS.has(id) ||
    RESERVED_ID_SUFFIXES.some((suffix) => id.endsWith(suffix)) ||
    RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix))
  );
}

/** The word after an id that records an editor's answer to a rename question: a new section, not a renamed one. */
export const NEW_SECTION_WORD = 'new';

/** The marker at the end of a heading line, e.g. ` [#your-rights formerly: rights]` or ` [#cookies new]`. */
const MARKER = /\s*\[#([^\]\s]*)(\s+new)?(?:\s+formerly:\s*([^\]]*))?\]\s*$/;

export interface HeadingMarker {
  /** The text before the marker (the end of the heading's visible text). */
  rest: string;
  id: string;
  aliases: string[];
  /** True when the editor wrote `new`: the section is new, not a renamed one, and the rename check does not ask again. */
  isNew: boolean;
}

export type MarkerResult = { ok: true; marker: HeadingMarker } | { ok: false; problem: string };

/** Explains why an id is not usable, or returns undefined when it is. */
export function sectionIdProblem(id: string): string | undefined {
  if (id === '') return 'the section id is empty';
  if (!SECTION_ID_PATTERN.test(id)) {
    return `"${id}" is not a valid section id — use lowercase English words a–z and digits joined by hyphens, e.g. "your-rights"`;
  }
  if (isReservedId(id)) return `"${id}" is used by the page itself — choose another id`;
  return undefined;
}

/** Reads the `[#id formerly: …]` marker from the end of a heading's text. */
export function parseHeadingMarker(text: string): MarkerResult {
  const match = MARKER.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: `the heading "${text.trim()}" has no section id — add one at the end of the line, e.g. "${text.trim()} [#your-rights]"`,
    };
  }
  const [whole, id = '', newWord, formerly] = match;
  const aliases =
    formerly === undefined
      ? []
      : formerly
          .split(',')
          .map((alias) => alias.trim())
          .filter(Boolean);
  for (const candidate of [id, ...aliases]) {
    const problem = sectionIdProblem(candidate);
    if (problem) return { ok: false, problem };
  }
  if (formerly !== undefined && aliases.length === 0) {
    return { ok: false, problem: `"formerly:" lists no ids — write the old ids after it, or remove it` };
  }
  if (aliases.includes(id)) return { ok: false, problem: `"${id}" is listed as its own former id — remove it from "formerly:"` };
  if (newWord && formerly !== undefined) {
    return { ok: false, problem: `"new" and "formerly:" contradict each other — a section is either new or a renamed one: keep one of them` };
  }
  return { ok: true, marker: { rest: text.slice(0, text.length - whole.length), id, aliases, isNew: Boolean(newWord) } };
}
