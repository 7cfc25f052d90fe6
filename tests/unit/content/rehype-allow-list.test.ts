import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { siteRehypePlugins, siteRemarkPlugins } from '~/lib/content/processor';

/** Compiles MDX with the site's own plugins, as Astro's MDX integration does (GitHub Markdown, then ours). */
const build = (body: string) =>
  compile({ value: `## Tittel [#title]\n\n${body}\n`, path: 'content/privacy/nb/2030.mdx' }, {
    remarkPlugins: [remarkGfm, ...siteRemarkPlugins],
    rehypePlugins: siteRehypePlugins,
  });

describe('the build’s allow-list step refuses, and never strips', () => {
  test.each([
    ['Tekst.[^1]\n\n[^1]: Fotnote.', /<sup> is not on the output allow-list/],
    ['- [x] Vi selger dataene dine', /<input> is not on the output allow-list/],
    ['<img src="https://other.example/p.png" />', /<img> is not on the output allow-list/],
    ['[x](javascript:alert(1))', /the href attribute of <a> \("javascript:alert\(1\)"\) is not on the output allow-list/],
    ['Tekst {1 + 1}.', /code is not on the output allow-list/],
    ['<br />', /<br> is not on the output allow-list/],
  ])('%j stops the build with its line', async (body, message) => {
    await expect(build(body)).rejects.toThrow(message);
    await expect(build(body)).rejects.toThrow(/content\/privacy\/nb\/2030\.mdx:3: /);
  });

  test('the notice’s own shapes compile: sections, former ids, lists, links, tables with <br /> in a cell', async () => {
    const body = '## Ny [#new formerly: old]\n\n*a* **b** [c](https://jtec.no) [d](#title)\\\nlinje\n\n1. en\n\n| a | b |\n| :- | -: |\n| x<br />y | z |';
    await expect(build(body)).resolves.toBeDefined();
  });
});
