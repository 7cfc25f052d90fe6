import type { CDPSession, Locator, Page } from '@playwright/test';

/** The generated notice's current page in each language, and the names its three tables must have. */
export const NOTICES = [
  {
    path: '/en/large-test-notice/',
    names: [/^Table 1 in “\d+\. Payment data”$/, /^Table 1 in “\d+\. Retention periods”$/, /^Table 1 in “\d+\. Sharing with processors”$/],
  },
  {
    path: '/nb/stor-testerklaering/',
    names: [
      /^Tabell 1 i «\d+\. Betalingsopplysninger»$/,
      /^Tabell 1 i «\d+\. Lagringstider»$/,
      /^Tabell 1 i «\d+\. Deling med databehandlere»$/,
    ],
  },
] as const;

/** The tables' regions in the notice's text. */
export const tableRegions = (page: Page): Locator => page.locator('article .table-region');

/** One table as laid out now: how it is shown, and each visible cell's width in characters of the table's own font. */
export interface TableLayout {
  /** The table's CSS display: `table` for a table, `block` for cards. */
  display: string;
  /** Whether the header row can be seen. */
  headerShown: boolean;
  /** Whether every body row shows its cells side by side (a table) rather than one under another (a card). */
  rowsSideBySide: boolean;
  /** The narrowest room any cell gives its text, in average characters of the table's text in its font. */
  narrowestChars: number;
  /** The label each body cell shows before its value on a phone (`none` when it shows none). */
  labels: string[];
  regionScrolls: boolean;
}

/** Measures each table region of the page. */
export function tableLayouts(page: Page): Promise<TableLayout[]> {
  return tableRegions(page).evaluateAll((regions) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    return regions.map((region) => {
      const table = region.querySelector('table')!;
      const cellStyle = getComputedStyle(table.querySelector('td')!);
      canvas.font = `${cellStyle.fontWeight} ${cellStyle.fontSize} ${cellStyle.fontFamily}`;
      const text = (table.textContent ?? '').replace(/\s+/g, ' ').trim();
      const charWidth = canvas.measureText(text).width / text.length;
      const head = table.querySelector('thead')!.getBoundingClientRect();
      const visibleCells = [...table.querySelectorAll<HTMLElement>(head.height > 1 ? 'th, td' : 'td')];
      const room = (cell: HTMLElement) => {
        const style = getComputedStyle(cell);
        return cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      };
      const rows = [...table.querySelectorAll('tbody tr')];
      return {
        display: getComputedStyle(table).display,
        headerShown: head.height > 1,
        rowsSideBySide: rows.every(
          (row) => new Set([...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top))).size === 1,
        ),
        narrowestChars: Math.min(...visibleCells.map(room)) / charWidth,
        labels: [...table.querySelectorAll('td')].map((cell) => getComputedStyle(cell, '::before').content),
        regionScrolls: region.scrollWidth > region.clientWidth,
      };
    });
  });
}

/** What Chromium's accessibility tree (what screen readers get) says an element is: its role and name, then its ancestors' up to the table (row groups left out). */
export async function asScreenReadersGetIt(cdp: CDPSession, element: Locator): Promise<string[]> {
  await cdp.send('Accessibility.enable');
  await element.evaluate((node) => node.setAttribute('data-ax-probe', ''));
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-ax-probe]' });
  await element.evaluate((node) => node.removeAttribute('data-ax-probe'));
  const { nodes } = await cdp.send('Accessibility.getAXNodeAndAncestors', { nodeId });
  // Row groups (thead, tbody) are exposed or not as Chromium sees fit; screen readers do not read them.
  const described = nodes
    .filter((node) => !node.ignored && node.role?.value !== 'rowgroup')
    .map((node) => `${String(node.role?.value)} "${String(node.name?.value ?? '')}"`);
  return described.slice(0, described.findIndex((node) => node.startsWith('table ')) + 1);
}

/**
 * Makes the first table of the page as wide as real notices' widest (nine columns, its own three
 * repeated), for the layout a table too wide for its screen gets. The generated notice's tables
 * have three columns; notices in the wild have up to six and more.
 */
export function widenFirstTable(page: Page): Promise<void> {
  return tableRegions(page)
    .first()
    .evaluate((region) => {
      for (const row of region.querySelectorAll('tr')) {
        const cells = [...row.children];
        for (let copy = 0; copy < 2; copy++) row.append(...cells.map((cell) => cell.cloneNode(true)));
      }
    });
}
