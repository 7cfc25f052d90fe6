import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocalizedDocuments } from '~/lib/content/documents';
import type { Section } from '~/lib/content/sections';
import { PATH_SEGMENTS } from '~/lib/site/urls';
import { publishedVersions } from '~/lib/versions/navigation';
import { sectionsOf } from '~/lib/versions/version-files';

/**
 * A published version's sections as data (/en/privacy/compare/2025.json): what the
 * comparison page (./index.astro) fetches for the two versions a reader picked, to compute
 * their diff in the browser with the same module the build uses. One file per version, so
 * the output grows linearly with the versions however many pairs readers compare.
 */
export const getStaticPaths = (async () => {
  const documents = await getLocalizedDocuments();
  return documents.flatMap((doc) =>
    publishedVersions(doc).map((version) => ({
      params: { lang: doc.locale, document: doc.slug, compare: PATH_SEGMENTS[doc.locale].compare, version: version.version },
      props: { filePath: version.entry.filePath ?? '' },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = async ({ props, params }) => {
  // The source line of each heading matters to editors' messages, not to readers.
  const sections: Omit<Section, 'line'>[] = (await sectionsOf(props.filePath)).map(({ line: _line, ...section }) => section);
  return new Response(JSON.stringify({ version: params.version, sections }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
