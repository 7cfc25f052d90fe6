import { diffArrays, diffWords, type ChangeObject } from 'diff';
import { splitSections, type Section, type SectionBlock } from '~/lib/content/sections';
import { parseSource } from '~/lib/content/read-source';

/**
 * The section-aware diff between two versions of a document. Sections are matched
 * by their stable ids (and the `formerly:` aliases of renamed ones), so a reader
 * sees what happened to each section, then word by word what changed inside it.
 * jsdiff does the sequence work: `diffArrays` for section order, blocks and list
 * items, `diffWords` (with an Intl word segmenter, so æ, ø and å stay inside words)
 * for the text.
 */

/** A run of words that both versions share, or that only the older (`removed`) or newer (`added`) one has. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What happened to a paragraph, a list, a list item or a heading. */
export type PieceChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** One list item, diffed as an item of its own. */
export interface ItemDiff {
  change: PieceChange;
  parts: WordPart[];
}

/** One block of a section: a paragraph or other text, word by word, or a list, item by item. */
export type BlockDiff =
  { kind: 'text'; change: PieceChange; parts: WordPart[] } | { kind: 'list'; change: PieceChange; ordered: boolean; items: ItemDiff[] };

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

/** Collapses every run of whitespace to one space: whitespace-only edits are not changes. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Word-level diff of two texts; equal texts (ignoring whitespace) give one `same` part. */
export function diffText(older: string, newer: string, locale = 'nb'): WordPart[] {
  const a = normalizeWhitespace(older);
  const b = normalizeWhitespace(newer);
  if (a === b) return a === '' ? [] : [{ kind: 'same', text: b }];
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return diffWords(a, b, { intlSegmenter: segmenter }).map(toPart);
}

/** Compares two sequences of sections (older, newer) and says what happened to each. */
export function diffSections(older: readonly Section[], newer: readonly Section[], locale = 'nb'): DocumentDiff {
  const olderById = new Map<string, Section>();
  for (const section of older) olderById.set(section.id, section);
  // A newer section matches the older one with its id, or with one of its former ids.
  const matchOf = new Map<string, Section>();
  for (const section of newer) {
    const match = olderById.get(section.id) ?? section.aliases.map((alias) => olderById.get(alias)).find(Boolean);
    if (match && ![...matchOf.values()].includes(match)) matchOf.set(section.id, match);
  }
  const matchedOlder = new Set(matchOf.values());

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
      if (section && !matchedOlder.has(section)) result.push(wholeSection(section, 'removed', locale));
    }
  };
  let olderCursor = 0;
  for (const section of newer) {
    const match = matchOf.get(section.id);
    if (!match) {
      result.push(wholeSection(section, 'added', locale));
      continue;
    }
    if (!movedOlderIds.has(match.id)) emitRemovedBefore(older.indexOf(match) + 1);
    const title = diffText(match.title, section.title, locale);
    const blocks = diffBlocks(match.blocks, section.blocks, locale);
    const kinds: SectionChangeKind[] = [];
    if (match.id !== section.id) kinds.push('renamed');
    const parentMoved = (match.parentId && (newIdOf.get(match.parentId) ?? match.parentId)) !== section.parentId;
    if (movedOlderIds.has(match.id) || parentMoved) kinds.push('moved');
    if (title.some(isChange) || blocks.some((block) => block.change !== 'unchanged')) kinds.push('changed');
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
  return { sections: result, summary: summarize(result) };
}

/** Parses two MDX sources the way the site does and compares them section by section. */
export async function diffSources(
  older: { text: string; path: string },
  newer: { text: string; path: string },
  locale = 'nb',
): Promise<DocumentDiff> {
  const [a, b] = await Promise.all([parseSource(older.text, older.path), parseSource(newer.text, newer.path)]);
  return diffSections(splitSections(a.tree), splitSections(b.tree), locale);
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

/** Diffs the blocks of a matched section: unchanged blocks pair up, a removed run next to an added run of the same kind is a changed block. */
export function diffBlocks(older: readonly SectionBlock[], newer: readonly SectionBlock[], locale = 'nb'): BlockDiff[] {
  const changes = diffArrays([...older], [...newer], { comparator: sameBlock });
  const out: BlockDiff[] = [];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change) continue;
    if (!change.added && !change.removed) {
      out.push(...change.value.map((block) => wholeBlock(block, 'unchanged', locale)));
      continue;
    }
    const next = changes[index + 1];
    const removed = change.removed ? change.value : [];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) index++;
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const before = removed[i];
      const after = added[i];
      if (i < paired && before && after && blockKind(before) === blockKind(after)) out.push(changedBlock(before, after, locale));
      else {
        if (before) out.push(wholeBlock(before, 'removed', locale));
        if (after) out.push(wholeBlock(after, 'added', locale));
      }
    }
  }
  return out;
}

/** Diffs two lists item by item: unchanged items pair up, a removed item next to an added one is a changed item. */
export function diffItems(older: readonly string[], newer: readonly string[], locale = 'nb'): ItemDiff[] {
  const changes = diffArrays([...older], [...newer], { comparator: (a, b) => normalizeWhitespace(a) === normalizeWhitespace(b) });
  const out: ItemDiff[] = [];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change) continue;
    if (!change.added && !change.removed) {
      out.push(...change.value.map((item) => ({ change: 'unchanged' as const, parts: diffText(item, item, locale) })));
      continue;
    }
    const next = changes[index + 1];
    const removed = change.removed ? change.value : [];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) index++;
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const before = removed[i];
      const after = added[i];
      if (before !== undefined && after !== undefined) out.push({ change: 'changed', parts: diffText(before, after, locale) });
      else if (before !== undefined) out.push({ change: 'removed', parts: [{ kind: 'removed', text: normalizeWhitespace(before) }] });
      else if (after !== undefined) out.push({ change: 'added', parts: [{ kind: 'added', text: normalizeWhitespace(after) }] });
    }
  }
  return out;
}

function toPart(change: ChangeObject<string>): WordPart {
  return { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value };
}

function isChange(part: WordPart): boolean {
  return part.kind !== 'same';
}

function blockKind(block: SectionBlock): 'text' | 'list' {
  return block.kind === 'list' ? 'list' : 'text';
}

function blockText(block: SectionBlock): string {
  return block.kind === 'list' ? block.items.join('\n') : block.text;
}

function sameBlock(a: SectionBlock, b: SectionBlock): boolean {
  if (blockKind(a) !== blockKind(b)) return false;
  if (a.kind === 'list' && b.kind === 'list') {
    return (
      a.items.length === b.items.length && a.items.every((item, i) => normalizeWhitespace(item) === normalizeWhitespace(b.items[i] ?? ''))
    );
  }
  return normalizeWhitespace(blockText(a)) === normalizeWhitespace(blockText(b));
}

function wholeBlock(block: SectionBlock, change: 'added' | 'removed' | 'unchanged', locale: string): BlockDiff {
  const kind: WordPart['kind'] = change === 'unchanged' ? 'same' : change;
  if (block.kind === 'list') {
    return {
      kind: 'list',
      change,
      ordered: block.ordered,
      items: block.items.map((item) => ({
        change,
        parts: change === 'unchanged' ? diffText(item, item, locale) : [{ kind, text: normalizeWhitespace(item) }],
      })),
    };
  }
  return { kind: 'text', change, parts: [{ kind, text: normalizeWhitespace(block.text) }].filter((part) => part.text !== '') };
}

function changedBlock(before: SectionBlock, after: SectionBlock, locale: string): BlockDiff {
  if (before.kind === 'list' && after.kind === 'list') {
    return { kind: 'list', change: 'changed', ordered: after.ordered, items: diffItems(before.items, after.items, locale) };
  }
  return { kind: 'text', change: 'changed', parts: diffText(blockText(before), blockText(after), locale) };
}

/** A section only one version has: every word of it added (in the newer) or removed (from the older). */
function wholeSection(section: Section, change: 'added' | 'removed', locale: string): SectionDiff {
  return {
    id: section.id,
    previousId: undefined,
    kinds: [change],
    depth: section.depth,
    parentId: section.parentId,
    title: section.title ? [{ kind: change, text: section.title }] : [],
    blocks: section.blocks.map((block) => wholeBlock(block, change, locale)),
  };
}
