import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { interpolate, localeInfo, useTranslations } from '~/i18n';
import { documentTitle, publishedVersions } from '~/lib/versions/navigation';
import { feedItemDate, todayInOslo } from '~/lib/site/dates';
import { getLocalizedDocuments, type LocalizedDocument } from '~/lib/content/documents';
import { absoluteUrl, changelogPath, versionPath } from '~/lib/site/urls';
import { isFirstVersion } from '~/lib/versions/timeline';
import { SITE_URL } from '~/site';

/** An RSS feed of a document's versions per language: /nb/personvern/feed.xml. */
export const getStaticPaths = (async () => {
  const documents = await getLocalizedDocuments();
  return documents.map((doc) => ({ params: { lang: doc.locale, document: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: LocalizedDocument }> = ({ props, site }) => {
  const { doc } = props;
  const t = useTranslations(doc.locale);
  const siteUrl = site ?? new URL(SITE_URL);
  const versions = publishedVersions(doc);
  const title = documentTitle(doc);
  const today = todayInOslo();
  return rss({
    title: interpolate(t('versions.feedTitle'), { title }),
    description: interpolate(t('versions.feedDescription'), { title }),
    site: absoluteUrl(changelogPath(doc.locale, doc.slug), siteUrl),
    customData: `<language>${localeInfo[doc.locale].hreflang}</language>`,
    // Titles carry no state ("current" would stay in readers' caches after the version is archived).
    items: versions.map((version) => {
      const pubDate = feedItemDate(version.appliesFrom, today);
      return {
        title: `${t('policy.version')} ${version.version}`,
        link: absoluteUrl(versionPath(doc.locale, doc.slug, version.version), siteUrl),
        description: version.entry.data.summary,
        categories: [
          isFirstVersion(doc.versions, version.version) ? t('versions.first') : t(`versions.change.${version.entry.data.change}`),
        ],
        ...(pubDate ? { pubDate: new Date(`${pubDate}T00:00:00Z`) } : {}),
      };
    }),
  });
};
