import { describe, expect, test } from 'vitest';
import { pageData, type PagefindResult } from '~/browser/search-engine';
import type { PagefindSubResult } from '~/lib/search/search';

/**
 * Pagefind's `data()` keeps one object per page for every search, and writes the calling search's
 * sections into it before it returns (after one more turn of the event loop). A fake page that does the same.
 */
function sharedPage() {
  const page = { url: '/en/privacy/', excerpt: '', content: 'text', meta: { title: 'Privacy' }, sub_results: [] as PagefindSubResult[] };
  const section = (query: string): PagefindSubResult => ({
    title: `sections ranked for "${query}"`,
    url: '/en/privacy/#cookies',
    excerpt: '',
  });
  const resultFor = (query: string, wait: number): PagefindResult => ({
    id: 'page',
    words: [],
    data: async () => {
      page.sub_results = [section(query)];
      await new Promise((resolve) => setTimeout(resolve, wait));
      return page;
    },
  });
  return { resultFor, section };
}

describe('pageData', () => {
  test('two searches reading the same page at once each keep the sections of their own query', async () => {
    const { resultFor, section } = sharedPage();
    // "cook" asks first and is slow to get its page back; "cookies" asks meanwhile.
    const [cook, cookies] = await Promise.all([pageData([resultFor('cook', 20)]), pageData([resultFor('cookies', 0)])]);
    expect(cook[0]?.sub_results).toEqual([section('cook')]);
    expect(cookies[0]?.sub_results).toEqual([section('cookies')]);
  });

  test('a page that cannot be read fails its own search, not the next one', async () => {
    const { resultFor, section } = sharedPage();
    const broken: PagefindResult = { id: 'broken', words: [], data: () => Promise.reject(new Error('offline')) };
    await expect(pageData([broken])).rejects.toThrow('offline');
    expect((await pageData([resultFor('cookies', 0)]))[0]?.sub_results).toEqual([section('cookies')]);
  });
});
