import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { readFrontmatter } from './frontmatter-yaml';
import { createMarkdownProcessor, createMdxProcessor } from './processor';

/** One MDX source parsed outside Astro: the same syntax and section ids as the site, for checks, diffs and tests. */
export interface ParsedSource {
  file: VFile;
  /** The frontmatter as written (not yet validated). */
  data: Record<string, unknown>;
  /** The line of each top-level frontmatter field. */
  fieldLines: Map<string, number>;
  tree: Root;
}

/**
 * What reads the tree as parsed, before the site's plugins change it in place (the style
 * lint reads headings with their markers as typed): it runs first, so that the tree need
 * not be copied (a copy of a 250 KB file's tree is megabytes). It must not change the tree.
 */
export type BeforePlugins = (parsed: Root) => void | Promise<void>;

/** Why a source cannot be read: MDX syntax, nesting too deep to process, frontmatter (YAML) or a section-id marker. */
export type ReadingProblemKind = 'syntax' | 'nesting' | 'frontmatter' | 'section-id';

/** The deepest nesting of the parsed tree that every tool can walk (a notice needs about 10; thousands overflow the stack). */
export const MAX_TREE_DEPTH = 40;

const NESTED_MARKS: Record<string, string> = {
  blockquote: 'quotation marks (">")',
  list: 'list markers ("-", "*", "1.")',
  listItem: 'list markers ("-", "*", "1.")',
  emphasis: 'emphasis marks (* or _)',
  strong: 'bold marks (** or __)',
};

/** A run of one marker character longer than any notice needs: ">" quotes, list markers, emphasis. */
const LONG_RUN = new RegExp(`(?:[>*_~] ?){${MAX_TREE_DEPTH + 1},}|(?:[-+] ){${MAX_TREE_DEPTH + 1},}`);
/** Markers that open a container at the start of a line (quotes and lists), each possibly followed by spaces. */
const LEADING_CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * The first line whose markers would nest deeper than the limit, found in the typed
 * text before parsing: thousands of ">" or "*" make the parsers slow (seconds per
 * file) or overflow the stack, so such a file is refused before it is read.
 */
function deepLine(text: string): { line: number; column: number; reason: string } | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const content = lines[index] ?? '';
    if (content.length <= MAX_TREE_DEPTH) continue;
    const leading = LEADING_CONTAINERS.exec(content)?.[0] ?? '';
    const containers = (leading.match(/>|[-+*]|\d{1,9}[.)]/g) ?? []).length;
    const run = LONG_RUN.exec(content);
    if (containers <= MAX_TREE_DEPTH && !run) continue;
    const marks = containers > MAX_TREE_DEPTH ? NESTED_MARKS[leading.trim().startsWith('>') ? 'blockquote' : 'list'] : /[*_]/.test(run?.[0] ?? '') ? NESTED_MARKS.emphasis : 'markers';
    return {
      line: index + 1,
      column: containers > MAX_TREE_DEPTH ? 1 : (run?.index ?? 0) + 1,
      reason: `the text is nested more than ${MAX_TREE_DEPTH} levels deep with ${marks ?? 'markers'}`,
    };
  }
  return undefined;
}

/** The first node nested deeper than the limit, found without recursion (so that it cannot itself overflow). */
function tooDeep(tree: Root): { line: number | undefined; reason: string } | undefined {
  const stack: { node: Root | Root['children'][number]; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_TREE_DEPTH) {
      const marks = NESTED_MARKS[node.type] ?? 'markers';
      return { line: node.position?.start.line, reason: `the text is nested more than ${MAX_TREE_DEPTH} levels deep with ${marks}` };
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Root['children'][number], depth: depth + 1 });
  }
  return undefined;
}

/** What `readSource` found: the parsed source when it could be read, and every problem with its line. */
export interface SourceReading {
  source: ParsedSource | undefined;
  problems: { kind: ReadingProblemKind; line: number | undefined; column?: number | undefined; reason: string }[];
}

const processor = createMdxProcessor();
const markdownProcessor = createMarkdownProcessor();

/**
 * Reads a source that MDX cannot read as plain Markdown, so that every other
 * problem of the file can still be reported at once; undefined when even that fails.
 */
export async function readAsMarkdown(text: string, path: string, options: { beforePlugins?: BeforePlugins | undefined } = {}): Promise<ParsedSource | undefined> {
  const file = new VFile({ value: text, path });
  const frontmatter = readFrontmatter(text);
  if (frontmatter.problems.length > 0 || deepLine(text)) return undefined;
  try {
    const tree = markdownProcessor.parse(file);
    if (tooDeep(tree)) return undefined;
    await options.beforePlugins?.(tree);
    const transformed = (await markdownProcessor.run(tree, file)) as Root;
    return { file, data: frontmatter.data, fieldLines: frontmatter.fieldLines, tree: transformed };
  } catch {
    return undefined;
  }
}

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
export async function readSource(text: string, path: string, options: { beforePlugins?: BeforePlugins | undefined } = {}): Promise<SourceReading> {
  const file = new VFile({ value: text, path });
  const deepMarkers = deepLine(text);
  if (deepMarkers) return { source: undefined, problems: [{ kind: 'nesting', ...deepMarkers }] };
  let tree: Root;
  try {
    tree = processor.parse(file);
  } catch (error) {
    // MDX syntax errors are VFileMessages: they carry the line and a reason.
    if (error instanceof Error && 'reason' in error && 'line' in error) {
      const { line, column, reason } = error as { line?: number | null; column?: number | null; reason: string };
      return { source: undefined, problems: [{ kind: 'syntax', line: line ?? undefined, column: column ?? undefined, reason }] };
    }
    // The parser's debug build (the `development` condition: `astro dev`, Vitest) asserts on some broken
    // input that its release build reports as a syntax error, e.g. a table row that opens `<br>` under a
    // setext underline; an editor gets a problem either way, never a stack trace.
    if (error instanceof Error && 'code' in error && error.code === 'ERR_ASSERTION') {
      return { source: undefined, problems: [{ kind: 'syntax', line: 1, column: 1, reason: 'MDX cannot read this text: look for a tag or `{` that is not closed' }] };
    }
    throw error;
  }
  const deep = tooDeep(tree);
  if (deep) return { source: undefined, problems: [{ kind: 'nesting', ...deep }] };
  const frontmatter = readFrontmatter(text);
  if (frontmatter.problems.length > 0) {
    return { source: undefined, problems: frontmatter.problems.map((problem) => ({ kind: 'frontmatter', ...problem })) };
  }
  try {
    await options.beforePlugins?.(tree);
    const transformed = (await processor.run(tree, file)) as Root;
    return { source: { file, data: frontmatter.data, fieldLines: frontmatter.fieldLines, tree: transformed }, problems: [] };
  } catch (error) {
    const problems = file.messages
      .filter((message) => message.fatal)
      .map((message) => ({ kind: 'section-id' as const, line: message.line ?? undefined, column: message.column ?? undefined, reason: message.reason }));
    if (problems.length === 0) throw error;
    return { source: undefined, problems };
  }
}
