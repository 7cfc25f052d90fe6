import { describe, expect, test } from 'vitest';
import { dictionaries } from '~/i18n';
import { citationText, splitHeadingNumber } from '~/lib/versions/citation';

describe('splitHeadingNumber', () => {
  test.each([
    { heading: '6. Lagring og sletting', number: '6', words: 'Lagring og sletting' },
    { heading: '3.1 Lagringstid', number: '3.1', words: 'Lagringstid' },
    { heading: '  10.  Changes to this notice ', number: '10', words: 'Changes to this notice' },
    { heading: 'Kontakt', number: undefined, words: 'Kontakt' },
    { heading: '2025 in review', number: undefined, words: '2025 in review' },
  ])('$heading', ({ heading, number, words }) => {
    expect(splitHeadingNumber(heading)).toEqual({ number, words });
  });
});

describe('citationText', () => {
  const url = 'https://jtec.no/nb/personvern/versjoner/2025/#retention';
  test.each([
    {
      locale: 'nb' as const,
      heading: '6. Lagring og sletting',
      title: 'Personvernerklæring',
      expected: `Johnsentechnology AS, Personvernerklæring, versjon 2025 (sist oppdatert 2025), punkt 6 «Lagring og sletting», ${url}`,
    },
    {
      locale: 'en' as const,
      heading: '6. Retention and deletion',
      title: 'Privacy Notice',
      expected: `Johnsentechnology AS, Privacy Notice, version 2025 (last updated 2025), section 6, “Retention and deletion”, ${url}`,
    },
    {
      locale: 'nb' as const,
      heading: 'Kontakt',
      title: 'Personvernerklæring',
      expected: `Johnsentechnology AS, Personvernerklæring, versjon 2025 (sist oppdatert 2025), punktet «Kontakt», ${url}`,
    },
  ])('$locale: $heading', ({ locale, heading, title, expected }) => {
    const t = dictionaries[locale];
    const templates = { template: t['cite.template'], section: t['cite.section'], sectionUnnumbered: t['cite.sectionUnnumbered'] };
    expect(citationText(templates, { company: t['site.name'], title, version: '2025', updated: '2025', heading, url })).toBe(expected);
  });
});
