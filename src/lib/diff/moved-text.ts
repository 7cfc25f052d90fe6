import type { BlockDiff } from './blocks';
import type { SectionDiff } from './diff';
import { jaccard, shingles, wordsOf } from './similarity';

/**
 * Text that left one section and arrived in another is one change, not a deletion
 * and an unrelated addition: each removed block is compared with the added blocks of
 * the other sections, and a pair that reads (nearly) the same is marked as moved at
 * both ends, each end with an anchor and a link to the other.
 */

/** Below this many words a block is too short to tell a move from a coincidence ("See below."). */
const MIN_WORDS = 6;
/** Share of three-word runs two blocks must have in common to count as the same text moved. */
const SAME_TEXT = 0.7;

/** The words of a block as the diff shows them (the whole block is added or removed, so its parts are its text). */
function wordsOfBlock(block: BlockDiff): string[] {
  const texts =
    block.kind === 'text'
      ? block.parts.map((part) => part.text)
      : block.kind === 'list'
        ? block.items.flatMap((item) => item.parts.map((part) => part.text))
        : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.parts.map((part) => part.text)));
  return wordsOf(texts.join(' '));
}

interface End {
  section: SectionDiff;
  block: BlockDiff;
  print: Set<string>;
}

/** Marks, in place, removed and added blocks of different sections that hold the same text. */
export function markMovedText(sections: readonly SectionDiff[]): void {
  const ends = (change: 'added' | 'removed') =>
    sections.flatMap((section) =>
      section.blocks.flatMap((block): End[] => {
        if (block.change !== change) return [];
        const words = wordsOfBlock(block);
        return words.length >= MIN_WORDS ? [{ section, block, print: shingles(words) }] : [];
      }),
    );
  const added = ends('added');
  let count = 0;
  for (const from of ends('removed')) {
    let best: { end: End; score: number } | undefined;
    for (const to of added) {
      if (to.section === from.section || to.block.moved || to.block.kind !== from.block.kind) continue;
      const score = jaccard(from.print, to.print);
      if (score >= SAME_TEXT && score > (best?.score ?? 0)) best = { end: to, score };
    }
    if (!best) continue;
    count += 1;
    const [source, target] = [`moved-${count}-from`, `moved-${count}-to`];
    from.block.moved = { anchor: source, other: target, sectionId: best.end.section.id, direction: 'to' };
    best.end.block.moved = { anchor: target, other: source, sectionId: from.section.id, direction: 'from' };
  }
}
