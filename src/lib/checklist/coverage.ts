import type { Section } from '~/lib/content/sections';
import { CHECKLIST, type ChecklistItem } from './checklist';
import type { SectionClaim } from './claims';

/** One checklist item and the sections of a version (in one language) that claim to cover it, in reading order. */
export interface Coverage {
  item: ChecklistItem;
  sections: Section[];
}

/** For every checklist item, the sections that claim it; claims naming a section the version does not have are left out. */
export function coverageOf(claims: readonly SectionClaim[], sections: readonly Section[]): Coverage[] {
  return CHECKLIST.map((item) => ({
    item,
    sections: sections.filter((section) => claims.some((claim) => claim.section === section.id && claim.articles.includes(item.article))),
  }));
}

/** How one item's coverage differs in a later version (a draft) from an earlier one (the current version). */
export type CoverageChange = 'newly covered' | 'no longer covered' | 'covered by other sections' | 'unchanged';

/** Compares the sections (by id) that cover an item in two versions. */
export function coverageChange(before: readonly Section[], after: readonly Section[]): CoverageChange {
  if (before.length === 0 && after.length > 0) return 'newly covered';
  if (before.length > 0 && after.length === 0) return 'no longer covered';
  const ids = (sections: readonly Section[]) => sections.map((section) => section.id).join(' ');
  return ids(before) === ids(after) ? 'unchanged' : 'covered by other sections';
}

/**
 * The sections (by id) whose claims differ between two versions of a document
 * (`claims` by `document/version`); none when either version has no claims file.
 */
export function sectionsWithChangedClaims(
  claims: ReadonlyMap<string, readonly SectionClaim[]>,
  document: string,
  before: string | undefined,
  after: string,
): Set<string> {
  const older = claims.get(`${document}/${before}`);
  const newer = claims.get(`${document}/${after}`);
  if (!older || !newer) return new Set();
  const articles = (of: readonly SectionClaim[], id: string) =>
    [...(of.find((claim) => claim.section === id)?.articles ?? [])].sort().join(' ');
  const ids = new Set([...older, ...newer].map((claim) => claim.section));
  return new Set([...ids].filter((id) => articles(older, id) !== articles(newer, id)));
}
