import type { Locale } from '~/i18n/locales';
import type { Section } from '~/lib/content/sections';
import { documentPath, versionPath } from '~/lib/site/urls';
import type { ChecklistItem } from './checklist';
import { coverageChange, type CoverageChange } from './coverage';
import type { ChecklistVersion } from './report';

/*
 * What the editors' checklist page shows for one document in one language: every
 * item, the sections that cover it in the current version and in each version
 * being prepared (upcoming or draft), and what those change.
 */

/** A covering section, with the address that opens it in that version. */
export interface SectionLink {
  id: string;
  title: string;
  /** The path (without the base) of the section in its version, e.g. `/nb/personvern/#your-rights`. */
  href: string;
}

/** One item in one version. */
export interface ItemInVersion {
  version: ChecklistVersion;
  sections: SectionLink[];
  /** What this version changes against the current one; undefined for the current version itself, or when there is none. */
  change: CoverageChange | undefined;
}

/** One row of the page: an item across the versions. */
export interface OverviewRow {
  item: ChecklistItem;
  versions: ItemInVersion[];
}

/** The page for one document in one language. */
export interface ChecklistOverview {
  /** The current version first, then the versions being prepared, newest first. */
  versions: ChecklistVersion[];
  rows: OverviewRow[];
}

/** Where a section of a version opens: the current version's own address, or the version's permanent one. */
export function sectionHref(version: ChecklistVersion, section: Pick<Section, 'id'>): string {
  const page =
    version.state === 'current' ? documentPath(version.locale, version.slug) : versionPath(version.locale, version.slug, version.version);
  return `${page}#${section.id}`;
}

/** The overview of one document in one language, from the checklist report's versions. */
export function checklistOverview(entries: readonly ChecklistVersion[], document: string, locale: Locale): ChecklistOverview {
  const own = entries.filter((entry) => entry.document === document && entry.locale === locale);
  const current = own.find((entry) => entry.state === 'current');
  const versions = [...(current ? [current] : []), ...own.filter((entry) => entry !== current)];
  const rows = (versions[0]?.coverage ?? []).map(({ item }, index) => ({
    item,
    versions: versions.map((version) => {
      const sections = version.coverage[index]?.sections ?? [];
      return {
        version,
        sections: sections.map((section) => ({ id: section.id, title: section.title, href: sectionHref(version, section) })),
        change: current && version !== current ? coverageChange(current.coverage[index]?.sections ?? [], sections) : undefined,
      };
    }),
  }));
  return { versions, rows };
}

/** Per version being prepared, the items whose coverage it changes, by kind of change. */
export function changesByVersion(
  overview: ChecklistOverview,
): { version: ChecklistVersion; changes: Map<CoverageChange, ChecklistItem[]> }[] {
  if (overview.versions[0]?.state !== 'current') return [];
  return overview.versions.slice(1).map((version, offset) => {
    const changes = new Map<CoverageChange, ChecklistItem[]>();
    for (const row of overview.rows) {
      const change = row.versions[offset + 1]?.change;
      if (change && change !== 'unchanged') changes.set(change, [...(changes.get(change) ?? []), row.item]);
    }
    return { version, changes };
  });
}

/** The editors' checklist page of a document in a language (in `astro dev` only): `/editors/checklist/privacy/nb/`. */
export function checklistPagePath(document: string, locale: Locale): string {
  return `/editors/checklist/${document}/${locale}/`;
}
