import { readFileSync } from 'node:fs';
import { builtPages, type BuiltPage, type PageType } from '../../scripts/lib/built-site';
import { LOCALES } from '~/i18n/locales';
import { PATH_SEGMENTS } from '~/lib/site/urls';

/**
 * Pages grouped by what decides their layout and markup: the template (page type), the
 * language and the state (a version's banner: archived, upcoming, current…; a diff's view).
 * Pages that share all three differ only in their text, so one of each group stands for it in
 * the costly checks, and every page still gets the cheap ones.
 */

/** A page's template, language and state, e.g. "version nb archived". */
export interface Variant {
  type: PageType;
  locale: string;
  state: string;
}

/** The page types each build has: the template sweep has a test for each, so a missing one fails. */
export const EXPECTED_PAGE_TYPES: Record<'site' | 'fixtures', PageType[]> = {
  site: ['chooser', 'language-home', 'current', 'version', 'changelog', 'compare-any', 'not-found'],
  fixtures: ['chooser', 'language-home', 'current', 'version', 'changelog', 'diff', 'compare-any', 'not-found'],
};

/** The languages a page type comes in: the chooser is one page for both; the 404 page is one for both and English's own (/en/404.html). */
export function localesOf(type: PageType): string[] {
  if (type === 'chooser') return ['both'];
  if (type === 'not-found') return ['both', 'en'];
  return [...LOCALES];
}

/** Reads a built page's variant: its language from the path, its state from the banner it shows and the diff view. */
export function variantOf(built: BuiltPage): Variant {
  const [first = '', ...rest] = built.path.split('/').filter(Boolean);
  const locale = (LOCALES as readonly string[]).includes(first) ? first : 'both';
  const banner = /class="[^"]*\bversion-banner is-([a-z-]+)/.exec(readFileSync(built.file, 'utf8'))?.[1];
  const sideBySide = Object.values(PATH_SEGMENTS).some((segments) => rest.at(-1) === segments.sideBySide);
  const view = built.type === 'diff' ? [sideBySide ? 'side-by-side' : 'inline'] : [];
  return { type: built.type, locale, state: [...view, banner ?? 'no banner'].join(', ') };
}

/**
 * The pages of one type and language in a build, read when the test runs (never while tests
 * are listed), with the page that stands for each state in the costly checks: the largest,
 * where most can go wrong, of all the builds in `sweptBuilds` (which the sweep of each of them
 * passes alike), kept only where it is one of this build's. So each template × language × state
 * is checked once, on whichever build shows it largest, and the state a build alone has there.
 */
export function pagesOf(
  dir: string,
  type: PageType,
  locale: string,
  sweptBuilds: readonly string[] = [dir],
): { pages: BuiltPage[]; representatives: Map<string, BuiltPage> } {
  const ofType = (build: string) => builtPages(build).filter((built) => built.type === type && variantOf(built).locale === locale);
  const representatives = new Map<string, BuiltPage>();
  const size = (built: BuiltPage) => readFileSync(built.file).length;
  // Every sweep walks the builds in the same order, so a tie goes to the same page in each.
  for (const built of [...new Set([dir, ...sweptBuilds])].sort().flatMap(ofType)) {
    const { state } = variantOf(built);
    const current = representatives.get(state);
    if (!current || size(built) > size(current)) representatives.set(state, built);
  }
  const own = (built: BuiltPage) => built.file.startsWith(`${dir}/`);
  return { pages: ofType(dir), representatives: new Map([...representatives].filter(([, built]) => own(built))) };
}

/** A built page at its path under the base path the build is served at. */
export function underBase(built: BuiltPage, base: string): BuiltPage {
  return { ...built, path: `${base}${built.path.slice(1)}` };
}
