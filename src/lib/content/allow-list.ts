import type { Element, Nodes, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

/*
 * What a notice may put on the page, written once as a `hast-util-sanitize`
 * schema and judged on the rendered tree (MDX → mdast → hast), not on the typed
 * source. The content check reports every element or attribute outside it at its
 * line; the build's rehype step (src/rehype/allow-list.ts) refuses the same and
 * never strips anything silently.
 *
 * Allowed, and why:
 * - h2, h3 with `id`: sections and subsections, with their stable ids;
 * - p, ul, ol (with `start`, for a list that continues a count), li: running text and lists;
 * - a with `href`: links (each address is then judged by the URL rule, as rendered);
 * - em, strong: emphasis;
 * - table, thead, tbody, tr, th, td (with `align`): tables, which real notices use for
 *   retention periods and processors;
 * - br: a line break (a backslash at the end of a line; `<br />` only inside a table cell,
 *   where Markdown has no other way);
 * - span with `id` and the class `section-alias`: the empty anchor our own section-id
 *   plugin writes for a section's former id, so that old links still land.
 */
export const ALLOW_LIST: Schema = {
  tagNames: ['h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'span'],
  attributes: {
    h2: ['id'],
    h3: ['id'],
    ol: ['start'],
    a: ['href'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    span: ['id', ['className', 'section-alias']],
  },
  protocols: { href: ['https', 'mailto', 'tel'] },
  ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  required: {},
  clobber: [],
  clobberPrefix: '',
  strip: [],
};

/** The MDX node types that remark-rehype passes through untouched: what editors typed as JSX or code. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** The one JSX element an editor may write, and where: a line break inside a table cell. */
const CELL_BREAK = 'br';

/** One thing on the rendered page that is not on the allow-list, at its place in the source. */
export interface Disallowed {
  line: number | undefined;
  column: number | undefined;
  /** What it is: an element (`sup`), an attribute (`a[title]`), JSX (`<b>`) or code. */
  what: string;
  kind: 'element' | 'attribute' | 'jsx' | 'code';
  tagName?: string;
  attribute?: string;
  /** The attribute's value as rendered, for attributes; an image's address, for images. */
  value?: string;
}

interface MdxJsxLike {
  type: string;
  name?: string | null;
  attributes?: unknown[];
  children?: unknown[];
}

/** The element as the allow-list leaves it (undefined when refused as a whole), judged without its children. */
function sanitizedElement(element: Element): Element | undefined {
  const alone: Root = { type: 'root', children: [{ ...element, children: [] }] };
  // Ancestor rules (cells only inside tables) are judged by the walk, one element at a time here.
  const result = sanitize(alone, { ...ALLOW_LIST, ancestors: {} });
  const first = result.type === 'root' ? result.children[0] : undefined;
  return first?.type === 'element' && first.tagName === element.tagName ? first : undefined;
}

const propertyText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

/** Whether a JSX element is the allowed `<br />`: no attributes, no children, inside a table cell. */
function isCellBreak(node: MdxJsxLike, ancestors: readonly string[]): boolean {
  return node.name === CELL_BREAK && (node.attributes?.length ?? 0) === 0 && (node.children?.length ?? 0) === 0 && ancestors.some((a) => a === 'td' || a === 'th');
}

/**
 * Everything in a rendered tree that is outside the allow-list: elements and their
 * attributes, JSX elements and `{code}`. A refused element is reported once, not
 * its contents again. Nodes that remark-rehype adds without a place in the source
 * (a task list's checkbox, the footnotes' section) are reported at their nearest
 * placed ancestor.
 */
export function findDisallowed(tree: Root | Nodes): Disallowed[] {
  const found: Disallowed[] = [];
  // The list's verdict depends only on the tag and its attributes: a notice repeats the same few (p, li, a …) thousands of times.
  const verdicts = new Map<string, Element | undefined>();
  const verdict = (element: Element) => {
    const key = `${element.tagName} ${JSON.stringify(element.properties)}`;
    if (!verdicts.has(key)) verdicts.set(key, sanitizedElement(element));
    return verdicts.get(key);
  };
  type Place = { line: number | undefined; column: number | undefined };
  const walk = (node: Nodes | MdxJsxLike, ancestors: readonly string[], outer: Place) => {
    const position = node.type === 'root' ? undefined : (node as Element).position?.start;
    const place: Place = position ? { line: position.line, column: position.column } : outer;
    const type = node.type;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as MdxJsxLike;
      if (!isCellBreak(jsx, ancestors)) found.push({ ...place, what: `<${jsx.name ?? ''}>`, kind: 'jsx', tagName: jsx.name ?? '' });
      return;
    }
    if (type === 'raw') {
      // Raw HTML exists only when a file MDX could not read is read as plain Markdown: report opening tags.
      const name = /^<([a-z][\w.:-]*)/i.exec((node as { value: string }).value)?.[1];
      if (name) found.push({ ...place, what: `<${name}>`, kind: 'jsx', tagName: name });
      return;
    }
    if ((MDX_NODE_TYPES as readonly string[]).includes(type)) {
      found.push({ ...place, what: 'code', kind: 'code' });
      return;
    }
    let inside = ancestors;
    if (type === 'element') {
      const element = node as Element;
      const kept = verdict(element);
      const misplaced = (ALLOW_LIST.ancestors?.[element.tagName] ?? []).length > 0 && !ancestors.includes('table');
      if (!kept || misplaced) {
        const src = typeof element.properties.src === 'string' ? { value: element.properties.src } : {};
        found.push({ ...place, what: `<${element.tagName}>`, kind: 'element', tagName: element.tagName, ...src });
        return;
      }
      for (const [name, value] of Object.entries(element.properties)) {
        if (value === undefined || value === null || value === false) continue;
        const keptValue = kept.properties[name];
        if (keptValue !== undefined && propertyText(keptValue) === propertyText(value)) continue;
        const what = `the ${name} attribute of <${element.tagName}>`;
        found.push({ ...place, what, kind: 'attribute', tagName: element.tagName, attribute: name, value: propertyText(value) });
      }
      inside = [...ancestors, element.tagName];
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Nodes[]) walk(child, inside, place);
  };
  walk(tree, [], { line: undefined, column: undefined });
  return found;
}
