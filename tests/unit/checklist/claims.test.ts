import { describe, expect, test } from 'vitest';
import { claimsFileParts, readClaims } from '~/lib/checklist/claims';
import { formatProblem } from '~/lib/content/rules/problem';

const PATH = 'content/privacy/2025.checklist.yaml';
const read = (text: string) => readClaims({ key: 'privacy/2025.checklist.yaml', path: PATH, text });

describe('the claim syntax: one line per section, `section-id: items separated by commas`', () => {
  test.each([
    ['one item', 'controller: 13(1)(a)', [['controller', ['13(1)(a)']]]],
    ['several items', 'legal-basis: 13(1)(c), 13(1)(d)', [['legal-basis', ['13(1)(c)', '13(1)(d)']]]],
    ['a YAML list', 'legal-basis: [13(1)(c), 13(1)(d)]', [['legal-basis', ['13(1)(c)', '13(1)(d)']]]],
    [
      'comments and blank lines',
      '# why\n\ncontroller: 13(1)(a) # the name\ncontact: 13(1)(a)\n',
      [
        ['controller', ['13(1)(a)']],
        ['contact', ['13(1)(a)']],
      ],
    ],
    ['an empty file', '# nothing tagged yet\n', []],
  ])('reads %s', (_, text, expected) => {
    const { claims, problems } = read(text);
    expect(problems).toEqual([]);
    expect(claims.map((claim) => [claim.section, claim.articles])).toEqual(expected);
  });

  test('remembers the line of each claim', () => {
    expect(read('# a comment\ncontroller: 13(1)(a)\n\nsharing: 13(1)(e)').claims.map((claim) => claim.line)).toEqual([2, 4]);
  });

  test.each([
    [
      'an unknown item',
      'controller: 13(1)(a)\nsharing: 13(3)(a)',
      2,
      /"13\(3\)\(a\)" is not an item of the GDPR checklist — use one of the checklist's article references: 13\(1\)\(a\), /,
    ],
    [
      '"Art." before the reference',
      'sharing: Art. 13(1)(e)',
      1,
      /"Art\. 13\(1\)\(e\)" is not written the way the checklist writes it — write 13\(1\)\(e\)$/,
    ],
    ['spaces inside the reference', 'sharing: 13 (1) (e)', 1, /— write 13\(1\)\(e\)$/],
    ['a capital letter', 'sharing: 13(1)(E)', 1, /— write 13\(1\)\(e\)$/],
    [
      'nothing after the colon',
      'a: 13(1)(a)\nsharing:',
      2,
      /the section "sharing" claims no checklist item — write the items it covers after the colon/,
    ],
    ['a number instead of a reference', 'sharing: 13', 1, /the section "sharing" claims no checklist item/],
    ['an item twice', 'sharing: 13(1)(e), 13(1)(e)', 1, /claims 13\(1\)\(e\) twice — write 13\(1\)\(e\) once/],
    ['a comma at the end', 'sharing: 13(1)(e),', 1, /has an empty item .* — remove the extra comma/],
    [
      'a section written twice',
      'sharing: 13(1)(e)\nretention: 13(2)(a)\nsharing: 13(1)(a)',
      3,
      /cannot be read: .*unique.* — write one line per section/,
    ],
    ['broken YAML', 'sharing: [13(1)(e)\nretention: 13(2)(a)', 2, /the checklist file cannot be read: /],
    ['a list instead of lines', '- 13(1)(e)', 1, /the file is not a list of `field: value` lines/],
  ])('%s is a file:line:column problem with a fix, quoting the text', (_, text, line, message) => {
    const { problems } = read(text);
    const firstLine = (problem: (typeof problems)[number]) => formatProblem(problem).split('\n')[0] ?? '';
    expect(problems.map(firstLine)).toContainEqual(expect.stringMatching(message));
    const problem = problems.find((candidate) => message.test(firstLine(candidate)));
    expect(problem?.line).toBe(line);
    expect(firstLine(problem!)).toMatch(new RegExp(`^${PATH.replace(/\./g, '\\.')}:${line}:\\d+: .+ — .+`));
    expect(problem?.quote).toBeTruthy();
    const there = text.split('\n')[line - 1] ?? '';
    expect(there.slice((problem?.column ?? 1) - 1).startsWith(problem?.quote ?? '-')).toBe(true);
  });

  test.each([
    ['privacy/2025.checklist.yaml', { document: 'privacy', version: '2025' }],
    ['privacy/2026-03.checklist.yaml', { document: 'privacy', version: '2026-03' }],
    ['privacy/nb/2025.checklist.yaml', undefined],
    ['privacy/2025.checklist.yml', undefined],
    ['2025.checklist.yaml', undefined],
  ])('claimsFileParts(%s)', (key, parts) => {
    expect(claimsFileParts(key)).toEqual(parts);
  });
});
