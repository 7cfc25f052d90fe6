import { describe, expect, test } from 'vitest';
import { placeAt, placeAtOffset, placeOfField, placeOfSection, placeOfText } from '~/lib/content/rules/place';

const TEXT = ['---', 'title: Personvern', 'status: draft', '---', '', 'Se [kontakt](#kontakt) i dag.', '', `${'Lang '.repeat(20)}slutt`, ''].join('\n');

describe('where a problem is, and the text it quotes', () => {
  test.each([
    ['a column: the rest of the line', [6, 4], { line: 6, column: 4, quote: '[kontakt](#kontakt) i dag.' }],
    ['a column and a length: that text only', [6, 4, 19], { line: 6, column: 4, quote: '[kontakt](#kontakt)' }],
    ['the end of a line: the text before it', [6, 40], { line: 6, column: 1, quote: 'Se [kontakt](#kontakt) i dag.' }],
    ['an empty line: the next line with text', [5, 1], { line: 6, column: 1, quote: 'Se [kontakt](#kontakt) i dag.' }],
    ['the empty end of the file: the last text', [9, 1], { line: 8, column: 51, quote: `${'Lang '.repeat(10)}slutt` }],
    ['a long line: shortened with …', [8, 1], { line: 8, column: 1, quote: `${'Lang '.repeat(12).trimEnd()}…` }],
  ] as const)('placeAt: %s', (_, [line, column, length], place) => {
    expect(placeAt(TEXT, line, column, length)).toEqual(place);
  });

  test('placeAtOffset counts lines and columns from a string index', () => {
    expect(placeAtOffset(TEXT, TEXT.indexOf('#kontakt'), '#kontakt'.length)).toEqual({ line: 6, column: 14, quote: '#kontakt' });
  });

  test('placeOfText finds a text from a line on; undefined when it is not there', () => {
    expect(placeOfText(TEXT, 'draft', 2)).toEqual({ line: 3, column: 9, quote: 'draft' });
    expect(placeOfText(TEXT, 'title', 3)).toBeUndefined();
  });

  test('a missing frontmatter field goes before the closing ---; the introduction starts after it', () => {
    const fieldLines = new Map([['status', 3]]);
    expect(placeOfField({ text: TEXT, fieldLines }, 'status')).toEqual({ line: 3, column: 1, quote: 'status: draft' });
    expect(placeOfField({ text: TEXT, fieldLines }, 'summary')).toEqual({ line: 4, column: 1, quote: '---' });
    expect(placeOfSection(TEXT, {})).toEqual({ line: 6, column: 1, quote: 'Se [kontakt](#kontakt) i dag.' });
  });
});
