import { useTranslations } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import type { DiffLabels } from './render-html';

/** The words of a diff page in one language, for the HTML renderer (at build time, and handed to the browser). */
export function diffLabels(locale: Locale): DiffLabels {
  const t = useTranslations(locale);
  return {
    added: t('diff.added'),
    removed: t('diff.removed'),
    intro: t('diff.intro'),
    formerly: t('diff.formerly'),
    absentOlder: t('diff.absentOlder'),
    absentNewer: t('diff.absentNewer'),
    older: t('diff.older'),
    newer: t('diff.newer'),
    kinds: {
      added: t('diff.kind.added'),
      removed: t('diff.kind.removed'),
      renamed: t('diff.kind.renamed'),
      moved: t('diff.kind.moved'),
      changed: t('diff.kind.changed'),
      unchanged: t('diff.kind.unchanged'),
    },
    summaryLabel: t('diff.summary.label'),
    summaryCounts: t('diff.summary.counts'),
    summaryNone: t('diff.summary.none'),
    counts: {
      added: t('diff.count.added'),
      removed: t('diff.count.removed'),
      renamed: t('diff.count.renamed'),
      moved: t('diff.count.moved'),
      changed: t('diff.count.changed'),
    },
    movedTo: t('diff.movedTo'),
    movedFrom: t('diff.movedFrom'),
    linkChanged: t('diff.linkChanged'),
    table: t('table.name'),
  };
}
