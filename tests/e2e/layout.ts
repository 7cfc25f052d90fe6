import type { Page } from '@playwright/test';

/**
 * Layout at every screen width: nothing may scroll sideways or have a box outside the window.
 * The template sweep (sweep.ts) checks every page at the narrowest width and one page of every
 * template × language × state at one width per breakpoint band.
 */

/** The narrowest width we support, where most goes wrong: every page is checked at it. */
export const NARROWEST = 320;

/**
 * One width per breakpoint band of the stylesheets, in CSS px: small phone (320), phone (375),
 * tablet (800), small laptop (960, the band between the tablet and the laptop layouts), laptop
 * (1024) and desktop (1440).
 */
export const BREAKPOINT_WIDTHS = [NARROWEST, 375, 800, 960, 1024, 1440] as const;

/** What overflows the window sideways on the page as it is now: the document, then each element whose box pokes out. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > ${width}`);
    const reported = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden content (for screen readers) is clipped to 1 px: nothing of it shows or
      // widens the page (scrollWidth above would say so), wherever its box lies.
      if (element.closest('.sr-only')) continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      // Report the outermost element only: its descendants poke out with it.
      if (element.parentElement && reported.has(element.parentElement)) {
        reported.add(element);
        continue;
      }
      reported.add(element);
      const name = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      problems.push(`${name} "${text}" spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
    }
    return problems;
  });
}
