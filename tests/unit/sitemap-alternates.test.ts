import { describe, expect, test } from 'vitest';
import { builtFileOf, hreflangLinks } from '../../src/integrations/sitemap-alternates';

describe('hreflangLinks', () => {
  test.each([
    { name: 'none', html: '<link rel="canonical" href="https://jtec.no/">', expected: [] },
    {
      name: 'alternates and x-default, other links ignored',
      html: '<link rel="alternate" hreflang="nb" href="https://jtec.no/nb/personvern/"><link rel="alternate" type="application/rss+xml" href="/f.xml"><link rel="alternate" hreflang="x-default" href="https://jtec.no/">',
      expected: [
        { lang: 'nb', url: 'https://jtec.no/nb/personvern/' },
        { lang: 'x-default', url: 'https://jtec.no/' },
      ],
    },
    {
      name: 'entities in the URL',
      html: '<link rel="alternate" hreflang="en" href="https://jtec.no/en/?a=1&amp;b=2">',
      expected: [{ lang: 'en', url: 'https://jtec.no/en/?a=1&b=2' }],
    },
  ])('$name', ({ html, expected }) => {
    expect(hreflangLinks(html)).toEqual(expected);
  });
});

describe('builtFileOf', () => {
  test.each([
    { url: 'https://jtec.no/', base: '/', expected: 'dist/index.html' },
    { url: 'https://jtec.no/nb/personvern/', base: '/', expected: 'dist/nb/personvern/index.html' },
    { url: 'https://jtec.no/personvern/en/privacy/', base: '/personvern/', expected: 'dist/en/privacy/index.html' },
    {
      url: 'https://jtec.no/nb/personvern/sammenlign/2024...2025/',
      base: '/',
      expected: 'dist/nb/personvern/sammenlign/2024...2025/index.html',
    },
  ])('$url', ({ url, base, expected }) => {
    expect(builtFileOf(url, 'dist', base)).toBe(expected);
  });
});
