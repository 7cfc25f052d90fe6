import type { APIRoute, GetStaticPaths } from 'astro';
import { documentTitle, previousPair, publishedVersions } from '~/lib/versions/navigation';
import { getLocalizedDocuments, type LocalizedDocument } from '~/lib/content/documents';
import { absoluteUrl, changelogPath, comparePath, documentPath, feedPath, versionPath } from '~/lib/site/urls';
import { buildVersionsJson } from '~/lib/versions/versions-json';
import { hashVersionText } from '~/lib/versions/lock-file';
import { readVersionSource } from '~/lib/versions/version-files';
import { versionPeriods } from '~/lib/versions/timeline';
import { SITE_URL } from '~/site';

/** The machine-readable version list per document and language (format described in src/lib/version-data.ts). */
export const getStaticPaths = (async () => {
  const documents = await getLocalizedDocuments();
  return documents.map((doc) => ({ params: { lang: doc.locale, document: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: LocalizedDocument }> = async ({ props, site }) => {
  const { doc } = props;
  const siteUrl = site ?? new URL(SITE_URL);
  const url = (path: string) => absoluteUrl(path, siteUrl);
  const facts = await Promise.all(
    publishedVersions(doc).map(async (version) => {
      const previous = previousPair(doc, version.version);
      const source = await readVersionSource(version.entry.filePath ?? '');
      return {
        ...version,
        change: version.entry.data.change,
        summary: version.entry.data.summary,
        sha256: hashVersionText(source.text),
        url: url(versionPath(doc.locale, doc.slug, version.version)),
        compareWithPrevious: previous ? url(comparePath(doc.locale, doc.slug, previous.from, previous.to)) : undefined,
      };
    }),
  );
  const json = buildVersionsJson(
    {
      document: doc.document,
      language: doc.locale,
      title: documentTitle(doc),
      url: url(documentPath(doc.locale, doc.slug)),
      changelog: url(changelogPath(doc.locale, doc.slug)),
      feed: url(feedPath(doc.locale, doc.slug)),
    },
    versionPeriods(facts),
  );
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
