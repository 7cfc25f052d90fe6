import { DEFAULT_LOCALE, LOCALES, type Locale } from '~/i18n/locales';
import { sectionsWithChangedClaims } from '~/lib/checklist/coverage';
import { claimsByVersion } from '~/lib/checklist/report';
import { changedSections, type ChangedSection } from '~/lib/diff/section-changes';
import { groupBy, oldestFirst, type ContentRule, type VersionFile } from './parsed-content';
import { placeOfField, placeOfSection, placeOfText } from './place';
import type { Problem } from './problem';

/*
 * Translation drift, section by section (the section-level form of Mozilla
 * legal-docs' "outdated translation" check): a section whose text changed since the
 * previous published version in one language but not in the other is refused, on
 * the unchanged file, unless the changed file acknowledges it in `wordingOnly:`.
 * Acknowledgements are checked too, so none can hide a real change.
 */

/** The language's name in the editors' messages. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Norwegian', en: 'English' };

function acknowledged(entry: VersionFile | undefined, id: string): boolean {
  return entry?.frontmatter?.wordingOnly.some((ack) => ack.section === id) ?? false;
}

/** One version in every language against the previous published version in the same languages. */
function checkVersionDrift(
  now: Map<Locale, VersionFile>,
  before: Map<Locale, VersionFile> | undefined,
  claimsChanged: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const changed = new Map<Locale, Map<string, ChangedSection>>();
  for (const locale of LOCALES) {
    const older = before?.get(locale)?.sections;
    const newer = now.get(locale)?.sections;
    changed.set(locale, new Map(older && newer ? changedSections(older, newer).map((change) => [change.id, change]) : []));
  }
  const reference = now.get(DEFAULT_LOCALE);
  const previousName = before?.get(DEFAULT_LOCALE)?.version;
  for (const section of reference?.sections ?? []) {
    const changedIn = LOCALES.filter((locale) => changed.get(locale)?.has(section.id));
    if (changedIn.length !== 1) continue;
    const [locale] = changedIn as [Locale];
    const changedFile = now.get(locale);
    if (acknowledged(changedFile, section.id)) continue;
    const change = changed.get(locale)?.get(section.id);
    for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
      const unchanged = now.get(other);
      if (!unchanged || !changedFile) continue;
      // The section's heading here; a section missing here entirely is the translation rule's to report.
      const own = unchanged.sections?.find((candidate) => candidate.id === section.id);
      if (!own) continue;
      problems.push({
        file: unchanged.path,
        ...placeOfSection(unchanged.text, own),
        message: `the section "${section.id}" changed in ${LANGUAGE_NAMES[locale]} since version ${previousName} (${change?.firstChange}, ${changedFile.path}) but not here`,
        fix:
          `translate the change into this file; or, if the ${LANGUAGE_NAMES[locale]} change alters no meaning (a typo, a rewording), ` +
          `acknowledge it in ${changedFile.path}: \`wordingOnly: [{ section: ${section.id}, reason: "…" }]\``,
      });
    }
  }
  for (const locale of LOCALES) {
    const entry = now.get(locale);
    if (!entry) continue;
    for (const ack of entry.frontmatter?.wordingOnly ?? []) {
      // The entry's `section: id`, below the wordingOnly: line.
      const place = placeOfText(entry.text, ack.section, entry.fieldLines.get('wordingOnly')) ?? placeOfField(entry, 'wordingOnly');
      const problem = (message: string, fix: string) => problems.push({ file: entry.path, ...place, message, fix });
      if (!entry.sections?.some((section) => section.id === ack.section)) {
        problem(`"wordingOnly" names the section "${ack.section}", which this version does not have`, 'use the id of one of its sections, or remove the entry');
      } else if (LOCALES.every((candidate) => changed.get(candidate)?.has(ack.section))) {
        problem(
          `the section "${ack.section}" is acknowledged as a change in ${LANGUAGE_NAMES[locale]} only, but it changed in every language since version ${previousName}`,
          'a change made in every language is a translated change: remove this entry',
        );
      } else if (claimsChanged.has(ack.section)) {
        problem(
          `the section "${ack.section}" is acknowledged as a change in ${LANGUAGE_NAMES[locale]} only, but what it covers on the GDPR checklist changed since version ${previousName}`,
          'a change in what a section covers is a change in meaning: translate it into every language and remove this entry; or, if the section covered it before too, claim it in the earlier version\'s checklist file as well',
        );
      } else if (!changed.get(locale)?.has(ack.section) && entry.frontmatter?.errata.length === 0) {
        problem(
          `the section "${ack.section}" is acknowledged as a change in ${LANGUAGE_NAMES[locale]} only, but it did not change here${previousName ? ` since version ${previousName}` : ''}`,
          'remove this entry (it is only for sections changed in this language alone, by this version or by an erratum)',
        );
      }
    }
  }
  return problems;
}

/** Every version of every document against the previous published one, in both languages. */
export const translationDriftRule: ContentRule = ({ set, versions }) => {
  const problems: Problem[] = [];
  const claims = claimsByVersion(set);
  for (const ofDocument of groupBy(versions, (entry) => entry.document)) {
    const byVersion = new Map<string, Map<Locale, VersionFile>>();
    for (const entry of ofDocument) byVersion.set(entry.version, (byVersion.get(entry.version) ?? new Map()).set(entry.locale, entry));
    let previous: Map<Locale, VersionFile> | undefined;
    for (const reference of oldestFirst(ofDocument.filter((entry) => entry.locale === DEFAULT_LOCALE))) {
      const now = byVersion.get(reference.version) ?? new Map<Locale, VersionFile>();
      const previousName = previous?.get(DEFAULT_LOCALE)?.version;
      problems.push(...checkVersionDrift(now, previous, sectionsWithChangedClaims(claims, reference.document, previousName, reference.version)));
      if (reference.frontmatter?.status === 'published') previous = now;
    }
  }
  return problems;
};
