import type { LocalizedDocument, PolicyVersion } from '~/lib/content/documents';
import { changelogPath, compareSideBySidePath, comparePath, documentPath, localeHomePath, versionPath } from '~/lib/site/urls';
import { type Locale } from '~/i18n/locales';
import { comparisonPairs, isPublished, previousVersion, type VersionPair } from './timeline';

/** A page's address in each language, for hreflang and the language switch. */
export interface LanguagePath {
  locale: Locale;
  path: string;
}

/** The published (non-draft) versions of a document, newest first. */
export function publishedVersions(doc: Pick<LocalizedDocument, 'versions'>): PolicyVersion[] {
  return doc.versions.filter(isPublished);
}

/** A document's title as readers know it: the current version's, else the newest published one's, else the folder name. */
export function documentTitle(doc: Pick<LocalizedDocument, 'document' | 'current' | 'versions'>): string {
  return (doc.current ?? publishedVersions(doc)[0])?.entry.data.title ?? doc.document;
}

/** Where a language starts: its first document with a current version, else the language's home page. */
export function languageEntryPath(documents: readonly Pick<LocalizedDocument, 'locale' | 'slug' | 'current'>[], locale: Locale): string {
  const doc = documents.find((candidate) => candidate.locale === locale && candidate.current);
  return doc ? documentPath(locale, doc.slug) : localeHomePath(locale);
}

/** The current version of a document in every language. */
export function documentAlternates(translations: readonly Pick<LocalizedDocument, 'locale' | 'slug'>[]): LanguagePath[] {
  return translations.map((other) => ({ locale: other.locale, path: documentPath(other.locale, other.slug) }));
}

/** A document's changelog in every language. */
export function changelogAlternates(translations: readonly Pick<LocalizedDocument, 'locale' | 'slug'>[]): LanguagePath[] {
  return translations.map((other) => ({ locale: other.locale, path: changelogPath(other.locale, other.slug) }));
}

/** The same version in every language that has it; a language without it gets its changelog instead. */
export function versionAlternates(translations: readonly LocalizedDocument[], version: string): LanguagePath[] {
  return translations.map((other) =>
    other.versions.some((candidate) => candidate.version === version)
      ? { locale: other.locale, path: versionPath(other.locale, other.slug, version) }
      : { locale: other.locale, path: changelogPath(other.locale, other.slug) },
  );
}

/** The same comparison in every language that prerenders it; otherwise that language's changelog. */
export function compareAlternates(
  translations: readonly LocalizedDocument[],
  pair: VersionPair,
  view: 'inline' | 'side-by-side',
): LanguagePath[] {
  return translations.map((other) => {
    const available = comparisonPairs(other.versions).some((candidate) => candidate.from === pair.from && candidate.to === pair.to);
    if (!available) return { locale: other.locale, path: changelogPath(other.locale, other.slug) };
    const build = view === 'inline' ? comparePath : compareSideBySidePath;
    return { locale: other.locale, path: build(other.locale, other.slug, pair.from, pair.to) };
  });
}

/** The comparison a reader most likely wants from a version: against the one before it. */
export function previousPair(doc: Pick<LocalizedDocument, 'versions'>, version: string): VersionPair | undefined {
  const previous = previousVersion(doc.versions, version);
  return previous ? { from: previous.version, to: version } : undefined;
}
