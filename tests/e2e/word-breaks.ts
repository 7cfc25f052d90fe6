import { expect, test, type Page } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site';

/**
 * No break inside a word that fits: at phone widths, with the site's fonts and with the
 * fonts phones really have (Android's Roboto; DejaVu Sans, wide, on many Linux systems),
 * a word of a heading, table-of-contents entry or table cell is broken only when it is
 * wider than its line. Each word's line boxes are measured with Range rects: a word whose
 * rects lie on more than one line is broken.
 */

/** Phone widths in CSS px: the smallest phones, Android's most common, iPhones. */
export const WORD_BREAK_WIDTHS = [320, 360, 375, 414] as const;

/** The fonts to measure with: the site's own stack (undefined), and each of these installed fonts (apt: fonts-dejavu-core, fonts-roboto). */
export const WORD_BREAK_FONTS = [undefined, 'DejaVu Sans', 'Roboto'] as const;

/** The elements whose words must not break: headings, table-of-contents entries, table cells, disclosure labels. */
const SELECTOR = 'h1, h2, h3, h4, .toc a, th, td, summary';

/** The words broken across lines although they fit on a line of their own, as "word (width px of available px) in <tag>". */
export async function brokenWordsThatFit(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.getClientRects().length === 0) continue;
      // A line of its own: the element's width, or for a flex or grid item (a heading beside its controls), its container's.
      let box: HTMLElement = element;
      while (box.parentElement && /flex|grid/.test(getComputedStyle(box.parentElement).display)) box = box.parentElement;
      const style = getComputedStyle(box);
      const available = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (node.parentElement?.closest('.sr-only')) continue;
        for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
          if (lines.size < 2) continue;
          const width = rects.reduce((sum, rect) => sum + rect.width, 0);
          if (width <= available + 0.5)
            problems.push(`"${match[0]}" (${Math.round(width)} of ${Math.round(available)} px) in <${element.tagName.toLowerCase()}>`);
        }
      }
    }
    return problems;
  }, SELECTOR);
}

/** One page of each type of a build, in each language. */
function pagePerType(dir: string): BuiltPage[] {
  const seen = new Set<string>();
  return builtPages(dir).filter((built) => {
    const key = `${built.type} ${built.path.split('/')[1] ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Defines the test: one page of each type of `dir`, with every disclosure open, at each width and font. */
export function defineWordBreakCheck(dir: string, extraPaths: readonly string[] = []): void {
  test(`no word that fits breaks in a heading, contents entry or table cell (${dir}/, ${WORD_BREAK_WIDTHS.join(', ')} px)`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // The fonts are forced with a style element, which the pages' CSP would refuse.
    const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [...pagePerType(dir).map((built) => built.path), ...extraPaths]) {
      // One load per page: the fonts are switched by one style element's text, and every disclosure stays open.
      await page.setViewportSize({ width: WORD_BREAK_WIDTHS[0], height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const fontStyle = await page.addStyleTag({ content: '/* the font under test */' });
      for (const font of WORD_BREAK_FONTS) {
        await test.step(`${path} in ${font ?? 'the site’s fonts'}`, async () => {
          await fontStyle.evaluate((style, font) => {
            style.textContent = font ? `html, html * { font-family: "${font}" !important; }` : '';
          }, font);
          if (font)
            expect(await page.evaluate((font) => document.fonts.check(`16px "${font}"`), font), `${font} must be installed`).toBe(true);
          for (const width of WORD_BREAK_WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            for (const problem of await brokenWordsThatFit(page))
              problems.push(`${path} at ${width} px, ${font ?? 'site fonts'}: ${problem}`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}
