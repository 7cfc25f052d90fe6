import type { Section, SectionBlock } from '~/lib/content/sections';

/**
 * How alike two texts are, judged on their words and not on their place: what the
 * rename check (a removed section against each added one) and the diff's "moved
 * text" detection rest on. Headings are compared on their letters (so "E-mail" and
 * "Email" match), bodies on overlapping runs of three words (shingles), which
 * survive small edits but not a different text.
 */

/** The words of a text, lowercased, with letters of every script (æ, ø, å stay inside words). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The plain text of a block: a paragraph, a list's items or a table's cells, in reading order. */
export function blockText(block: SectionBlock): string {
  if (block.kind === 'list') return block.items.join('\n');
  if (block.kind === 'table') return block.rows.map((row) => row.join(' ')).join('\n');
  return block.text;
}

/** The set of overlapping runs of `size` words; a text shorter than that is one run. */
export function shingles(words: readonly string[], size = 3): Set<string> {
  if (words.length <= size) return new Set(words.length > 0 ? [words.join(' ')] : []);
  const out = new Set<string>();
  for (let index = 0; index + size <= words.length; index++) out.add(words.slice(index, index + size).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|: 1 for equal sets, 0 for disjoint ones (and for two empty ones). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** |A ∩ B| / |A|: how much of `a` is found in `b` (where a split section's text went). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / a.size;
}

/** Letter trigrams of a heading without its numbering ("7.2 Your E-mail" → "youremail"): spelling variants stay close. */
function headingTrigrams(title: string): Set<string> {
  const letters = wordsOf(title)
    .filter((word) => !/^\d+$/.test(word))
    .join('');
  const out = new Set<string>();
  for (let index = 0; index + 3 <= letters.length; index++) out.add(letters.slice(index, index + 3));
  if (out.size === 0 && letters) out.add(letters);
  return out;
}

/** Similarity of two headings, 0–1, ignoring their numbers, case, spaces and hyphens. */
export function headingSimilarity(a: string, b: string): number {
  const [x, y] = [headingTrigrams(a), headingTrigrams(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const item of x) if (y.has(item)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** A section reduced to what similarity needs, computed once per section. */
export interface SectionFingerprint {
  title: string;
  body: Set<string>;
}

// A section is compared with many others (every removed one with every added one, in each pair of versions): its fingerprint is made once.
const fingerprints = new WeakMap<Pick<Section, 'title' | 'blocks'>, SectionFingerprint>();

/** The heading and the body's word shingles of a section. */
export function fingerprint(section: Pick<Section, 'title' | 'blocks'>): SectionFingerprint {
  let print = fingerprints.get(section);
  if (!print) {
    print = { title: section.title, body: shingles(wordsOf(section.blocks.map(blockText).join('\n'))) };
    fingerprints.set(section, print);
  }
  return print;
}

/** How alike an older and a newer section are: heading, body, and how much of the older body is in the newer one. */
export interface SectionSimilarity {
  heading: number;
  body: number;
  /** Share of the older section's text found in the newer one: high when a section was split or grew. */
  kept: number;
  /** One figure to rank candidates: the body weighs more than the heading, because headings get reworded. */
  score: number;
}

/** Compares two sections on heading and body. */
export function sectionSimilarity(older: SectionFingerprint, newer: SectionFingerprint): SectionSimilarity {
  const heading = headingSimilarity(older.title, newer.title);
  const body = jaccard(older.body, newer.body);
  const kept = containment(older.body, newer.body);
  const bodyScore = Math.max(body, kept * 0.9);
  return { heading, body, kept, score: older.body.size === 0 && newer.body.size === 0 ? heading : 0.3 * heading + 0.7 * bodyScore };
}
