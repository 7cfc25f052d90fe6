import { describe, expect, test } from 'vitest';
import { LOCALES } from '~/i18n/locales';
import { articleLabel, CHECKLIST, checklistItem, checklistSchema } from '~/lib/checklist/checklist';
import data from '~/lib/checklist/gdpr-checklist.json';

describe('the GDPR checklist data file', () => {
  test('holds exactly the disclosures of Art. 13(1)(a)–(f), 13(2)(a)–(f), 14(1)(d) and 14(2)(f), in the order of the regulation', () => {
    const expected = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((point) => `13(1)(${point})`),
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((point) => `13(2)(${point})`),
      '14(1)(d)',
      '14(2)(f)',
    ];
    expect(CHECKLIST.map((item) => item.article)).toEqual(expected);
  });

  test.each(CHECKLIST.map((item) => [item.article, item] as const))(
    '%s has an article reference and one line in every language',
    (_, item) => {
      expect(item.article).toMatch(/^1[34]\(\d\)\([a-f]\)$/);
      for (const locale of LOCALES) {
        expect(item.description[locale].trim().length).toBeGreaterThan(10);
        expect(item.description[locale]).not.toMatch(/\n/);
        if (item.applies === 'when') expect(item.condition[locale]).toMatch(locale === 'nb' ? /^når / : /^when /);
      }
    },
  );

  test('the items that always apply are those the regulation does not make conditional', () => {
    const always = CHECKLIST.filter((item) => item.applies === 'always').map((item) => item.article);
    expect(always).toEqual(['13(1)(a)', '13(1)(c)', '13(2)(a)', '13(2)(b)', '13(2)(d)', '13(2)(e)']);
  });

  test.each([
    ['a missing English line', (items: typeof data.items) => ({ ...items[0], description: { nb: items[0]?.description.nb } })],
    ['a blank Norwegian line', (items: typeof data.items) => ({ ...items[0], description: { nb: ' ', en: 'x' } })],
    ['no article reference', (items: typeof data.items) => ({ ...items[0], article: undefined })],
    ['an article written another way', (items: typeof data.items) => ({ ...items[0], article: 'Art. 13(1)(a)' })],
    ['a condition missing on a conditional item', (items: typeof data.items) => ({ ...items[1], condition: undefined })],
  ])('the schema refuses %s', (_, broken) => {
    const items = [broken(data.items), ...data.items.slice(1)];
    expect(checklistSchema.safeParse({ ...data, items }).success).toBe(false);
  });

  test('the schema refuses an article listed twice', () => {
    expect(checklistSchema.safeParse({ ...data, items: [...data.items, data.items[0]] }).success).toBe(false);
  });

  test.each([
    ['13(2)(d)', 'nb', 'art. 13 nr. 2 bokstav d'],
    ['13(2)(d)', 'en', 'Art. 13(2)(d)'],
    ['14(1)(d)', 'nb', 'art. 14 nr. 1 bokstav d'],
  ] as const)('articleLabel(%s, %s) is "%s"', (article, locale, label) => {
    expect(articleLabel(article, locale)).toBe(label);
  });

  test('checklistItem finds an item by its reference, and nothing for another', () => {
    expect(checklistItem('13(2)(d)')?.description.en).toMatch(/complaint/);
    expect(checklistItem('13(3)')).toBeUndefined();
  });
});
