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

  test.each([
    ['Se https://jtec.no nå.', 5, /web address is written as bare text/],
    ['1) en\n2) to', 5, /numbered list uses "\)"/],
    ['Se [vilkårene] for mer.', 5, /square brackets looks like a link but goes nowhere/],
    ['- en\n*  to', 6, /list item has the wrong spacing|list item/],
    ['Skriv til post@jtec.no i dag.', 5, /^an e-mail address is written as bare text: "post@jtec.no"$/],
    ['***\n\n---', 7, /^horizontal rules are written differently: "---"$/],
  ])('flags %j on line %i', async (body, line, message) => {
    const findings = await lintSource(wrap(body));
    const finding = findings.find((candidate) => message.test(candidate.message));
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.line).toBe(line);
    expect(finding?.column).toBeGreaterThan(0);
    expect(finding?.fix.length).toBeGreaterThan(10);
  });
});
