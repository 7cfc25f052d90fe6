import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import {
  builtPages,
  type BuiltPage,
  type PageType,
} from "../../scripts/lib/built-site";

/**
 * Quality gates shared by the `site` (dist/) and `fixtures` (dist-fixtures/) projects.
 * Pages are discovered from the build, so a new page type is swept as soon as it is built.
 */

/** The WCAG 2.2 AA rule sets axe checks. */
export const WCAG_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
];

export const COLOR_SCHEMES = ["light", "dark"] as const;

/**
 * Page types the issue names; each must be built in at least one of the two builds once
 * its feature is merged. Add a type here when a feature adds one.
 */
export const EXPECTED_PAGE_TYPES: Record<"site" | "fixtures", PageType[]> = {
  site: ["chooser", "language-home", "current", "not-found"],
  fixtures: ["chooser", "language-home", "current", "not-found"],
};

/**
 * Extra states of a page to sweep besides "as loaded" (e.g. search open, side-by-side diff).
 * A state applies to pages where `selector` matches; `enter` puts the page in that state.
 */
export interface PageState {
  name: string;
  selector: string;
  enter: (page: Page) => Promise<void>;
}

export const PAGE_STATES: PageState[] = [
  {
    // Every <details> open: folded content (e.g. search, version lists) is checked too.
    name: "all disclosures open",
    selector: "details:not([open])",
    enter: async (page) => {
      await page.evaluate(() => {
        for (const details of document.querySelectorAll("details"))
          details.open = true;
      });
    },
  },
];

/**
 * Opens a built page as a reader would. The language chooser forwards readers on to a
 * language page (swept on its own); to check the chooser itself, that navigation is
 * answered with HTTP 204, which leaves the browser on the chooser.
 */
export async function openBuiltPage(
  browser: Browser,
  built: BuiltPage,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (built.type === "chooser") {
    await page.route(
      (url) => url.pathname !== built.path,
      (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ status: 204 })
          : route.continue(),
    );
  }
  // Playwright's own "load" wait does not settle once a navigation is answered with 204.
  const response = await page.goto(built.path, { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState === "complete");
  expect(response?.status(), `${built.path} should be served`).toBe(200);
  expect(new URL(page.url()).pathname).toBe(built.path);
  return page;
}

/** Defines the axe sweep over every page of a build, in both colour schemes and every applicable state. */
export function defineAxeSweep(
  dir: string,
  project: "site" | "fixtures",
): void {
  const pages = builtPages(dir);

  test("every page type the issue names that exists so far is built", () => {
    const types = new Set(pages.map((built) => built.type));
    for (const type of EXPECTED_PAGE_TYPES[project])
      expect(types, `a ${type} page in ${dir}/`).toContain(type);
    expect(
      pages
        .filter((built) => built.type === "other")
        .map((built) => built.path),
      "pages outside the URL scheme",
    ).toEqual([]);
  });

  for (const built of pages) {
    // One page load per page; the colour scheme is switched in place, so both are checked.
    test(`axe: ${built.path} (${built.type}), light and dark`, async ({
      browser,
      baseURL,
    }) => {
      const page = await openBuiltPage(browser, built, { baseURL });
      const states = [{ name: "as loaded" }, ...PAGE_STATES];
      for (const state of states) {
        if ("enter" in state) {
          if ((await page.locator(state.selector).count()) === 0) continue;
          await state.enter(page);
        }
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page })
            .withTags(WCAG_TAGS)
            .analyze();
          const summary = results.violations.map((violation) => ({
            rule: violation.id,
            impact: violation.impact,
            help: violation.help,
            targets: violation.nodes.map((node) => node.target.join(" ")),
          }));
          expect(
            summary,
            `axe violations on ${built.path} (${colorScheme}, ${state.name})`,
          ).toEqual([]);
        }
      }
      await page.context().close();
    });
  }
}
