import { createProcessor } from '@mdx-js/mdx';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { ALLOW_LIST } from '~/lib/content/allow-list';
import { bodyOf } from '~/lib/content/erratum-scope';
import { siteRemarkPlugins } from '~/lib/content/processor';

/*
 * The page a source becomes, rendered by MDX itself (the compiler Astro uses, with
 * GitHub Markdown and the site's remark plugins, but without our allow-list step),
 * written out as HTML and read back as a browser parses it: what the fuzz run
 * holds against the allow-list, independently of the check's own verdict.
 */

class Captured extends Error {
  constructor(readonly tree: Root) {
    super('captured');
  }
}
const capture: Plugin<[], Root> = () => (tree) => {
  throw new Captured(tree);
};
const processor = createProcessor({ remarkPlugins: [remarkGfm, ...siteRemarkPlugins], rehypePlugins: [capture] });

/** The rendered HTML of an MDX source (its frontmatter left out, as Astro reads it separately). */
export async function renderPage(text: string): Promise<string> {
  const file = new VFile({ value: bodyOf(text).body });
  try {
    await processor.run(processor.parse(file) as never, file);
  } catch (error) {
    if (!(error instanceof Captured)) throw error;
    const toElement = (node: Nodes): Nodes => {
      if (node.type === ('mdxJsxTextElement' as string) || node.type === ('mdxJsxFlowElement' as string)) {
        const jsx = node as unknown as { name: string; attributes: { name: string; value: unknown }[] };
        const properties = Object.fromEntries(jsx.attributes.map((attribute) => [attribute.name, String(attribute.value)]));
        return { type: 'element', tagName: jsx.name, properties, children: [] };
      }
      if (!['root', 'element', 'text', 'comment', 'doctype'].includes(node.type)) return { type: 'element', tagName: `unknown-${node.type}`, properties: {}, children: [] };
      return 'children' in node ? ({ ...node, children: node.children.map(toElement) } as Nodes) : node;
    };
    return toHtml(toElement(error.tree) as Root);
  }
  throw new Error('the page was not rendered');
}

const allowedValues = (tag: string, property: string): readonly unknown[] | true | undefined => {
  for (const entry of ALLOW_LIST.attributes?.[tag] ?? []) {
    if (entry === property) return true;
    if (Array.isArray(entry) && entry[0] === property) return entry.length > 1 ? entry.slice(1) : true;
  }
  return undefined;
};

/** Every element or attribute of rendered HTML, read back as a browser would, that is outside the allow-list. */
export function violations(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const element = node as Element;
      if (!ALLOW_LIST.tagNames?.includes(element.tagName)) found.push(`<${element.tagName}>`);
      for (const [name, value] of Object.entries(element.properties)) {
        const allowed = allowedValues(element.tagName, name);
        const values = Array.isArray(value) ? value : [value];
        if (!allowed || (allowed !== true && values.some((one) => !allowed.includes(one)))) found.push(`<${element.tagName} ${name}="${String(value)}">`);
        if (name === 'href' && !/^(?:https:\/\/|mailto:|tel:|#)/.test(String(value))) found.push(`<a href="${String(value)}">`);
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}
