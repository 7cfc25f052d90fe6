import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets axe checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * axe run with `axe.run()` inside the page (it injects itself into every frame too). The default
 * instead runs each frame apart and merges the results in a new blank page, for frames from other
 * origins, which our pages never have: it finds the same in about twice the time.
 */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/** axe's findings on the page as it is now, one line each: rule, impact and where. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = axeBuilder(page);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * axe (WCAG 2.2 AA) in light mode, and colour contrast in dark mode: the dark scheme changes
 * colours only, so contrast is what it can break. Call with every disclosure open.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page), `axe on ${label} (light)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, ['color-contrast']), `colour contrast on ${label} (dark)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}
