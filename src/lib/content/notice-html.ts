import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { siteRehypePlugins } from './processor';
import { parseSource } from './read-source';
import { renderedTree } from './rendered';

/*
 * A notice's text as HTML, made once per version when the content is loaded
 * (src/lib/content/notice-loader.ts) rather than compiled into a JavaScript module
 * per version: with a hundred versions those modules, bundled and imported by the
 * build, held more memory than everything else. The reading is the site's one MDX
 * processor (read-source.ts, with the section ids) and the site's rehype steps
 * (the output allow-list, which throws, and the table regions), so the page says
 * what the content check judged.
 */

/** A version's text as the page shows it. */
export interface NoticeHtml {
  /** The frontmatter as written (not yet validated). */
  data: Record<string, unknown>;
  html: string;
  /** The headings in order, as Astro lists them for a page (the table of contents reads them). */
  headings: MarkdownHeading[];
  /** What the rehype steps tell the page (the number of tables: src/rehype/table-regions.ts). */
  frontmatter: Record<string, unknown>;
}

// Astro's own heading collector, as its MDX integration ran it: the table of contents keeps its texts.
const rehype = unified().use(siteRehypePlugins).use(rehypeHeadingIds);

// What Astro's renderer escapes in text (`escapeHTML` in astro/runtime/server/escape.js): with the
// same escapes, and line breaks written `<br/>` as its JSX renderer wrote them, the pages stay byte
// for byte what the MDX build wrote.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const escapeText = (text: string) => text.replace(/[&<>'"]/g, (character) => TEXT_ESCAPES[character] ?? character);

/**
 * Renders a notice version's MDX source to its HTML. Throws, naming the file and
 * line, when the text cannot be read or puts anything outside the allow-list on
 * the page (the content check reports the same, in editors' words, before Astro starts).
 */
export async function renderNoticeHtml(text: string, path: string): Promise<NoticeHtml> {
  const { file, data, tree } = await parseSource(text, path);
  file.data.astro = { frontmatter: {} };
  const hast = (await rehype.run(renderedTree(tree), file)) as Root;
  visit(hast, (node, index, parent) => {
    if (parent === undefined || index === undefined) return CONTINUE;
    // The allow-list has let through one piece of JSX: `<br />` in a table cell, which MDX rendered as <br>.
    if (node.type === 'mdxJsxTextElement') {
      const lineBreak: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };
      parent.children[index] = lineBreak;
      return SKIP;
    }
    if (node.type !== 'text') return CONTINUE;
    // MDX wrote no line breaks between a table's rows and cells (whitespace there is not text in HTML).
    if (parent.type === 'element' && TABLE_PARTS.has(parent.tagName) && node.value.trim() === '') {
      parent.children.splice(index, 1);
      return index;
    }
    parent.children[index] = { type: 'raw', value: escapeText(node.value) };
    return CONTINUE;
  });
  const astro = file.data.astro;
  return { data, html: toHtml(hast, { allowDangerousHtml: true, closeSelfClosing: true, tightSelfClosing: true }), headings: astro.headings ?? [], frontmatter: astro.frontmatter ?? {} };
}
