import type { LocalizedDocument, PolicyVersion } from './documents';
import { changelogPath, compareSideBySidePath, comparePath, versionPath, type Locale } from './urls';
import { comparisonPairs, previousVersion, type VersionPair } from './versions';

/** A page's address in each language, for hreflang and the language switch. */
export interface LanguagePath {
  locale: Locale;
  path: string;
}

/** The published (non-draft) versions of a document, newest first. */
export function publishedVersions(doc: Pick<LocalizedDocument, 'versions'>): PolicyVersion[] {
  return doc.versions.filter((version) => version.state !== 'draft');
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
