import { describe, expect, test } from 'vitest';
import { renderNoticeHtml } from '~/lib/content/notice-html';

/** Renders a notice's text as the build does when it loads the content (the site's processor, then its rehype steps). */
const build = (body: string) => renderNoticeHtml(`## Tittel [#title]\n\n${body}\n`, 'content/privacy/nb/2030.mdx');

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
