import { describe, expect, test } from 'vitest';
import {
  addressWithQuery,
  highlightWordsFrom,
  markedWords,
  searchContext,
  searchFilters,
  searchIndexMarkup,
  searchIndexingFor,
  sectionHits,
  wholeWordPattern,
  withHighlight,
  wordsFromMissingPath,
  type PagefindResultData,
} from '~/lib/search/search';

describe('searchIndexingFor', () => {
  test.each([
    ['current version on the main page', 'current', true, { state: 'current', version: '2025' }],
    ['current version on its permanent page (a duplicate)', 'current', false, 'skip'],
    ['archived version', 'archived', false, { state: 'archived', version: '2025' }],
    ['upcoming version', 'upcoming', false, { state: 'upcoming', version: '2025' }],
    ['draft', 'draft', false, 'skip'],
  ] as const)('%s', (_, state, isMainPage, expected) => {
    expect(searchIndexingFor('2025', state, isMainPage)).toEqual(expected);
  });
});

describe('searchIndexMarkup', () => {
  test.each([
    ['skipped text is not indexed', 'skip', { bodyAttributes: {}, filters: [] }],
    [
      'current text is the body, filtered as current',
      { state: 'current', version: '2025' },
      { bodyAttributes: { 'data-pagefind-body': '' }, filters: ['state:current', 'version:2025'] },
    ],
    [
      'archived text carries its version',
      { state: 'archived', version: '2023' },
      { bodyAttributes: { 'data-pagefind-body': '' }, filters: ['state:archived', 'version:2023'] },
    ],
  ] as const)('%s', (_, indexing, expected) => {
    expect(searchIndexMarkup(indexing)).toEqual(expected);
  });
});

describe('searchFilters', () => {
  test.each([
    ['current', { state: 'current' }],
    ['all', {}],
    [{ version: '2025-09' }, { version: '2025-09' }],
  ] as const)('scope %j', (scope, expected) => {
    expect(searchFilters(scope)).toEqual(expected);
  });
});

describe('markedWords', () => {
  test.each([
    ['one mark', 'Lagring og <mark>sletting.</mark> Vi lagrer', ['sletting']],
    ['case and duplicates folded', '<mark>Cookies</mark> and <mark>cookies</mark>', ['cookies']],
    ['entities decoded', '<mark>R&amp;D</mark>', ['r&d']],
    [
      'inflected forms kept as written on the page',
      'Hvilke <mark>opplysninger</mark> om <mark>personopplysningene</mark>',
      ['opplysninger', 'personopplysningene'],
    ],
    ['no marks', 'plain text', []],
  ])('%s', (_, excerpt, expected) => {
    expect(markedWords(excerpt)).toEqual(expected);
  });
});

describe('withHighlight', () => {
  test.each([
    ['before the fragment', '/nb/personvern/#retention', ['sletting'], '/nb/personvern/?highlight=sletting#retention'],
    ['several words, encoded', '/nb/personvern/#x', ['får', 'ja'], '/nb/personvern/?highlight=f%C3%A5r&highlight=ja#x'],
    ['no fragment', '/en/privacy/', ['cookies'], '/en/privacy/?highlight=cookies'],
    ['existing query', '/en/privacy/?a=1#x', ['b'], '/en/privacy/?a=1&highlight=b#x'],
    ['no words leaves the URL alone', '/en/privacy/#x', [], '/en/privacy/#x'],
  ])('%s', (_, url, words, expected) => {
    expect(withHighlight(url, words)).toBe(expected);
  });
});

describe('highlightWordsFrom', () => {
  test.each([
    ['?highlight=sletting', ['sletting']],
    ['?highlight=f%C3%A5r&highlight=Ja&highlight=ja', ['får', 'ja']],
    ['?other=1', []],
    ['', []],
  ])('%s', (search, expected) => {
    expect(highlightWordsFrom(search)).toEqual(expected);
  });
});

describe('wholeWordPattern', () => {
  test.each([
    ['whole word', ['sletting'], 'Be om retting eller sletting.', ['sletting']],
    ['not inside a longer word', ['data'], 'Kundedata og data', ['data']],
    ['case-insensitive, Norwegian letters', ['får'], 'Du FÅR svar', ['FÅR']],
    ['regex characters are literal', ['f.eks'], 'f.eks. og fxeks', ['f.eks']],
  ])('%s', (_, words, text, expected) => {
    expect(text.match(wholeWordPattern(words) ?? /$^/)).toEqual(expected);
  });

  test('no words, no pattern', () => {
    expect(wholeWordPattern([])).toBeUndefined();
  });
});

const page = (overrides: Partial<PagefindResultData>): PagefindResultData => ({
  url: '/nb/personvern/',
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: 'Personvernerklæring' },
  filters: { state: ['current'], version: ['2025'] },
  sub_results: [],
  ...overrides,
});

describe('sectionHits', () => {
  test.each([
    [
      'sections ranked by weighted matches, linked to their ids with the words to highlight',
      page({
        sub_results: [
          {
            title: '7. Dine rettigheter',
            url: '/nb/personvern/#your-rights',
            excerpt: 'retting eller <mark>sletting.</mark>',
            weighted_locations: [{ weight: 1 }],
          },
          {
            title: '6. Lagring og sletting',
            url: '/nb/personvern/#retention',
            excerpt: 'Lagring og <mark>sletting.</mark> Vi lagrer',
            weighted_locations: [{ weight: 6 }, { weight: 1 }],
          },
        ],
      }),
      [
        {
          title: '6. Lagring og sletting',
          // The heading, which starts the excerpt, is shown once: as the title.
          excerpt: 'Vi lagrer',
          href: '/nb/personvern/?highlight=sletting#retention',
        },
        {
          title: '7. Dine rettigheter',
          excerpt: 'retting eller <mark>sletting.</mark>',
          href: '/nb/personvern/?highlight=sletting#your-rights',
        },
      ],
    ],
    [
      'an archived version is labelled',
      page({
        filters: { state: ['archived'], version: ['2023'] },
        sub_results: [{ title: '1. Rights', url: '/nb/testdata/versjoner/2023/#rights', excerpt: '<mark>rights</mark>', locations: [3] }],
      }),
      [
        {
          title: '1. Rights',
          excerpt: '<mark>rights</mark>',
          href: '/nb/testdata/versjoner/2023/?highlight=rights#rights',
          version: { name: '2023', state: 'archived' },
        },
      ],
    ],
    [
      'a page without sections is one hit for the page',
      page({ sub_results: [] }),
      [{ title: 'Personvernerklæring', excerpt: 'page <mark>excerpt</mark>', href: '/nb/personvern/?highlight=excerpt' }],
    ],
  ])('%s', (_, data, expected) => {
    expect(sectionHits(data)).toEqual(expected);
  });

  test('keeps at most `limit` sections', () => {
    const sub_results = Array.from({ length: 8 }, (_, index) => ({
      title: `S${index}`,
      url: `/p/#s${index}`,
      excerpt: '',
      locations: [index],
    }));
    expect(sectionHits(page({ sub_results }), 3).map((hit) => hit.title)).toEqual(['S0', 'S1', 'S2']);
  });
});

describe('addressWithQuery', () => {
  test.each([
    ['adds q, keeps the fragment', 'https://jtec.no/nb/personvern/#toc', 'sletting', 'https://jtec.no/nb/personvern/?q=sletting#toc'],
    [
      'replaces q, keeps other parameters',
      'https://jtec.no/nb/personvern/?a=1&q=x',
      '5 år',
      'https://jtec.no/nb/personvern/?a=1&q=5+%C3%A5r',
    ],
    ['an empty query removes q', 'https://jtec.no/en/privacy/?q=x', '  ', 'https://jtec.no/en/privacy/'],
  ])('%s', (_, href, query, expected) => {
    expect(addressWithQuery(href, query)).toBe(expected);
  });
});

describe('wordsFromMissingPath', () => {
  test.each([
    ['words of the path, without language, file ending and document slug', '/nb/personvern/sletting-av-data.html', '/', 'sletting av data'],
    ['without the site’s own path words', '/en/privacy/cookie-policy', '/', 'cookie policy'],
    ['nor its version and comparison words', '/nb/personvern/versjoner/2024/side-ved-side', '/', '2024'],
    ['escaped letters decoded', '/nb/informasjonskapsler/%C3%A5r', '/', 'informasjonskapsler år'],
    ['the base path is not a search word', '/personvern/en/cookies/', '/personvern/', 'cookies'],
    ['repeated words once', '/en/rights/rights', '/', 'rights'],
    ['a malformed escape is read as written', '/en/%E0%A4%A/rights', '/', 'e0 a4 a rights'],
    ['only the site’s words: nothing left', '/en/privacy/versions/', '/', ''],
    ['nothing left', '/nb/', '/', ''],
  ])('%s', (_, path, base, expected) => {
    expect(wordsFromMissingPath(path, base, ['personvern', 'privacy'])).toBe(expected);
  });
});

describe('searchContext', () => {
  const documents = [
    {
      document: 'privacy',
      locale: 'nb' as const,
      slug: 'personvern',
      current: {},
      versions: [
        { version: '2099-01-01', state: 'upcoming' as const },
        { version: '2026-03', state: 'current' as const },
        { version: '2025-09', state: 'archived' as const },
      ],
    },
    {
      document: 'privacy',
      locale: 'en' as const,
      slug: 'privacy',
      current: {},
      versions: [{ version: '2025', state: 'current' as const }],
    },
  ];
  test.each([
    ['a page with its own contents', 'nb', { hasToc: true }, { tocHref: '#toc-list', hasOtherVersions: true }],
    ['a page without: the document’s contents', 'en', {}, { tocHref: '/en/privacy/#toc-list', hasOtherVersions: false }],
    [
      'an archived version’s page',
      'nb',
      { hasToc: true, version: { slug: 'personvern', name: '2025-09' } },
      { tocHref: '#toc-list', hasOtherVersions: true, version: { name: '2025-09', state: 'archived' } },
    ],
    [
      'an upcoming version’s page',
      'nb',
      { hasToc: true, version: { slug: 'personvern', name: '2099-01-01' } },
      { tocHref: '#toc-list', hasOtherVersions: true, version: { name: '2099-01-01', state: 'upcoming' } },
    ],
    [
      'the current version’s own page names no version',
      'nb',
      { hasToc: true, version: { slug: 'personvern', name: '2026-03' } },
      { tocHref: '#toc-list', hasOtherVersions: true },
    ],
  ] as const)('%s', (_, locale, page, expected) => {
    expect(searchContext(documents, locale, page)).toEqual(expected);
  });
});
