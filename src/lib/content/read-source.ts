import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { readFrontmatter } from './frontmatter-yaml';
import { createMdxProcessor } from './processor';

/** One MDX source parsed outside Astro: the same syntax and section ids as the site, for checks, diffs and tests. */
export interface ParsedSource {
  file: VFile;
  /** The frontmatter as written (not yet validated). */
  data: Record<string, unknown>;
  /** The line of each top-level frontmatter field. */
  fieldLines: Map<string, number>;
  tree: Root;
}

/** Why a source cannot be read: MDX syntax, frontmatter (YAML) or a section-id marker. */
export type ReadingProblemKind = 'syntax' | 'frontmatter' | 'section-id';

/** What `readSource` found: the parsed source when it could be read, and every problem with its line. */
export interface SourceReading {
  source: ParsedSource | undefined;
  problems: { kind: ReadingProblemKind; line: number | undefined; reason: string }[];
}

const processor = createMdxProcessor();

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
  const frontmatter = readFrontmatter(text);
  if (frontmatter.problems.length > 0) {
    return { source: undefined, problems: frontmatter.problems.map((problem) => ({ kind: 'frontmatter', ...problem })) };
  }
  try {
    const transformed = (await processor.run(tree, file)) as Root;
    return { source: { file, data: frontmatter.data, fieldLines: frontmatter.fieldLines, tree: transformed }, problems: [] };
  } catch (error) {
    const problems = file.messages
      .filter((message) => message.fatal)
      .map((message) => ({ kind: 'section-id' as const, line: message.line ?? undefined, reason: message.reason }));
    if (problems.length === 0) throw error;
    return { source: undefined, problems };
  }
}
