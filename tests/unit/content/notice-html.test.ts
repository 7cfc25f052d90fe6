import { describe, expect, test } from 'vitest';
import { renderNoticeHtml } from '~/lib/content/notice-html';
import { noticeParts, storedNotice } from '~/lib/content/notice-parts';

/*
 * A notice's text as the page gets it, rendered once when the content is loaded:
 * the same HTML the MDX build wrote (text escaped as Astro escapes it, line breaks
 * as `<br/>`, nothing between a table's rows and cells), the headings the table of contents lists, and the split the page
 * makes to draw each heading with its controls.
 */

const notice = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
const render = (body: string, path = 'content/privacy/en/2030.mdx') => renderNoticeHtml(notice(body), path);

describe('a notice rendered when the content is loaded', () => {
  test.each([
    ['a section with its id', '## 1. Who we are [#who]\n\nWe are a company.', '<h2 id="who">1. Who we are</h2>\n<p>We are a company.</p>'],
    [
      'a former id is an empty anchor inside the heading',
      '## Contact [#contact formerly: reach-us]\n\nWrite.',
      '<h2 id="contact"><span id="reach-us" class="section-alias"></span>Contact</h2>\n<p>Write.</p>',
    ],
    ['text is escaped as Astro escapes it', '## A [#a]\n\nIt\'s "x" \\< y & z > w.', '<h2 id="a">A</h2>\n<p>It&#39;s &quot;x&quot; &lt; y &amp; z &gt; w.</p>'],
    ['a line break at a backslash', '## A [#a]\n\none\\\ntwo', '<h2 id="a">A</h2>\n<p>one<br/>\ntwo</p>'],
    ['links and emphasis', '## A [#a]\n\n*a* **b** [c](https://jtec.no/?a=1&b=2)', '<h2 id="a">A</h2>\n<p><em>a</em> <strong>b</strong> <a href="https://jtec.no/?a=1&#x26;b=2">c</a></p>'],
  ])('%s', async (_name, body, html) => {
    expect((await render(body)).html).toBe(html);
  });

  test('a table gets its named region, its cells their column names, and a <br /> in a cell is a line break', async () => {
    const { html, frontmatter } = await render('## Storage [#storage]\n\n| Data | Period |\n| --- | --- |\n| Account | Until deleted<br />then 30 days |');
    expect(html).toContain(
      '<div class="table-region" role="region" tabindex="0" aria-label="Table 1 in “Storage”"><table><thead><tr><th>Data</th><th>Period</th></tr></thead><tbody><tr>',
    );
    expect(html).toContain('<td data-label="Period">Until deleted<br/>then 30 days</td>');
    expect(frontmatter).toEqual({ tables: 1 });
  });

  test('the headings the table of contents lists: level, id and the text a reader sees', async () => {
    const { headings } = await render('## 1. *Who* we are [#who formerly: old]\n\nText.\n\n### 1.1 Contact [#contact]\n\nText.');
    expect(headings).toEqual([
      { depth: 2, slug: 'who', text: '1. Who we are' },
      { depth: 3, slug: 'contact', text: '1.1 Contact' },
    ]);
  });

  test('what is off the allow-list stops the rendering with the file and line', async () => {
    await expect(render('## A [#a]\n\n<img src="https://other.example/p.png" />')).rejects.toThrow(
      /content\/privacy\/en\/2030\.mdx:7: <img> is not on the output allow-list/,
    );
  });
});

describe('the page splits the rendered HTML at its headings', () => {
  test.each([
    ['text only', '<p>a</p>', [{ heading: undefined, html: '<p>a</p>' }]],
    [
      'an introduction, a section and a subsection',
      '<p>i</p>\n<h2 id="a">A</h2>\n<p>x</p>\n<h3 id="b">B <em>b</em></h3>',
      [
        { heading: undefined, html: '<p>i</p>\n' },
        { heading: { depth: 2, id: 'a' }, html: 'A' },
        { heading: undefined, html: '\n<p>x</p>\n' },
        { heading: { depth: 3, id: 'b' }, html: 'B <em>b</em>' },
      ],
    ],
    [
      'a former id stays inside its heading',
      '<h2 id="contact"><span id="old" class="section-alias"></span>Contact</h2>',
      [{ heading: { depth: 2, id: 'contact' }, html: '<span id="old" class="section-alias"></span>Contact' }],
    ],
    ['a heading written as text is text', '<p>&lt;h2 id="x">no&lt;/h2></p>', [{ heading: undefined, html: '<p>&lt;h2 id="x">no&lt;/h2></p>' }]],
  ])('%s', (_name, html, parts) => {
    expect(noticeParts(html)).toEqual(parts);
  });

  test('the parts of a rendered notice put together again are its HTML, and every heading is a part', async () => {
    const { html, headings } = await render('Intro.\n\n## A [#a]\n\nx\n\n### B [#b]\n\n| c | d |\n| - | - |\n| 1 | 2 |');
    const parts = noticeParts(html);
    const joined = parts.map(({ heading, html: inner }) => (heading ? `<h${heading.depth} id="${heading.id}">${inner}</h${heading.depth}>` : inner)).join('');
    expect(joined).toBe(html);
    expect(parts.flatMap(({ heading }) => (heading ? [heading.id] : []))).toEqual(headings.map((heading) => heading.slug));
  });
});

describe('the page reads what the loader stored', () => {
  test.each([
    ['a text with tables', { html: '<p>a</p>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { tables: 2 } } }, 2, 1],
    ['a text without tables', { html: '<p>a</p>', metadata: { headings: [] } }, 0, 0],
  ])('%s', (_name, rendered, tables, headings) => {
    expect(storedNotice(rendered, 'privacy/en/2030.mdx')).toMatchObject({ html: '<p>a</p>', tables, headings: expect.any(Array) });
    expect(storedNotice(rendered, 'privacy/en/2030.mdx').headings).toHaveLength(headings);
  });

  test('an entry the loader did not render stops the page, naming its file', () => {
    expect(() => storedNotice(undefined, 'content/privacy/en/2030.mdx')).toThrow('content/privacy/en/2030.mdx: the text was not rendered');
  });
});
