import { diffArrays, diffWords, type ChangeObject } from 'diff';
import type { BlockLink, SectionBlock } from '~/lib/content/sections';
import { blockText } from './similarity';

/**
 * The diff inside a section: blocks, list items, table rows and cells, and words.
 * jsdiff does the sequence work: `diffArrays` for blocks, items and rows, `diffWords`
 * (with an Intl word segmenter, so æ, ø and å stay inside words) for the text.
 */

/** A run of words that both versions share, or that only the older (`removed`) or newer (`added`) one has. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What happened to a paragraph, a list, a list item, a table, a row, a cell or a heading. */
export type PieceChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** One list item or table cell, diffed as a piece of its own. */
export interface PieceDiff {
  change: PieceChange;
  parts: WordPart[];
}

/** One list item. */
export type ItemDiff = PieceDiff;

/** One table row, cell by cell; the first row of a table is its header. */
export interface RowDiff {
  change: PieceChange;
  header: boolean;
  cells: PieceDiff[];
}

/** A link whose words stayed the same but whose address changed: the text alone would hide it. */
export interface LinkChange {
  text: string;
  from: string;
  to: string;
}

/** Where a block's text went to (on the removed side) or came from (on the added side), in another section. */
export interface MovedText {
  /** The id of this end's own anchor, and of the other end's, on the same page. */
  anchor: string;
  other: string;
  /** The section at the other end. */
  sectionId: string;
  direction: 'to' | 'from';
}

interface BlockExtras {
  change: PieceChange;
  /** Links whose address changed (a changed block only). */
  links?: LinkChange[];
  /** Set on a removed or added block whose text moved to, or came from, another section. */
  moved?: MovedText;
}

/** One block of a section: text word by word, a list item by item, or a table row by row and cell by cell. */
export type BlockDiff = BlockExtras &
  ({ kind: 'text'; parts: WordPart[] } | { kind: 'list'; ordered: boolean; items: ItemDiff[] } | { kind: 'table'; rows: RowDiff[] });

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

/** What to make of each kind of run when two sequences are compared. */
interface Pairing<T, R> {
  same: (older: T, newer: T) => R;
  /** A removed piece next to an added one: one changed piece, or undefined when they cannot pair. */
  changed: (older: T, newer: T) => R | undefined;
  only: (piece: T, change: 'added' | 'removed') => R;
}

/**
 * Compares two sequences: equal pieces pair up, and in each run of removed pieces
 * followed by added ones the i-th removed and the i-th added piece become one changed
 * piece (when they can). The one pairing rule for blocks, list items and table rows.
 */
export function pairSequences<T, R>(older: readonly T[], newer: readonly T[], equal: (a: T, b: T) => boolean, pairing: Pairing<T, R>): R[] {
  const changes = diffArrays([...older], [...newer], { comparator: equal });
  const out: R[] = [];
  let [o, n] = [0, 0];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index] as ChangeObject<T[]>;
    if (!change.added && !change.removed) {
      for (let i = 0; i < change.count; i++) out.push(pairing.same(older[o++] as T, newer[n++] as T));
      continue;
    }
    const next = changes[index + 1];
    const removedCount = change.removed ? change.count : 0;
    const addedCount = change.added ? change.count : change.removed && next?.added ? next.count : 0;
    if (change.removed && next?.added) index++;
    for (let i = 0; i < Math.max(removedCount, addedCount); i++) {
      const before = i < removedCount ? (older[o + i] as T) : undefined;
      const after = i < addedCount ? (newer[n + i] as T) : undefined;
      const paired = before !== undefined && after !== undefined ? pairing.changed(before, after) : undefined;
      if (paired !== undefined) out.push(paired);
      else {
        if (before !== undefined) out.push(pairing.only(before, 'removed'));
        if (after !== undefined) out.push(pairing.only(after, 'added'));
      }
    }
    o += removedCount;
    n += addedCount;
  }
  return out;
}

const sameText = (a: string, b: string) => normalizeWhitespace(a) === normalizeWhitespace(b);
const whole = (text: string, change: 'added' | 'removed' | 'unchanged'): WordPart[] =>
  normalizeWhitespace(text) === '' ? [] : [{ kind: change === 'unchanged' ? 'same' : change, text: normalizeWhitespace(text) }];
const piece = (text: string, change: 'added' | 'removed' | 'unchanged'): PieceDiff => ({ change, parts: whole(text, change) });

/** Diffs two lists item by item. */
export function diffItems(older: readonly string[], newer: readonly string[], locale = 'nb'): ItemDiff[] {
  return pairSequences(older, newer, sameText, {
    same: (_, after) => piece(after, 'unchanged'),
    changed: (before, after) => ({ change: 'changed', parts: diffText(before, after, locale) }),
    only: piece,
  });
}

/** Diffs two tables row by row; in a changed row, cell by cell, word by word inside a changed cell. */
export function diffRows(older: readonly string[][], newer: readonly string[][], locale = 'nb'): RowDiff[] {
  const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((cell, i) => sameText(cell, b[i] ?? ''));
  const rows = pairSequences(older, newer, sameRow, {
    same: (_, after): RowDiff => ({ change: 'unchanged', header: false, cells: after.map((cell) => piece(cell, 'unchanged')) }),
    changed: (before, after): RowDiff => ({
      change: 'changed',
      header: false,
      cells: Array.from({ length: Math.max(before.length, after.length) }, (_, i) => {
        const [a, b] = [before[i], after[i]];
        if (a === undefined) return piece(b ?? '', 'added');
        if (b === undefined) return piece(a, 'removed');
        return sameText(a, b) ? piece(b, 'unchanged') : { change: 'changed', parts: diffText(a, b, locale) };
      }),
    }),
    only: (row, change): RowDiff => ({ change, header: false, cells: row.map((cell) => piece(cell, change)) }),
  });
  // The header is the first row of each version; it stays the first row of the diff.
  if (rows[0]) rows[0].header = true;
  return rows;
}

/** Links whose words are in both versions of a block but whose address changed. */
export function linkChanges(older: readonly BlockLink[] = [], newer: readonly BlockLink[] = []): LinkChange[] {
  const unused = [...older];
  const out: LinkChange[] = [];
  for (const link of newer) {
    const index = unused.findIndex((candidate) => sameText(candidate.text, link.text));
    if (index < 0) continue;
    const [before] = unused.splice(index, 1);
    if (before && before.href !== link.href) out.push({ text: normalizeWhitespace(link.text), from: before.href, to: link.href });
  }
  return out;
}

type Shape = 'text' | 'list' | 'table';
const shapeOf = (block: SectionBlock): Shape => (block.kind === 'list' || block.kind === 'table' ? block.kind : 'text');
const sameLinks = (a: SectionBlock, b: SectionBlock) =>
  (a.links ?? []).map((link) => link.href).join('\n') === (b.links ?? []).map((link) => link.href).join('\n');

/** True when two blocks read the same and lead to the same addresses. */
export function sameBlock(a: SectionBlock, b: SectionBlock): boolean {
  if (shapeOf(a) !== shapeOf(b) || !sameLinks(a, b)) return false;
  if (a.kind === 'list' && b.kind === 'list')
    return a.items.length === b.items.length && a.items.every((item, i) => sameText(item, b.items[i] ?? ''));
  return sameText(blockText(a), blockText(b));
}

/** A block only one version has, or that both have unchanged. */
export function wholeBlock(block: SectionBlock, change: 'added' | 'removed' | 'unchanged'): BlockDiff {
  if (block.kind === 'list') return { kind: 'list', change, ordered: block.ordered, items: block.items.map((item) => piece(item, change)) };
  if (block.kind === 'table') {
    return {
      kind: 'table',
      change,
      rows: block.rows.map((row, i) => ({ change, header: i === 0, cells: row.map((cell) => piece(cell, change)) })),
    };
  }
  return { kind: 'text', change, parts: whole(block.text, change) };
}

function changedBlock(before: SectionBlock, after: SectionBlock, locale: string): BlockDiff | undefined {
  if (shapeOf(before) !== shapeOf(after)) return undefined;
  const links = linkChanges(before.links, after.links);
  const extras = { change: 'changed' as const, ...(links.length > 0 ? { links } : {}) };
  if (before.kind === 'list' && after.kind === 'list')
    return { kind: 'list', ...extras, ordered: after.ordered, items: diffItems(before.items, after.items, locale) };
  if (before.kind === 'table' && after.kind === 'table')
    return { kind: 'table', ...extras, rows: diffRows(before.rows, after.rows, locale) };
  return { kind: 'text', ...extras, parts: diffText(blockText(before), blockText(after), locale) };
}

/** Diffs the blocks of a matched section. */
export function diffBlocks(older: readonly SectionBlock[], newer: readonly SectionBlock[], locale = 'nb'): BlockDiff[] {
  return pairSequences(older, newer, sameBlock, {
    same: (_, after) => wholeBlock(after, 'unchanged'),
    changed: (before, after) => changedBlock(before, after, locale),
    only: wholeBlock,
  });
}

function toPart(change: ChangeObject<string>): WordPart {
  return { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value };
}
