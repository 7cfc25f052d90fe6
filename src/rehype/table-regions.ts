import type { Element, ElementContent, Root } from 'hast';
import { basename, dirname } from 'node:path';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { interpolate, useTranslations } from '~/i18n';
import { isLocale } from '~/i18n/locales';

/** The class of the region around each table; src/styles/tables.css lays it out. */
export const TABLE_REGION_CLASS = 'table-region';

/** What the page learns from this step (the rendered entry's `metadata.frontmatter`): how many tables it has. */
export interface TableFrontmatter {
  tables?: number;
}

/** The text of an element, as a screen reader reads a heading. */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The language of a notice file, from its folder: `content/{document}/{language}/{version}.mdx`. */
function localeOfFile(path: string | undefined) {
  const folder = path ? basename(dirname(path)) : '';
  if (!isLocale(folder))
    throw new Error(
      `${path ?? 'a notice'}: a table needs the language of its file to be named — keep notices in content/{document}/nb/ or …/en/`,
    );
  return folder;
}

/** Gives each body cell its column's name (`data-label`), which a phone shows before the value (src/styles/tables.css). */
function labelCells(table: Element): void {
  const rows: Element[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'tr') rows.push(node);
  });
  const [header, ...body] = rows;
  const names = (header?.children ?? []).filter((cell) => cell.type === 'element').map((cell) => textOf(cell).trim());
  for (const row of body) {
    const cells = row.children.filter((cell) => cell.type === 'element');
    cells.forEach((cell, column) => {
      if (names[column]) cell.properties.dataLabel = names[column];
    });
  }
}

/**
 * Wraps every table of a notice in a named region that scrolls sideways on its own
 * and can be reached with the keyboard, so that a table wider than a phone scrolls
 * inside itself instead of squeezing its columns or widening the page; on a phone
 * each row is shown as a card, with every cell labelled by its column. The region's
 * name is the one the diff gives the same table ("Table 1 in “3. Payment data”").
 * It runs after the allow-list step: the wrapper is the site's own markup, which
 * editors cannot write. The number of tables is handed to the page, which loads the
 * tables' stylesheet only when there is one (the first view of a notice without
 * tables stays as small as it is).
 */
export const rehypeTableRegions: Plugin<[], Root> = () => (tree, file) => {
  let tables = 0;
  let section = { title: '', tables: 0 };
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'h2' || node.tagName === 'h3') section = { title: textOf(node).trim(), tables: 0 };
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
    const t = useTranslations(localeOfFile(file.path));
    section.tables += 1;
    tables += 1;
    labelCells(node);
    const name = interpolate(t('table.name'), { n: section.tables, section: section.title || t('diff.intro') });
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: [TABLE_REGION_CLASS], role: 'region', tabIndex: 0, ariaLabel: name },
      children: [node],
    };
    return SKIP;
  });
  if (tables === 0) return;
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...astro.frontmatter, tables } satisfies TableFrontmatter;
};
