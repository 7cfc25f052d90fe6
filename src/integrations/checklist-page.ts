import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE } from '~/i18n/locales';
import { checklistPagePath } from '~/lib/checklist/overview';
import { loadChecklist, stateLabel } from '~/lib/checklist/report';
import { todayInOslo } from '~/lib/site/dates';

/**
 * The editors' GDPR checklist page (src/dev-pages/checklist.astro), added to
 * `astro dev` only: like drafts, it is never part of a build, so the published
 * site does not change. When the dev server starts, it says where the page is
 * and how many items each version leaves uncovered.
 */
export function checklistPage(options: { contentDir: string }): AstroIntegration {
  let base: string | undefined;
  return {
    name: 'jtec:checklist-page',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command !== 'dev') return;
        base = config.base.replace(/\/?$/, '/');
        injectRoute({ pattern: '/editors/checklist/[document]/[lang]', entrypoint: './src/dev-pages/checklist.astro' });
      },
      'astro:server:start': async ({ address, logger }) => {
        if (base === undefined) return;
        const entries = (await loadChecklist(options.contentDir, todayInOslo())).filter((entry) => entry.locale === DEFAULT_LOCALE);
        for (const entry of entries) {
          const uncovered = entry.claims ? entry.coverage.filter((covered) => covered.sections.length === 0).length : undefined;
          const page = `http://127.0.0.1:${address.port}${base}${checklistPagePath(entry.document, entry.locale).slice(1)}`;
          const count =
            uncovered === undefined ? 'no checklist file' : `${uncovered} of ${entry.coverage.length} GDPR checklist items not covered`;
          logger.info(`${entry.document}, ${stateLabel(entry.state)} ${entry.version}: ${count} — ${page}`);
        }
      },
    },
  };
}
