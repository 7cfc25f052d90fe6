import { diffArrays } from 'diff';
import type { Section } from '~/lib/content/sections';
import { diffBlocks, diffText, wholeBlock, type BlockDiff, type WordPart } from './blocks';
import { markMovedText } from './moved-text';
import { counterpartOf } from './section-changes';

export * from './blocks';

/**
 * The section-aware diff between two versions of a document. Sections are matched
 * by their stable ids (and the `formerly:` aliases of renamed ones), so a reader
 * sees what happened to each section, then block by block (blocks.ts) what changed
 * inside it, and which text moved from one section to another (moved-text.ts).
 * The build prerenders pages with it, and the browser computes any other pair with it.
 */

/** What can happen to a section between two versions. A section can be renamed, moved and changed at once. */
export type SectionChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'changed' | 'unchanged';

/** One section in the comparison, in reading order of the newer version (removed ones where they used to be). */
export interface SectionDiff {
  /** The id in the newer version, or in the older one for a removed section: the HTML anchor on the diff page. */
  id: string;
  /** The id in the older version when the section was renamed. */
  previousId: string | undefined;
  /** Every kind that applies, e.g. `['renamed', 'changed']`; `['unchanged']` when nothing does. */
  kinds: SectionChangeKind[];
  depth: number;
  parentId: string | undefined;
  /** The heading, word by word (empty for the intro). */
  title: WordPart[];
  blocks: BlockDiff[];
}

/** How many sections each kind touched: the summary at the top of a diff page. */
export type DiffSummary = Record<Exclude<SectionChangeKind, 'unchanged'>, number>;

/** The whole comparison. */
export interface DocumentDiff {
  sections: SectionDiff[];
  summary: DiffSummary;
}

/** Compares two sequences of sections (older, newer) and says what happened to each. */
export function diffSections(older: readonly Section[], newer: readonly Section[], locale = 'nb'): DocumentDiff {
  // A newer section matches the older one with its id, or with one of its former ids; each older section matches once.
  const matchOf = new Map<string, Section>();
  const matchedOlder = new Set<Section>();
  for (const section of newer) {
    const match = counterpartOf(section, older);
    if (match && !matchedOlder.has(match)) {
      matchOf.set(section.id, match);
      matchedOlder.add(match);
    }
  }

  // Sections whose place in the shared order changed are the ones outside the longest common order.
  const olderOrder = older.filter((section) => matchedOlder.has(section)).map((section) => section.id);
  const newerOrder = newer.filter((section) => matchOf.has(section.id)).map((section) => matchOf.get(section.id)?.id ?? '');
  const movedOlderIds = new Set(diffArrays(olderOrder, newerOrder).flatMap((change) => (change.added ? change.value : [])));
  const newIdOf = new Map([...matchOf.entries()].map(([newId, section]) => [section.id, newId]));

  const result: SectionDiff[] = [];
  const emitRemovedBefore = (limit: number) => {
    // Removed sections are shown where they used to be: after the last shared section that preceded them.
    while (olderCursor < limit) {
      const section = older[olderCursor++];
      if (section && !matchedOlder.has(section)) result.push(wholeSection(section, 'removed'));
    }
  };
  let olderCursor = 0;
  for (const section of newer) {
    const match = matchOf.get(section.id);
    if (!match) {
      result.push(wholeSection(section, 'added'));
      continue;
    }
    if (!movedOlderIds.has(match.id)) emitRemovedBefore(older.indexOf(match) + 1);
    const title = diffText(match.title, section.title, locale);
    const blocks = diffBlocks(match.blocks, section.blocks, locale);
    const kinds: SectionChangeKind[] = [];
    if (match.id !== section.id) kinds.push('renamed');
    const parentMoved = (match.parentId && (newIdOf.get(match.parentId) ?? match.parentId)) !== section.parentId;
    if (movedOlderIds.has(match.id) || parentMoved) kinds.push('moved');
    if (title.some((part) => part.kind !== 'same') || blocks.some((block) => block.change !== 'unchanged')) kinds.push('changed');
    result.push({
      id: section.id,
      previousId: match.id !== section.id ? match.id : undefined,
      kinds: kinds.length > 0 ? kinds : ['unchanged'],
      depth: section.depth,
      parentId: section.parentId,
      title,
      blocks,
    });
  }
  emitRemovedBefore(older.length);
  markMovedText(result);
  return { sections: result, summary: summarize(result) };
}

/** True when a section shows any change at all. */
export function isChangedSection(section: SectionDiff): boolean {
  return !section.kinds.includes('unchanged');
}

/** Counts sections per kind of change. */
export function summarize(sections: readonly SectionDiff[]): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0 };
  for (const section of sections) for (const kind of section.kinds) if (kind !== 'unchanged') summary[kind] += 1;
  return summary;
}

/** A section only one version has: every word of it added (in the newer) or removed (from the older). */
function wholeSection(section: Section, change: 'added' | 'removed'): SectionDiff {
  return {
    id: section.id,
    previousId: undefined,
    kinds: [change],
    depth: section.depth,
    parentId: section.parentId,
    title: section.title ? [{ kind: change, text: section.title }] : [],
    blocks: section.blocks.map((block) => wholeBlock(block, change)),
  };
}
