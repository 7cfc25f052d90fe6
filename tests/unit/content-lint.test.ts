import { describe, expect, test } from 'vitest';
import { lintSource } from '~/lib/content/lint';

const wrap = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;

describe('the agreed MDX style', () => {
  test.each([
    ['## Tittel [#title]\n\nTekst med [lenke](https://jtec.no) og [e-post](mailto:a@b.no).\n\n- en\n- to'],
    ['## Tittel [#title formerly: old]\n\n### Under [#sub]\n\n1. en\n2. to'],
    ['Linje én\\\nlinje to'],
  ])('accepts plain, well-formed Markdown (%#)', async (body) => {
    expect(await lintSource(wrap(body))).toEqual([]);
  });

  // Each finding covers exactly the text it is about: the check quotes it (rules/place.ts).
  test.each([
    ['Se https://jtec.no nå.', 5, /^a web address is written as bare text$/, 'https://jtec.no'],
    ['1) en\n2) to', 5, /numbered list uses "\)"/, ') en'],
    [
      'Se [vilkårene] for mer. [a](https://jtec.no) [b](https://jtec.no)',
      5,
      /square brackets looks like a link but goes nowhere/,
      '[vilkårene]',
    ],
    ['- en\n*  to', 6, /list item has the wrong spacing|list item/, undefined],
    ['Skriv til post@jtec.no i dag.', 5, /^an e-mail address is written as bare text$/, 'post@jtec.no'],
    ['***\n\n---', 7, /^horizontal rules are written differently$/, '---'],
  ])('flags %j on line %i', async (body, line, message, quote) => {
    const findings = await lintSource(wrap(body));
    const finding = findings.find((candidate) => message.test(candidate.message));
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.line).toBe(line);
    expect(finding?.column).toBeGreaterThan(0);
    expect(finding?.fix.length).toBeGreaterThan(10);
    if (quote === undefined) return;
    const from = (finding?.column ?? 1) - 1;
    const length = finding?.length;
    const typed = wrap(body).split('\n')[line - 1] ?? '';
    expect(typed.slice(from, length === undefined ? undefined : from + length)).toBe(quote);
  });
});
