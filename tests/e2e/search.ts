import { expect, type Page } from '@playwright/test';

/** Opens the search with the keyboard shortcut and types a query, as a reader would. */
export async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(query);
}

/** The list of search hits, in either language. */
export const searchResults = (page: Page) => page.getByRole('list', { name: /Søkeresultater|Search results/ });

/** The search's live status line ("3 results", "No results for …"). */
export const searchStatus = (page: Page) => page.getByRole('search').getByRole('status');

/** The first place the opened page marks `word` (a whole word, any case) in the notice's text. */
export const markedWord = (page: Page, word: string) =>
  page
    .locator('.policy-text mark')
    .filter({ hasText: new RegExp(`^${word}$`, 'i') })
    .first();
