import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { isReservedId } from '../../src/lib/content/section-id-syntax';
import { builtPages } from '../../scripts/lib/built-site';

/** Page types that show sections, where a section id could clash with an id of the page's own. */
const PAGES_WITH_SECTIONS = new Set(['current', 'version', 'diff']);

/**
 * Every id on a built page that shows sections is a section's (its heading or a former-id
 * anchor), made from one by a component (`your-rights-title`), or reserved in
 * src/lib/content/section-id-syntax.ts, so the section-id rule refuses it to editors.
 */
export function testReservedIds(buildDir: string): void {
  test(`every id the pages of ${buildDir} give themselves is reserved for them`, () => {
    const pages = builtPages(buildDir).filter((page) => PAGES_WITH_SECTIONS.has(page.type));
    expect(pages.length).toBeGreaterThan(0);
    const unreserved = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map(([, id = '']) => id);
      // A section's id is on its heading (with the copy-link control) or made into its diff title.
      const sectionIds = new Set([
        ...[...html.matchAll(/<div class="section-heading"><h[23] id="([^"]+)"/g)].map(([, id = '']) => id),
        ...ids.flatMap((id) => /^(.+)-title$/.exec(id)?.[1] ?? []),
        ...[...html.matchAll(/<span\b[^>]*\bid="([^"]+)"[^>]*class="section-alias"/g)].map(([, id = '']) => id),
      ]);
      for (const id of ids) {
        if (!sectionIds.has(id) && !isReservedId(id)) unreserved.add(`${id} (${page.path})`);
      }
    }
    expect([...unreserved], 'ids a section could take, so they must be reserved in src/lib/content/section-id-syntax.ts').toEqual([]);
  });
}
