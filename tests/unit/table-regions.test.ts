import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { createMdxProcessor } from '~/lib/content/processor';
import { rehypeTableRegions } from '~/rehype/table-regions';

/** The notice's Markdown as the site renders it: the site's remark plugins, then the table step, for a file at `path`. */
async function render(markdown: string, path = 'content/privacy/en/2030.mdx') {
  const processor = createMdxProcessor();
  const file = new VFile({ path, value: markdown });
  const tree = toHast((await processor.run(processor.parse(file), file)) as MdastRoot) as Root;
  const transform = rehypeTableRegions.call(undefined as never) as (tree: Root, file: VFile) => void;
  transform(tree, file);
  return { html: toHtml(tree), tables: file.data.astro?.frontmatter?.tables as number | undefined };
}

const table = '| Data | Period |\n| --- | --- |\n| Orders | Five years |';
const regionNames = (html: string) =>
  [...html.matchAll(/<div class="table-region" role="region" tabindex="0" aria-label="([^"]*)">/g)].map((m) => m[1]);

describe('each table of a notice gets a named region that the keyboard can reach', () => {
  test.each([
    ['one table in a section', `## 3. Payment data [#payment]\n\n${table}`, 'en', ['Table 1 in “3. Payment data”']],
    [
      'two tables in a section are told apart',
      `## Retention [#retention]\n\n${table}\n\n${table}`,
      'en',
      ['Table 1 in “Retention”', 'Table 2 in “Retention”'],
    ],
    [
      'a subsection names its own tables',
      `## Sharing [#sharing]\n\n${table}\n\n### Processors [#processors]\n\n${table}`,
      'en',
      ['Table 1 in “Sharing”', 'Table 1 in “Processors”'],
    ],
    ['a table before the first heading', table, 'en', ['Table 1 in “Introduction”']],
    [
      'in Norwegian, from the file’s folder',
      `## 7. Lagringstid [#retention formerly: storage]\n\n${table}`,
      'nb',
      ['Tabell 1 i «7. Lagringstid»'],
    ],
  ])('%s', async (_case, markdown, locale, names) => {
    const { html, tables } = await render(markdown, `content/privacy/${locale}/2030.mdx`);
    expect(regionNames(html)).toEqual(names);
    expect(tables).toBe(names.length);
  });
});

describe('the cells of the body carry their column’s name, which a phone shows', () => {
  test.each([
    ['plain header cells', table, ['Data', 'Period']],
    [
      'a header with emphasis and a link: its words only',
      '| *Data* | [Period](https://jtec.no) |\n| --- | --- |\n| Orders | Five years |',
      ['Data', 'Period'],
    ],
    ['an empty header cell gives no label', '|  | Period |\n| --- | --- |\n| Orders | Five years |', [undefined, 'Period']],
  ])('%s', async (_case, markdown, labels) => {
    const { html } = await render(markdown);
    const cells = [...html.matchAll(/<td(?: data-label="([^"]*)")?>/g)].map((m) => m[1]);
    expect(cells).toEqual(labels);
    expect(html).not.toMatch(/<th[^>]*data-label/);
  });
});

test('a text without tables is left as it is, and tells the page it has none', async () => {
  const { html, tables } = await render('## Contact [#contact]\n\nWrite to us.');
  expect(html).not.toContain('table-region');
  expect(tables).toBeUndefined();
});

test('a file outside a language folder is refused with the place to put it', async () => {
  await expect(render(table, 'notes/2030.mdx')).rejects.toThrow(
    /notes\/2030\.mdx: a table needs the language of its file.*content\/\{document\}\/nb\//,
  );
});
