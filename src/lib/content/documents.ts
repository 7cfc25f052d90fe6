import { getCollection, type CollectionEntry } from 'astro:content';
import { todayInOslo } from '~/lib/site/dates';
import { isLocale, type Locale } from '~/i18n/locales';
import { classifyVersions, type DatedVersion } from '~/lib/versions/timeline';

export type DocumentEntry = CollectionEntry<'documents'>;

/** One version of a document in one language, with its state today. */
export type PolicyVersion = DatedVersion<{
  version: string;
  updated: string;
  effective: string | undefined;
  status: 'published' | 'draft';
  entry: DocumentEntry;
}>;

/** A document in one language: its URL slug and every version, newest first. */
export interface LocalizedDocument {
  /** The folder name under content/, e.g. `privacy`: the same in every language. */
  document: string;
  locale: Locale;
  slug: string;
  versions: PolicyVersion[];
  current: PolicyVersion | undefined;
}

/** Splits an entry id `privacy/nb/2025` into its parts. */
export function entryParts(entry: DocumentEntry): { document: string; locale: Locale; version: string } {
  const [document = '', locale = '', version = ''] = entry.id.split('/');
  if (!isLocale(locale))
    throw new Error(
      `${entry.filePath}: the folder "${locale}" is not a language of this site — use content/{document}/nb/ or content/{document}/en/`,
    );
  return { document, locale, version };
}

/**
 * Every document in every language, with versions ordered and classified for
 * today (the build day, in Oslo). Drafts are included only in `astro dev`.
 */
export function getLocalizedDocuments(today: string = todayInOslo()): Promise<LocalizedDocument[]> {
  // Every page render asks again (layout, article, search); a build reads the collection once per day value.
  // `astro dev` reads it afresh each time, so edits to the content show up without a restart.
  if (import.meta.env.DEV) return loadLocalizedDocuments(today);
  let documents = documentsByDay.get(today);
  if (!documents) {
    documents = loadLocalizedDocuments(today);
    documentsByDay.set(today, documents);
  }
  return documents;
}

const documentsByDay = new Map<string, Promise<LocalizedDocument[]>>();

async function loadLocalizedDocuments(today: string): Promise<LocalizedDocument[]> {
  const entries = await getCollection('documents', (entry) => import.meta.env.DEV || entry.data.status === 'published');
  const groups = new Map<string, DocumentEntry[]>();
  for (const entry of entries) {
    const { document, locale } = entryParts(entry);
    const key = `${document}/${locale}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].map(([key, group]) => {
    const [document = '', locale] = key.split('/') as [string, Locale];
    const versions = classifyVersions(
      group.map((entry) => ({
        version: entryParts(entry).version,
        updated: entry.data.updated,
        effective: entry.data.effective,
        status: entry.data.status,
        entry,
      })),
      today,
    );
    return {
      document,
      locale,
      slug: group[0]?.data.slug ?? document,
      versions,
      current: versions.find((version) => version.state === 'current'),
    };
  });
}

/** The same document in the other languages, for language switches and hreflang. */
export function translationsOf(documents: LocalizedDocument[], document: string): LocalizedDocument[] {
  return documents.filter((candidate) => candidate.document === document);
}
