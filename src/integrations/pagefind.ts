import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Shape of `pagefind/pagefind-entry.json`, the part we log. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after every `astro build`.
 * Pagefind splits the index by `<html lang>`, so Norwegian and English pages never mix,
 * and indexes only what is inside `data-pagefind-body` (the policy text).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'jtec:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const entry = JSON.parse(await readFile(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as PagefindEntry;
          const languages = Object.entries(entry.languages)
            .map(([language, { page_count }]) => `${language}: ${page_count} pages`)
            .join(', ');
          logger.info(
            `Search index: read ${added.page_count} HTML files, indexed ${languages} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
