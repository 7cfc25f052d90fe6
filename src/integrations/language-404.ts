import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '~/i18n/locales';

/**
 * After the build: a language's own 404 page (src/pages/en/404.astro) becomes `en/404.html`,
 * next to the root `404.html`. Astro writes only the root one as a file; with
 * `build.format: 'directory'` the others land in `en/404/index.html`, which would also answer
 * 200 at `/en/404/`. The servers answer a missing address under `/en/` with `en/404.html`
 * (deploy/nginx/; docs/deployment.md).
 */
export function languageNotFoundPages(): AstroIntegration {
  return {
    name: 'jtec:language-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const folder = join(out, locale, '404');
          const built = join(folder, 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, locale, '404.html'));
          if (readdirSync(folder).length === 0) rmdirSync(folder);
          logger.info(`${locale}/404.html: the 404 page of addresses under /${locale}/`);
        }
      },
    },
  };
}
