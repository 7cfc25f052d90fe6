import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { isLocale, LOCALES, type Locale } from '~/i18n/locales';
import { policyFrontmatter, type PolicyFrontmatter } from '~/schemas/policy';
import { compareVersionsOldestFirst } from '~/lib/versions/timeline';
import type { ContentFile, ContentSet } from '../content-set';
import type { CachedReading } from '../sections-cache';
import { lintSource, type LintFinding } from '../lint';
import { readAsMarkdown, readSource, type BeforePlugins, type ParsedSource, type ReadingProblemKind } from '../read-source';
import { renderedTree } from '../rendered';
import { splitSections, type Section } from '../sections';
import { checkFileSize } from './limits';
import { placeAt } from './place';
import type { Problem } from './problem';

/** A content file after reading: what every rule family looks at. */
export interface VersionFile {
  key: string;
  path: string;
  text: string;
  document: string;
  locale: Locale;
  /** The version from the file name. */
  version: string;
  /** The frontmatter as written; empty when it cannot be read. */
  data: Record<string, unknown>;
  /** The frontmatter when it passes the schema. */
  frontmatter: PolicyFrontmatter | undefined;
  /** Why the frontmatter does not pass the schema. */
  schemaIssues: readonly z.core.$ZodIssue[];
  fieldLines: Map<string, number>;
  /** The parsed text, when it can be read. */
  tree: Root | undefined;
  /** What the style lint found in the text as typed (read as plain Markdown when MDX could not read the file), for the files the per-file rules judge. */
  styleFindings: LintFinding[] | undefined;
  /** The page the text becomes (mdast → hast, as the site renders it), when it can be read. */
  hast: HastRoot | undefined;
  sections: Section[] | undefined;
  /** Where MDX could not read the file; the rules then look at it read as plain Markdown. */
  syntaxErrorLine?: number | undefined;
}

/** The whole content set, read once, for the rule families. */
export interface ParsedContent {
  set: ContentSet;
  versions: VersionFile[];
}

/** One family of content rules: looks at the parsed content and returns what is wrong. */
export type ContentRule = (content: ParsedContent) => Problem[] | Promise<Problem[]>;

/** What went wrong when reading, for the editor: what, how to fix it, and the mark to point at on the line (`{`, `<`), if any. */
type ReadingExplained = { message: string; fix: string; mark?: string };

/** Turns a parser's or the section-id plugin's reason into "what is wrong" and "how to fix it". */
function explainReadingProblem(kind: ReadingProblemKind, reason: string): ReadingExplained {
  if (kind === 'section-id') {
    const [message = reason, fix = 'see "Section ids" in docs/editing.md'] = reason.split(' — ');
    return { message, fix };
  }
  if (kind === 'nesting') {
    return { message: reason, fix: 'remove the extra markers at the start of the line; a notice needs at most three levels of lists' };
  }
  if (kind === 'frontmatter' && /unique/.test(reason)) {
    return { message: 'a frontmatter field is written twice', fix: 'keep one of the two lines with this field name' };
  }
  if (kind === 'frontmatter' && /YAML tag/.test(reason)) {
    return { message: `the frontmatter cannot be read: ${reason}`, fix: 'remove the word starting with "!" before the value; write the value as plain text, in quotes if needed' };
  }
  if (kind === 'frontmatter' && /anchors and aliases/.test(reason)) {
    return { message: `the frontmatter cannot be read: ${reason}`, fix: 'write every value out in full; remove the & and * marks' };
  }
  if (kind === 'frontmatter') {
    return {
      message: `the frontmatter (between the --- lines) cannot be read: ${reason}`,
      fix: 'write one `field: value` per line; put values with : [ ] { } # in quotes',
    };
  }
  if (/closing tag for `<br>`/.test(reason)) {
    return {
      message: 'a line break written <br> cannot be read: MDX needs it closed',
      fix: 'write <br /> exactly (with the space and the slash), and only inside a table cell; in running text, end the line with a backslash (\\)',
      mark: '<br',
    };
  }
  // The MDX parser's own words name JavaScript ("expression", "acorn"): said instead in terms of what was typed.
  if (/brace for `\{`|expression|acorn/.test(reason)) {
    return {
      message: 'the MDX cannot be read: a "{" starts code here, which the notice cannot contain',
      fix: 'to show { or } as text, write \\{ and \\}; otherwise remove the curly braces',
      mark: '{',
    };
  }
  if (/before name|in tag|tag name|in name|attribute|closing tag/.test(reason)) {
    return {
      message: 'the MDX cannot be read: a "<" starts an HTML tag here, which the notice cannot contain',
      fix: 'to show < as text, write \\< (e.g. "\\< 18 år"); write the text in Markdown rather than HTML',
      mark: '<',
    };
  }
  return {
    message: `the MDX cannot be read: ${reason}`,
    fix: 'look on this line for an unclosed < or {, or a stray character; to show < or { as text, write \\< or \\{',
  };
}

/** Reads one content file: its place (document, language, version), its frontmatter and its sections. */
export async function parseContentFile(
  entry: ContentFile,
  options: { judged?: boolean } = {},
): Promise<{ version: VersionFile | undefined; problems: Problem[] }> {
  // A file the per-file rules will not judge (locked, outside a publish's focus) needs only its sections.
  const judged = options.judged ?? true;
  const file = entry.path;
  const [document = '', locale = '', name = ''] = entry.key.split('/');
  if (!isLocale(locale)) {
    const fix = `put the file under ${LOCALES.map((l) => `${document}/${l}/`).join(' or ')}`;
    return { version: undefined, problems: [{ file, wholeFile: 'misplaced', message: `the folder "${locale}" is not a language of the site`, fix }] };
  }
  const tooLarge = checkFileSize(entry);
  if (tooLarge) return { version: undefined, problems: [tooLarge] };
  // A byte-order mark is reported once by the text rule; reading past it keeps it from causing unrelated problems.
  // A file that is not UTF-8 is reported once (stray-files.ts): it counts as there, but nothing else reads it.
  const unreadable = { source: undefined, problems: [] };
  // The style lint reads the tree as parsed, before the site's plugins change its headings.
  let styleFindings: LintFinding[] | undefined;
  const beforePlugins: BeforePlugins | undefined = judged
    ? async (parsed) => {
        styleFindings = await lintSource(withoutBom(entry.text), parsed);
      }
    : undefined;
  const reading = entry.notUtf8 ? unreadable : await readSource(withoutBom(entry.text), entry.path, { beforePlugins });
  const problems = reading.problems.map((problem): Problem => {
    const { mark, ...explained } = explainReadingProblem(problem.kind, problem.reason);
    // MDX reports an unclosed { or <br> where it gave up (often the end of the line): point at the mark itself.
    const line = problem.line ?? 1;
    const typed = entry.text.split('\n')[line - 1] ?? '';
    const before = mark === undefined ? -1 : typed.lastIndexOf(mark, Math.max((problem.column ?? typed.length + 1) - 1, 0));
    const at = before >= 0 || mark === undefined ? before : typed.indexOf(mark);
    const place = at >= 0 ? placeAt(entry.text, line, at + 1) : placeAt(entry.text, line, problem.column ?? 1);
    return { file, ...place, ...explained };
  });
  const syntaxError = reading.problems.find((problem) => problem.kind === 'syntax');
  const source: ParsedSource | undefined = reading.source ?? (syntaxError ? await readAsMarkdown(withoutBom(entry.text), entry.path, { beforePlugins }) : undefined);
  const result = source ? policyFrontmatter.safeParse(source.data) : undefined;
  const version: VersionFile = {
    key: entry.key,
    path: entry.path,
    text: entry.text,
    document,
    locale,
    version: name.replace(/\.mdx$/, ''),
    data: source?.data ?? {},
    frontmatter: result?.success ? result.data : undefined,
    schemaIssues: result && !result.success ? result.error.issues : [],
    fieldLines: source?.fieldLines ?? new Map(),
    tree: source?.tree,
    styleFindings: source ? styleFindings : undefined,
    hast: source && judged ? renderedTree(source.tree) : undefined,
    sections: source ? splitSections(source.tree) : undefined,
    syntaxErrorLine: syntaxError?.line,
  };
  return { version, problems };
}

/** A locked file's version from its cached reading: frontmatter and sections, without a tree (the per-file rules do not judge it). */
export function versionFromCache(entry: ContentFile, cached: CachedReading): VersionFile {
  const [document = '', locale = '', name = ''] = entry.key.split('/');
  const result = policyFrontmatter.safeParse(cached.data);
  return {
    key: entry.key,
    path: entry.path,
    text: entry.text,
    document,
    locale: locale as Locale,
    version: name.replace(/\.mdx$/, ''),
    data: cached.data,
    frontmatter: result.success ? result.data : undefined,
    schemaIssues: result.success ? [] : result.error.issues,
    fieldLines: new Map(cached.fieldLines),
    tree: undefined,
    styleFindings: undefined,
    hast: undefined,
    sections: cached.sections,
  };
}

/** The text without a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Groups versions by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** Each document's versions in one language: the history the order and id rules walk through. */
export function histories(versions: readonly VersionFile[]): VersionFile[][] {
  return groupBy(versions, (entry) => `${entry.document}/${entry.locale}`);
}

/** The dates that place a version in the history (see `appliesFrom` in the timeline). */
export function timelineFacts(entry: VersionFile): { version: string; updated: string; effective: string | undefined } {
  return { version: entry.version, updated: entry.frontmatter?.updated ?? '', effective: entry.frontmatter?.effective };
}

/** Versions with valid frontmatter, oldest first, in the site's one order (`compareVersionsOldestFirst`). */
export function oldestFirst(versions: readonly VersionFile[]): VersionFile[] {
  return versions.filter((entry) => entry.frontmatter).sort((a, b) => compareVersionsOldestFirst(timelineFacts(a), timelineFacts(b)));
}
