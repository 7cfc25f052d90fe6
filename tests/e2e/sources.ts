import { readFileSync } from 'node:fs';
import { splitSections, type Section } from '../../src/lib/sections';
import { parseSource } from '../../src/lib/source';

/** A document version as the site's own parser reads it, for comparing pages with their MDX sources. */
export async function readSource(path: string): Promise<{ data: Record<string, unknown>; sections: Section[] }> {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const { data, tree } = await parseSource(text, path);
  return { data, sections: splitSections(tree) };
}

/** Collapses runs of whitespace, as a reader would not see them. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every heading, paragraph and list item of a source, in reading order, whitespace-normalised. */
export function readingOrder(sections: Section[]): string[] {
  return sections.flatMap((section) => [
    ...(section.title ? [normalize(section.title)] : []),
    ...section.blocks.flatMap((block) => (block.kind === 'list' ? block.items.map(normalize) : [normalize(block.text)])),
  ]);
}
