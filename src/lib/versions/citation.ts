import { interpolate } from '~/i18n/interpolate';

/**
 * The citation a legal reader can paste: who published the text, which document,
 * which version (with its last-updated date as the source gives it), which section
 * by number and heading, and the permanent link to that section in that version.
 * Shared by the build and the browser script that offers it for copying.
 */

/** The translated templates a citation is built from (`cite.template`, `cite.section`, `cite.sectionUnnumbered`). */
export interface CitationTemplates {
  template: string;
  section: string;
  sectionUnnumbered: string;
}

/** The facts a citation states. */
export interface CitationParts {
  company: string;
  title: string;
  version: string;
  /** The last-updated date, formatted for readers at its own precision ("2025"). */
  updated: string;
  /** The section heading as shown, e.g. "6. Lagring og sletting". */
  heading: string;
  /** The permanent URL of the section in this version. */
  url: string;
}

/** Splits a heading into its section number and its words: "6. Lagring og sletting" → "6", "Lagring og sletting". */
export function splitHeadingNumber(heading: string): { number: string | undefined; words: string } {
  const text = heading.replace(/\s+/g, ' ').trim();
  // "6." or "3.1" (a bare "2025" starts words, not a section number).
  const match = /^(\d+(?:\.\d+)*\.|\d+(?:\.\d+)+)\s+(.+)$/.exec(text);
  return match ? { number: match[1]?.replace(/\.$/, ''), words: match[2] ?? '' } : { number: undefined, words: text };
}

/** The citation text for one section, e.g. "Johnsentechnology AS, Personvernerklæring, versjon 2025 (sist oppdatert 2025), punkt 6 «Lagring og sletting», https://…". */
export function citationText(templates: CitationTemplates, parts: CitationParts): string {
  const { number, words } = splitHeadingNumber(parts.heading);
  const section = number
    ? interpolate(templates.section, { number, heading: words })
    : interpolate(templates.sectionUnnumbered, { heading: words });
  return interpolate(templates.template, { ...parts, section });
}
