import { LOCALES, type Locale } from '~/i18n/locales';
import type { LocalizedDocument } from '~/lib/content/documents';
import type { Section } from '~/lib/content/sections';
import { changedSections } from '~/lib/diff/section-changes';
import { previousVersion } from './timeline';
import { sectionsOf } from './version-files';

/** What one language of a version changed: its changed sections since the previous version, and its acknowledged wording-only changes. */
export interface LanguageChange {
  locale: Locale;
  /** Ids of the sections whose text changed since the previous published version. */
  changed: string[];
  /** The sections this language changed alone, without a change in meaning, with the editors' reason. */
  wordingOnly: { section: string; reason: string }[];
}

/** One language's view of a version: its sections and acknowledgements, and the previous version's sections. */
export interface LanguageVersion {
  locale: Locale;
  sections: readonly Section[];
  previousSections: readonly Section[] | undefined;
  wordingOnly: readonly { section: string; reason: string }[];
}

/** Per language, which sections changed: so a reader of one language sees that the other changed too. */
export function languageChanges(languages: readonly LanguageVersion[]): LanguageChange[] {
  return languages.map(({ locale, sections, previousSections, wordingOnly }) => ({
    locale,
    changed: previousSections ? changedSections(previousSections, sections).map((change) => change.id) : [],
    wordingOnly: [...wordingOnly],
  }));
}

/** Reads a version in every language of a document (its translations) and says what each language changed. */
export async function languageChangesOf(translations: readonly LocalizedDocument[], version: string): Promise<LanguageChange[]> {
  const languages: LanguageVersion[] = [];
  for (const locale of LOCALES) {
    const doc = translations.find((candidate) => candidate.locale === locale);
    const entry = doc?.versions.find((candidate) => candidate.version === version)?.entry;
    if (!doc || !entry?.filePath) continue;
    const previous = previousVersion(doc.versions, version)?.entry.filePath;
    languages.push({
      locale,
      sections: await sectionsOf(entry.filePath),
      previousSections: previous ? await sectionsOf(previous) : undefined,
      wordingOnly: entry.data.wordingOnly,
    });
  }
  return languageChanges(languages);
}

/** Per language, which sections changed from one version to another (any pair, as on a diff page). */
export async function pairLanguageChangesOf(
  translations: readonly LocalizedDocument[],
  from: string,
  to: string,
): Promise<LanguageChange[]> {
  const languages: LanguageVersion[] = [];
  for (const locale of LOCALES) {
    const versions = translations.find((candidate) => candidate.locale === locale)?.versions ?? [];
    const older = versions.find((candidate) => candidate.version === from)?.entry.filePath;
    const newer = versions.find((candidate) => candidate.version === to)?.entry.filePath;
    if (!older || !newer) continue;
    languages.push({ locale, sections: await sectionsOf(newer), previousSections: await sectionsOf(older), wordingOnly: [] });
  }
  return languageChanges(languages);
}
