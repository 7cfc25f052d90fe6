/*
 * The page's side of notice-html.ts: the stored HTML of a version, split at its
 * section headings, so that each heading is drawn with its controls and history
 * line (SectionHeading.astro) and the rest is written as it was rendered.
 */

import type { MarkdownHeading } from 'astro';
import type { TableFrontmatter } from '~/rehype/table-regions';

/** A version's text as the loader stored it (notice-loader.ts): its HTML, its headings and its number of tables. */
export interface StoredNotice {
  html: string;
  headings: MarkdownHeading[];
  tables: number;
}

/**
 * Reads what the loader stored in an entry's `rendered` (Astro types its metadata loosely);
 * throws, naming the file, when the entry was not rendered.
 */
export function storedNotice(rendered: { html: string; metadata?: Record<string, unknown> } | undefined, file: string): StoredNotice {
  if (!rendered) throw new Error(`${file}: the text was not rendered when the content was loaded`);
  const { headings = [], frontmatter = {} } = (rendered.metadata ?? {}) as { headings?: MarkdownHeading[]; frontmatter?: TableFrontmatter };
  return { html: rendered.html, headings, tables: frontmatter.tables ?? 0 };
}

/** A run of a notice's HTML: a section heading (its id, level and inner HTML), or what lies between headings. */
export type NoticePart = { heading: { depth: 2 | 3; id: string }; html: string } | { heading: undefined; html: string };

// `renderNoticeHtml` (notice-html.ts) writes each heading as `<h2 id="…">…</h2>`, and text never holds an unescaped `<`:
// every `<h2`/`<h3` in its output is a heading, and nothing inside a heading closes it early.
const HEADING = /<h([23]) id="([^"]*)">([\s\S]*?)<\/h\1>/g;

/** Splits a notice's HTML at its headings, so that the page can draw each heading with its controls (SectionHeading.astro). */
export function noticeParts(html: string): NoticePart[] {
  const parts: NoticePart[] = [];
  let last = 0;
  for (const match of html.matchAll(HEADING)) {
    const [whole, depth, id = '', inner = ''] = match;
    if (match.index > last) parts.push({ heading: undefined, html: html.slice(last, match.index) });
    parts.push({ heading: { depth: depth === '2' ? 2 : 3, id }, html: inner });
    last = match.index + whole.length;
  }
  if (last < html.length) parts.push({ heading: undefined, html: html.slice(last) });
  return parts;
}
