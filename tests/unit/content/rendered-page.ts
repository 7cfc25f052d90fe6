import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ALLOW_LIST } from '~/lib/content/allow-list';
import { renderNoticeHtml } from '~/lib/content/notice-html';

/*
 * The page a source becomes, rendered as the build renders it (notice-html.ts), then
 * read back as a browser parses the HTML: what the fuzz run holds against the
 * allow-list, independently of the check's own verdict and of the build's own
 * allow-list step (which throws, and is then a failure of its own).
 */

/** The rendered HTML of an MDX source at `path` (`content/{document}/{language}/{version}.mdx`). */
export async function renderPage(text: string, path: string): Promise<string> {
  try {
    return (await renderNoticeHtml(text, path)).html;
  } catch (error) {
    throw new Error(`${path} passed the check but the build refuses it: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
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
