import { interpolate, useTranslations } from '~/i18n';
import { publishedVersions } from './navigation';
import type { LocalizedDocument } from '~/lib/content/documents';
import type { SectionExtras } from './section-extras';
import { comparePath, versionPath, withBase } from '~/lib/site/urls';
import { sectionHistoryOfFiles } from './version-files';

/** The citation link target and history lines for the sections of one published version's page. */
export async function sectionExtrasFor(doc: LocalizedDocument, version: string): Promise<SectionExtras> {
  const t = useTranslations(doc.locale);
  const oldestFirst = publishedVersions(doc).reverse();
  const upToShown = oldestFirst.slice(0, oldestFirst.findIndex((entry) => entry.version === version) + 1);
  const lines = await sectionHistoryOfFiles(
    upToShown.map((entry) => ({ version: entry.version, filePath: entry.entry.filePath ?? '' })),
    doc.locale,
  );
  const history: SectionExtras['history'] = {};
  for (const [id, line] of lines) {
    history[id] = {
      text: interpolate(t(line.kind === 'added' ? 'history.added' : 'history.changed'), { version: line.version }),
      href: `${withBase(comparePath(doc.locale, doc.slug, line.previous, line.version))}#${line.anchor}`,
    };
  }
  return { permanentPath: withBase(versionPath(doc.locale, doc.slug, version)), history };
}
