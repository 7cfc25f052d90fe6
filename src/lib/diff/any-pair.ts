import { interpolate } from '~/i18n/interpolate';
import type { Section } from '~/lib/content/sections';
import { hasPair, nearestPairs, type VersionPair } from '~/lib/versions/pairs';
import { diffSections } from './diff';
import { sectionsHtml, summaryHtml, type DiffLabels } from './render-html';

/**
 * The browser's side of "compare any two versions" (the page in
 * src/pages/[lang]/[document]/[compare]/index.astro): reads `?from=&to=` from the
 * address, fetches the two versions' sections and computes their diff with the same
 * module and renderer the build uses for the prerendered pairs. Loaded only by that page. A prepared pair opens its prerendered page instead.
 */

const part = <T extends Element>(root: HTMLElement, name: string) => root.querySelector<T>(`[data-any-pair-${name}]`);

async function sectionsOfVersion(template: string, version: string): Promise<Section[]> {
  const response = await fetch(interpolate(template, { version }));
  if (!response.ok) throw new Error(`${response.status} for version ${version}`);
  return ((await response.json()) as { sections: Section[] }).sections;
}

/** Fills the list of prerendered comparisons nearest to the pair asked for. */
function showNearest(root: HTMLElement, pairs: readonly VersionPair[], from: string, to: string): void {
  const nav = part<HTMLElement>(root, 'nearest');
  const list = nav?.querySelector('ul');
  const nearest = nearestPairs(pairs, from, to);
  if (!nav || !list || nearest.length === 0) return;
  list.replaceChildren(
    ...nearest.map((pair) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = interpolate(root.dataset.preparedTemplate ?? '', { ...pair });
      link.textContent = `${pair.from} → ${pair.to}`;
      item.append(link);
      return item;
    }),
  );
  nav.hidden = false;
}

/** Computes and shows the comparison the address asks for. */
export async function compareAnyPair(root: HTMLElement): Promise<void> {
  const data = root.dataset;
  const status = part<HTMLElement>(root, 'status');
  const say = (text: string) => status && (status.textContent = text);
  const params = new URLSearchParams(location.search);
  const [a, b] = [params.get('from') ?? '', params.get('to') ?? ''];
  // No pair asked for: the form and the prepared comparisons are the page.
  if (!a && !b) return void say('');
  const versions = (data.versions ?? '').split(' ');
  const pairs = (data.pairs ?? '').split(' ').flatMap((segment): VersionPair[] => {
    const [from = '', to = ''] = segment.split('...');
    return from && to ? [{ from, to }] : [];
  });
  if (a === b || !versions.includes(a) || !versions.includes(b)) return void say(interpolate(data.unknown ?? '', { from: a, to: b }));
  // Versions are listed newest first; a diff always reads from the older to the newer one.
  const [from, to] = versions.indexOf(a) > versions.indexOf(b) ? [a, b] : [b, a];
  const view = params.get('view') === 'side-by-side' ? 'side-by-side' : 'inline';
  const prepared = view === 'inline' ? data.preparedTemplate : data.preparedSideTemplate;
  if (hasPair(pairs, from, to)) return location.replace(interpolate(prepared ?? '', { from, to }) + location.hash);
  say(interpolate(data.computing ?? '', { from, to }));
  try {
    const template = data.sectionsTemplate ?? '';
    const [older, newer] = await Promise.all([sectionsOfVersion(template, from), sectionsOfVersion(template, to)]);
    const labels = JSON.parse(data.labels ?? '{}') as DiffLabels;
    const diff = diffSections(older, newer, document.documentElement.lang || 'nb');
    const title = interpolate(data.title ?? '', { from, to });
    const heading = part<HTMLElement>(root, 'title');
    if (heading) heading.textContent = title;
    document.title = `${title} – ${document.title.split(' – ').slice(1).join(' – ')}`;
    root.dataset.view = view;
    const summary = part<HTMLElement>(root, 'summary');
    if (summary) summary.innerHTML = summaryHtml(diff, labels);
    const sections = root.querySelector<HTMLElement>('[data-diff-sections]');
    if (sections) sections.innerHTML = sectionsHtml(diff, { view, from, to, labels });
    const heads = part<HTMLElement>(root, 'heads');
    if (heads && view === 'side-by-side') {
      const [left, right] = heads.querySelectorAll('p');
      if (left) left.textContent = interpolate(labels.older, { version: from });
      if (right) right.textContent = interpolate(labels.newer, { version: to });
      heads.hidden = false;
    }
    // The two views of this comparison, and the "only changed sections" filter.
    const controls = part<HTMLElement>(root, 'controls');
    const address = interpolate(data.anyTemplate ?? '', { from, to });
    for (const link of controls?.querySelectorAll<HTMLAnchorElement>('.diff-views a') ?? []) {
      const sideBySide = link !== controls?.querySelector('.diff-views a');
      link.href = sideBySide ? `${address}&view=side-by-side` : address;
      link.toggleAttribute('aria-current', (view === 'side-by-side') === sideBySide);
      if (link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
    }
    if (controls) controls.hidden = false;
    // The other language compares the same two versions (versions have the same names in every language).
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) link.search = location.search;
    root.querySelector('details.compare-links')?.removeAttribute('open');
    say('');
    showNearest(root, pairs, from, to);
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch {
    say(data.failed ?? '');
    showNearest(root, pairs, from, to);
  }
}
