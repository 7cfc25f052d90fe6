import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { remarkSectionIds } from '~/remark/section-ids';

/** One MDX source parsed outside Astro: the same syntax and section ids as the site, for checks, diffs and tests. */
export interface ParsedSource {
  file: VFile;
  /** The frontmatter as written (not yet validated). */
  data: Record<string, unknown>;
  tree: Root;
}

const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).use(remarkSectionIds);

/**
 * Parses an MDX source the way the site does, for tools that need a valid source
 * (diff, tests). Throws, listing every problem as `path:line: reason`, when the
 * text cannot be read; `readSource` returns the problems instead.
 */
export async function parseSource(text: string, path: string): Promise<ParsedSource> {
  const { source, problems } = await readSource(text, path);
  if (source) return source;
  throw new Error(`${path} cannot be read:\n${problems.map(({ line, reason }) => `${path}:${line ?? '?'}: ${reason}`).join('\n')}`);
}

/** What `readSource` found: the parsed source when it could be read, and every problem with its line. */
export interface SourceReading {
  source: ParsedSource | undefined;
  /** MDX syntax errors, frontmatter (YAML) errors and section-id problems, each with its line when known. */
  problems: { kind: 'syntax' | 'frontmatter' | 'section-id'; line: number | undefined; reason: string }[];
}

/**
 * Reads an MDX source without throwing for a problem in the text: MDX syntax
 * errors, unreadable frontmatter and section-id problems come back as a list,
 * so that `npm run check` can report every file's problems at once.
 */
export async function readSource(text: string, path: string): Promise<SourceReading> {
  const file = new VFile({ value: text, path });
  let tree: Root;
  try {
    tree = processor.parse(file);
  } catch (error) {
    // MDX syntax errors are VFileMessages: they carry the line and a reason.
    if (error instanceof Error && 'reason' in error && 'line' in error) {
      const { line, reason } = error as { line?: number | null; reason: string };
      return { source: undefined, problems: [{ kind: 'syntax', line: line ?? undefined, reason }] };
    }
    throw error;
  }
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  let data: Record<string, unknown> = {};
  if (yamlNode) {
    try {
      // Like Astro's reader (js-yaml), an unquoted 2026-03-01 is a date, not a string: the check must see what the build sees.
      data = (parseYaml(yamlNode.value, { customTags: ['timestamp'] }) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      const line = yamlLine === undefined ? yamlNode.position?.start.line : (yamlNode.position?.start.line ?? 1) + yamlLine;
      const reason = String((error as Error).message).split('\n')[0] ?? 'the frontmatter cannot be read';
      return { source: undefined, problems: [{ kind: 'frontmatter', line, reason }] };
    }
  }
  try {
    const transformed = (await processor.run(tree, file)) as Root;
    return { source: { file, data, tree: transformed }, problems: [] };
  } catch (error) {
    const problems = file.messages
      .filter((message) => message.fatal)
      .map((message) => ({ kind: 'section-id' as const, line: message.line ?? undefined, reason: message.reason }));
    if (problems.length === 0) throw error;
    return { source: undefined, problems };
  }
}
