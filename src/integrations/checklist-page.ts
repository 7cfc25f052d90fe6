import type { AstroIntegration } from 'astro';

/**
 * The editors' GDPR checklist page (src/dev-pages/checklist.astro), added to
 * `astro dev` only: like drafts, it is never part of a build, so the published
 * site does not change.
 */
export function checklistPage(): AstroIntegration {
  let base = '/';
  return {
    name: 'jtec:checklist-page',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command !== 'dev') return;
        base = config.base.replace(/\/?$/, '/');
        injectRoute({ pattern: '/editors/checklist/[document]/[lang]', entrypoint: './src/dev-pages/checklist.astro' });
      },
      'astro:server:start': ({ address, logger }) => {
        logger.info(
          `the editors' GDPR checklist: http://127.0.0.1:${address.port}${base}editors/checklist/{document}/{nb|en}/, e.g. …/privacy/nb/`,
        );
      },
    },
  };
}
