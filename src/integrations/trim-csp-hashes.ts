import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepOwnHashes } from '~/lib/site/csp-hashes';
import { filesBelow } from './output-files';

/**
 * After the build: each page's CSP <meta> keeps only the hashes of that page's own inline
 * scripts and styles (Astro lists the whole site's on every page; see src/lib/site/csp-hashes.ts).
 */
export function pageCsp(): AstroIntegration {
  return {
    name: 'jtec:trim-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const files = filesBelow(fileURLToPath(dir)).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const trimmed = keepOwnHashes(html);
          saved += html.length - trimmed.length;
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
        logger.info(`Each page's CSP lists only its own inline hashes: ${saved} B less over ${files.length} pages`);
      },
    },
  };
}
