import { LineCounter, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { placeAt } from './rules/place';
import type { Problem } from './rules/problem';

/**
 * The one frontmatter reader and writer. Every tool reads a file's frontmatter
 * here (with the line of each field, for messages), and the editors' commands
 * edit it here: `yaml`'s document model keeps comments, quoting and the other
 * fields exactly as written.
 */

/** A problem in the frontmatter's YAML, at its line in the file. */
export interface FrontmatterProblem {
  line: number;
  column: number;
  reason: string;
}

/** What a file's frontmatter says, and where. */
export interface FrontmatterReading {
  /** The fields as written, not yet validated; empty when there is no frontmatter or it cannot be read. */
  data: Record<string, unknown>;
  /** The line in the file of each top-level field. */
  fieldLines: Map<string, number>;
  /** Why the YAML cannot be read, each at its line in the file. */
  problems: FrontmatterProblem[];
}

interface Block {
  yaml: string;
  /** Offsets of the YAML text inside the file (between the `---` lines). */
  start: number;
  end: number;
  /** The file line of the YAML's first line. */
  firstLine: number;
}

/** The YAML between a leading `---` line and the next `---` line, if the file starts with one. */
function findBlock(text: string): Block | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) return undefined;
  const start = open[0].length;
  const end = start + close.index;
  return { yaml: text.slice(start, end), start, end, firstLine: 2 };
}

// Like Astro's reader (js-yaml), an unquoted 2026-03-01 is a date, not a string: the check must see what the build sees.
const YAML_OPTIONS = { customTags: ['timestamp'] as ['timestamp'], prettyErrors: false };

function parseBlock(block: Block, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(block.yaml, { ...YAML_OPTIONS, ...(lineCounter ? { lineCounter } : {}) });
}

/** Reads the frontmatter of an MDX file; never throws. */
export function readFrontmatter(text: string): FrontmatterReading {
  const block = findBlock(text);
  return block ? readBlock(block, 'the frontmatter') : { data: {}, fieldLines: new Map(), problems: [] };
}

/** Reads a whole YAML file of `field: value` lines (e.g. a checklist claims file) the way frontmatter is read; never throws. */
export function readYamlFile(text: string): FrontmatterReading {
  return readBlock({ yaml: text, start: 0, end: text.length, firstLine: 1 }, 'the file');
}

function readBlock(block: Block, what: string): FrontmatterReading {
  const reading: FrontmatterReading = { data: {}, fieldLines: new Map(), problems: [] };
  const lines = new LineCounter();
  const doc = parseBlock(block, lines);
  const lineOf = (offset: number) => lines.linePos(offset).line + block.firstLine - 1;
  const placeOf = (offset: number) => ({ line: lineOf(offset), column: lines.linePos(offset).col });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && !reading.fieldLines.has(key) && isScalar(pair.key) && pair.key.range)
        reading.fieldLines.set(key, lineOf(pair.key.range[0]));
    }
  }
  for (const error of doc.errors) {
    reading.problems.push({ ...placeOf(error.pos[0]), reason: error.message.split('\n')[0] ?? error.code });
  }
  let aliasAt: number | undefined;
  let tagged: { at: number | undefined; tag: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      aliasAt ??= node.range?.[0];
    },
    // An explicit tag (`!!js/function`, `!custom`) would make the build's YAML reader build something other than text.
    Node(_, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:str') tagged ??= { at: node.range?.[0], tag: node.tag };
    },
  });
  if (aliasAt !== undefined) {
    reading.problems.push({ ...placeOf(aliasAt), reason: 'YAML anchors and aliases (& and *) are not allowed here' });
  }
  if (tagged) {
    const shown = tagged.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    reading.problems.push({ ...placeOf(tagged.at ?? 0), reason: `the YAML tag "${shown}" is not allowed here` });
  }
  if (reading.problems.length > 0) return reading;
  const data: unknown = doc.toJS();
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) reading.data = data as Record<string, unknown>;
  else if (data !== null) reading.problems.push({ line: block.firstLine, column: 1, reason: `${what} is not a list of \`field: value\` lines` });
  return reading;
}

/** Thrown by the writers when a file has no frontmatter block to edit. */
export class NoFrontmatterError extends Error {}

function editBlock(text: string, edit: (doc: Document.Parsed) => void): string {
  const block = findBlock(text);
  if (!block) throw new NoFrontmatterError('the file does not start with a frontmatter block between --- lines');
  const doc = parseBlock(block);
  if (doc.errors.length > 0) throw new NoFrontmatterError(`the frontmatter cannot be read: ${doc.errors[0]?.message ?? ''}`);
  edit(doc);
  return text.slice(0, block.start) + doc.toString({ lineWidth: 0 }) + text.slice(block.end);
}

/** Why the editors' commands cannot edit a file's frontmatter, as a problem at its place. */
export function uneditableFrontmatter(path: string, text: string): Problem {
  const first = readFrontmatter(text).problems[0];
  const fix = 'fix it first (`npm run check:content` lists every problem), then run the command again';
  if (first) return { file: path, ...placeAt(text, first.line, first.column), message: `the frontmatter cannot be read: ${first.reason}`, fix };
  return { file: path, ...placeAt(text, 1), message: 'the file does not start with a frontmatter block between two --- lines', fix };
}

/** Sets a top-level field (replacing it in place, or adding it at the end); strings that look like dates stay quoted strings. */
export function setFrontmatterField(text: string, field: string, value: unknown): string {
  return editBlock(text, (doc) => doc.set(field, value));
}

/** Removes a top-level field, if present. */
export function removeFrontmatterField(text: string, field: string): string {
  return editBlock(text, (doc) => doc.delete(field));
}

/** The errata written in a file's frontmatter (none when it cannot be read). */
export function readErrata(text: string): { date: string; note: string }[] {
  const errata = readFrontmatter(text).data.errata;
  return Array.isArray(errata) ? (errata as { date: string; note: string }[]) : [];
}

/** Adds an erratum (`date` as YYYY-MM-DD, `note` in the file's language) at the end of the file's `errata:` list. */
export function addErratum(text: string, date: string, note: string): string {
  return setFrontmatterField(text, 'errata', [...readErrata(text), { date, note }]);
}
