import { expect, type Page } from '@playwright/test';

/** What a keyboard user sees on the focused element: where it is and whether a focus indicator is drawn. */
export interface FocusStop {
  description: string;
  inViewport: boolean;
  indicator: boolean;
}

/** Reads the focused element's stop in the page: a key for its place in the tree, and what the reader sees. */
function describeFocused(): (FocusStop & { key: string }) | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  const path: string[] = [];
  for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
    path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`);
  }
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    key: path.join('>'),
    description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}> "${label}"`,
    inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    indicator: outline || shadow,
  };
}

/** Tabs through a page from the top and describes every focus stop, until focus wraps or leaves the page. */
export async function focusStops(page: Page, limit = 400): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocused);
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ description: stop.description, inViewport: stop.inViewport, indicator: stop.indicator });
  }
  return stops;
}

/**
 * Every element Tab can reach, focused in turn inside the page (one round trip, however many
 * there are) after a first Tab has put the browser in keyboard mode: the ones that are then
 * off-screen or show no focus indicator. The cheap form of the Tab walk, for every page.
 */
export async function focusProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(`(() => {
    const describeFocused = ${describeFocused.toString()};
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const problems = [];
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[hidden], [inert]') || element.disabled) continue;
      element.focus();
      if (document.activeElement !== element) continue;
      const stop = describeFocused();
      if (!stop.inViewport) problems.push(stop.description + ': off-screen when focused');
      if (!stop.indicator) problems.push(stop.description + ': no visible focus indicator');
    }
    return problems;
  })()`);
}

/** A control smaller than WCAG 2.2's 24×24 CSS px minimum (2.5.8), with its size. */
export interface SmallTarget {
  description: string;
  width: number;
  height: number;
}

/**
 * Interactive controls under 24×24 px. Links inside a line of text are exempt (WCAG 2.5.8's
 * "inline" exception) and are recognised by their computed display being `inline`.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const rendered = rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && rect.bottom > 0;
      if (!rendered || style.display === 'inline') return [];
      if (rect.width >= 24 && rect.height >= 24) return [];
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return [
        { description: `<${element.tagName.toLowerCase()}> "${label}"`, width: Math.round(rect.width), height: Math.round(rect.height) },
      ];
    });
  });
}

/** The Tab walk from the top of a fresh load: there are stops, and every one is on-screen with a visible indicator. */
export async function expectVisibleTabWalk(page: Page): Promise<void> {
  const stops = await focusStops(page);
  expect(stops.length, 'the page has keyboard focus stops').toBeGreaterThan(0);
  expect(
    stops.filter((stop) => !stop.inViewport || !stop.indicator),
    'focus stops that are off-screen or have no visible focus indicator',
  ).toEqual([]);
}
