import { describe, expect, test } from 'vitest';
import { changesOfMeaning } from '~/lib/content/erratum-scope';

const file = (body: string, extra = '') => `---\ntitle: Privacy\nstatus: published\n${extra}---\n\n${body}\n`;
const BODY = 'We store accounting data for 3 years. You can request deletion at any time: write to [us](mailto:post@jtec.no).\n\nThe recieve form is at [jtec.no](https://jtec.no).';

describe('what an erratum may change', () => {
  test.each([
    ['a misspelt word (two letters swapped)', BODY.replace('recieve', 'receive')],
    ['a change of case', BODY.replace('The recieve', 'the recieve')],
    ['punctuation', BODY.replace('any time:', 'any time —')],
    ['the errata list the command writes', BODY],
  ])('accepts %s', (_, corrected) => {
    expect(changesOfMeaning(file(BODY), file(corrected, 'errata:\n  - date: "2026-12-02"\n    note: Typo.\n'))).toEqual([]);
  });

  test.each([
    ['a number', BODY.replace('3 years', '50 years'), /"3" → "50"/, 'it changes a number or date'],
    ['a negation', BODY.replace('You can request', 'You cannot request'), /"can" → "cannot"/, 'it changes a negation'],
    ['an added "not"', BODY.replace('You can request', 'You can not request'), /"" → "not"/, 'it adds a word'],
    ['an e-mail address', BODY.replace('post@jtec.no', 'p0st@jtec.no'), /post@jtec.no/, 'it changes an address'],
    ['a link target', BODY.replace('(https://jtec.no)', '(https://jtec.example)'), /https:\/\/jtec.no/, 'it changes an address'],
    ['a different word', BODY.replace('accounting', 'marketing'), /"accounting" → "marketing"/, 'it replaces a word by another word'],
    ['a short word', BODY.replace('for 3', 'per 3'), /"for" → "per"/, 'it replaces a short word, which changes its meaning'],
    ['a removed sentence', BODY.replace(' You can request deletion at any time: write to [us](mailto:post@jtec.no).', ''), /You can request/, 'it removes a word'],
  ])('refuses %s', (_, corrected, change, why) => {
    const found = changesOfMeaning(file(BODY), file(corrected));
    expect(found[0]?.change).toMatch(change);
    expect(found[0]?.why).toBe(why);
    expect(found[0]?.line).toBeGreaterThan(5);
  });

  test('refuses any frontmatter change but the errata list, at its line', () => {
    expect(changesOfMeaning(file(BODY), file(BODY, 'summary: New.\n'))).toEqual([
      { line: 4, change: 'the frontmatter field "summary"', why: 'an erratum changes only the text, and the command writes the errata: list' },
    ]);
  });
});
