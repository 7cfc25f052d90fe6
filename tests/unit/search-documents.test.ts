import { describe, expect, test } from 'vitest';
import {
  searchContext,
  searchFilters,
  searchIndexingFor,
  searchIndexMarkup,
  sectionHits,
  type PagefindResultData,
  type SearchableDocument,
} from '~/lib/search/search';

// A site with two documents, as a company with a privacy notice and a cookie notice has:
// search keeps them apart, and says which one a hit is from only when there is a choice.

describe('searchIndexingFor names the document only when it is given', () => {
  test.each([
    ['one document: no document filter', undefined, { state: 'archived', version: '2024' }],
    ['several documents: the document’s folder name', 'cookies', { state: 'archived', version: '2024', document: 'cookies' }],
  ] as const)('%s', (_, document, expected) => {
    expect(searchIndexingFor('2024', 'archived', false, document)).toEqual(expected);
  });

  test('a skipped text stays skipped', () => {
    expect(searchIndexingFor('2025', 'current', false, 'cookies')).toBe('skip');
    expect(searchIndexingFor('2025', 'draft', false, 'cookies')).toBe('skip');
  });
});

describe('searchIndexMarkup', () => {
  test('a text of one of several documents is filtered by its document too', () => {
    expect(searchIndexMarkup({ state: 'current', version: '2025', document: 'cookies' }).filters).toEqual([
      'state:current',
      'version:2025',
      'document:cookies',
    ]);
  });
});

describe('searchFilters within a document', () => {
  test.each([
    ['current', 'cookies', { document: 'cookies', state: 'current' }],
    ['all', 'cookies', { document: 'cookies' }],
    // Two documents may both have a version "2001-01": the document keeps them apart.
    [{ version: '2001-01' }, 'cookies', { document: 'cookies', version: '2001-01' }],
    ['current', undefined, { state: 'current' }],
    [{ version: '2001-01' }, undefined, { version: '2001-01' }],
  ] as const)('scope %j in %s', (scope, document, expected) => {
    expect(searchFilters(scope, document)).toEqual(expected);
  });
});

describe('sectionHits names the document when asked', () => {
  const data: PagefindResultData = {
    url: '/nb/test-informasjonskapsler/',
    excerpt: 'om <mark>informasjonskapsler</mark>',
    meta: { title: 'TESTDATA – Informasjonskapsler' },
    filters: { state: ['current'], version: ['2002-01'], document: ['cookies'] },
    sub_results: [
      {
        title: '2. Samtykke',
        url: '/nb/test-informasjonskapsler/#cookie-consent',
        excerpt: 'før <mark>informasjonskapsler</mark>',
        locations: [3],
      },
    ],
  };
  test.each([
    ['one document: no name', false, undefined],
    ['several documents: the document’s title', true, 'TESTDATA – Informasjonskapsler'],
  ] as const)('%s', (_, nameDocument, expected) => {
    const [hit] = sectionHits(data, 5, false, nameDocument);
    expect(hit?.document).toBe(expected);
    expect(hit?.title).toBe('2. Samtykke');
  });
});

describe('searchContext with several documents', () => {
  const doc = (document: string, locale: 'nb' | 'en', slug: string): SearchableDocument => ({
    document,
    locale,
    slug,
    current: {},
    versions: [
      { version: '2002-01', state: 'current' },
      { version: '2001-01', state: 'archived' },
    ],
  });
  const documents = [doc('large', 'nb', 'stor'), doc('cookies', 'nb', 'kaker'), doc('large', 'en', 'large')];

  test.each([
    ['a page of the second document', 'nb', { document: 'kaker' }, { tocHref: '/nb/kaker/#toc-list', documents: { own: 'cookies' } }],
    [
      'its archived version’s page',
      'nb',
      { hasToc: true, version: { slug: 'kaker', name: '2001-01' } },
      { tocHref: '#toc-list', documents: { own: 'cookies' }, version: { name: '2001-01', state: 'archived' } },
    ],
    ['a page of no document (the home, a 404)', 'nb', {}, { tocHref: '/nb/stor/#toc-list', documents: {} }],
    ['a language with one document names none', 'en', { document: 'large' }, { tocHref: '/en/large/#toc-list' }],
  ] as const)('%s', (_, locale, page, expected) => {
    expect(searchContext(documents, locale, page)).toEqual({ hasOtherVersions: true, ...expected });
  });
});
