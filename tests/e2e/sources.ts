import { readFileSync } from 'node:fs';
import { normalizeWhitespace } from '~/lib/diff/diff';
import { blockText } from '~/lib/diff/similarity';
import { splitSections, type Section } from '~/lib/content/sections';
import { parseSource } from '~/lib/content/read-source';

/** A document version as the site's own parser reads it, for comparing pages with their MDX sources. */
export async function loadVersion(path: string): Promise<{ data: Record<string, unknown>; sections: Section[] }> {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const { data, tree } = await parseSource(text, path);
  return { data, sections: splitSections(tree) };
}

/** Every heading, paragraph and list item of a source, in reading order, whitespace-normalised. */
export function readingOrder(sections: Section[]): string[] {
  return sections.flatMap((section) => [
    ...(section.title ? [normalizeWhitespace(section.title)] : []),
    ...section.blocks.flatMap((block) =>
      block.kind === 'list' ? block.items.map(normalizeWhitespace) : [normalizeWhitespace(blockText(block))],
    ),
  ]);
}
