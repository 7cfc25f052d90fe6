import type { List, ListItem, Node, Parent, Root, RootContent, Table } from 'mdast';

/** A link in a block: the words a reader clicks and where they lead (a change of address is a change of the text). */
export interface BlockLink {
  text: string;
  href: string;
}

/** A block of text inside a section: a paragraph, a list with its items, or a table with its rows of cells (the header row first). */
export type SectionBlock = (
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'other'; text: string }
) & { links?: BlockLink[] };

/** One section of a document: a heading and what follows it up to the next heading. */
export interface Section {
  /** The stable id from the heading's `[#id]` marker; `intro` for the text before the first heading. */
  id: string;
  /** Ids the section was known by before (`formerly:`). */
  aliases: string[];
  /** True when the editor marked the heading `new`: a new section, not a renamed one. */
  declaredNew?: boolean;
  /** 2 for a section, 3 for a subsection; 1 for the intro. */
  depth: number;
  /** The heading text as readers see it; empty for the intro. */
  title: string;
  /** The id of the section this one is part of, for subsections. */
  parentId: string | undefined;
  blocks: SectionBlock[];
  /** The line of the heading in the source. */
  line: number | undefined;
}

/** The id given to the text before the first heading. */
export const INTRO_ID = 'intro';

/** Splits a parsed document (after `remarkSectionIds`) into its sections, in order. */
export function splitSections(tree: Root): Section[] {
  const sections: Section[] = [];
  const parents: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
    if (node.type === 'heading') {
      const id = String(node.data?.hProperties?.['id'] ?? '');
      while (parents.length > 0 && (parents.at(-1)?.depth ?? 0) >= node.depth) parents.pop();
      current = {
        id,
        aliases: node.children.flatMap((child) => (child.type === 'sectionAlias' ? [child.data.hProperties.id] : [])),
        ...(node.data?.sectionNew ? { declaredNew: true } : {}),
        depth: node.depth,
        title: plainText(node),
        parentId: parents.at(-1)?.id,
        blocks: [],
        line: node.position?.start.line,
      };
      parents.push(current);
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { id: INTRO_ID, aliases: [], depth: 1, title: '', parentId: undefined, blocks: [], line: node.position?.start.line };
      sections.push(current);
    }
    current.blocks.push(toBlock(node));
  }
  return sections;
}

/** The text a reader sees in a node: line breaks become newlines, formatting is dropped. */
export function plainText(node: Node): string {
  // A line break is a hard break, or `<br />` (the one form a table cell can hold): words on either side stay apart.
  if (node.type === 'break' || (node.type === 'mdxJsxTextElement' && 'name' in node && node.name === 'br')) return '\n';
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? '' : node.value;
  }
  if ('children' in node) return (node as Parent).children.map(plainText).join('');
  return '';
}

function toBlock(node: RootContent): SectionBlock {
  const links = linksOf(node);
  const withLinks = links.length > 0 ? { links } : {};
  if (node.type === 'paragraph') return { kind: 'paragraph', text: plainText(node).trim(), ...withLinks };
  if (node.type === 'list') {
    const list = node as List;
    return { kind: 'list', ordered: Boolean(list.ordered), items: list.children.map((item: ListItem) => plainText(item).trim()), ...withLinks };
  }
  if (node.type === 'table') {
    const rows = (node as Table).children.map((row) => row.children.map((cell) => plainText(cell).trim()));
    return { kind: 'table', rows, ...withLinks };
  }
  return { kind: 'other', text: plainText(node).trim(), ...withLinks };
}

/** Every link in a node, in reading order. */
function linksOf(node: Node): BlockLink[] {
  if (node.type === 'link' && 'url' in node) return [{ text: plainText(node).trim(), href: String(node.url) }];
  return 'children' in node ? (node as Parent).children.flatMap(linksOf) : [];
}
