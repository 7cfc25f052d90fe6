import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { remarkSectionIds } from '../remark/section-ids';

/** One MDX source parsed outside Astro: the same syntax and section ids as the site, for checks, diffs and tests. */
export interface ParsedSource {
  file: VFile;
  /** The frontmatter as written (not yet validated). */
  data: Record<string, unknown>;
  tree: Root;
}

const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).use(remarkSectionIds);

/**
 * Parses an MDX source the way the site does. Throws (with every problem listed)
 * when the MDX cannot be read or section ids are wrong; the problems are also on
 * `file.messages`, each with its line.
 */
export async function parseSource(text: string, path: string): Promise<ParsedSource> {
  const file = new VFile({ value: text, path });
  const tree = processor.parse(file);
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const data = yamlNode ? ((parseYaml(yamlNode.value) as Record<string, unknown>) ?? {}) : {};
  const transformed = (await processor.run(tree, file)) as Root;
  return { file, data, tree: transformed };
}
