import type { Section, SectionBlock } from '~/lib/content/sections';
import { normalizeWhitespace } from './blocks';
import { blockText } from './similarity';

/**
 * Which sections of a version changed since an earlier one, and where inside them:
 * what translation drift is measured with (a section that changed in one language
 * only), in the content check and on the changelog.
 */

/** A section of the newer version whose text differs from its counterpart in the older one. */
export interface ChangedSection {
  id: string;
  /** Where the first difference is, for messages: "the title", "paragraph 2", "list item 3". */
  firstChange: string;
}

/** A block's pieces as messages count them: list items one by one, any other block as one piece. */
function piecesOf(block: SectionBlock): string[] {
  return block.kind === 'list' ? block.items.map(normalizeWhitespace) : [normalizeWhitespace(blockText(block))];
}

/** Describes the first difference between two versions of a section, or undefined when they read the same. */
export function firstChange(older: Section, newer: Section): string | undefined {
  if (normalizeWhitespace(older.title) !== normalizeWhitespace(newer.title)) return 'the title';
  let paragraphs = 0;
  let items = 0;
  const length = Math.max(older.blocks.length, newer.blocks.length);
  for (let index = 0; index < length; index++) {
    const before = older.blocks[index];
    const after = newer.blocks[index];
    if (!before || !after || before.kind !== after.kind) return `block ${index + 1}`;
    if (after.kind === 'list') {
      const was = piecesOf(before);
      const now = piecesOf(after);
      const item = now.findIndex((text, at) => text !== was[at]);
      if (item >= 0 || was.length !== now.length) return `list item ${items + (item >= 0 ? item : now.length) + 1}`;
      items += now.length;
    } else {
      paragraphs += 1;
      if (piecesOf(before)[0] !== piecesOf(after)[0]) return `paragraph ${paragraphs}`;
    }
  }
  return undefined;
}

/** The counterpart of a section in an older version: the same id, else one of its former ids (the diff and the drift check both match this way). */
export function counterpartOf(section: Section, older: readonly Section[]): Section | undefined {
  return older.find((candidate) => candidate.id === section.id) ?? older.find((candidate) => section.aliases.includes(candidate.id));
}

/** The sections of `newer` that exist in `older` (by id or former id) and read differently there. */
export function changedSections(older: readonly Section[], newer: readonly Section[]): ChangedSection[] {
  return newer.flatMap((section) => {
    const counterpart = counterpartOf(section, older);
    const change = counterpart && firstChange(counterpart, section);
    return change ? [{ id: section.id, firstChange: change }] : [];
  });
}
