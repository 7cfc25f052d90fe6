// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { checklistPage } from './src/integrations/checklist-page.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { withHreflangAlternates } from './src/integrations/sitemap-alternates.ts';
import { precompress } from './src/integrations/precompress.ts';
import { languageNotFoundPages } from './src/integrations/language-404.ts';
import { pageCsp } from './src/integrations/trim-csp-hashes.ts';
import { onDemandChunks } from './src/integrations/on-demand-chunks.ts';

/**
 * The deployment's base path, set in one place: `BASE_PATH=/personvern/ npm run build`
 * publishes the site under https://jtec.no/personvern/. Defaults to the domain root.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://jtec.no',
  base,
  // Tests build the multi-version fixture content into its own folder (see package.json).
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Astro renders no Markdown here (the notices are rendered by their loader, src/lib/content/notice-loader.ts);
    // its default Shiki would colour code with inline style attributes, which the CSP blocks.
    syntaxHighlight: false,
  },
  integrations: [
    // The content rules of `npm run check`: a build refuses content that breaks them (see docs/editing.md).
    contentCheck({ contentDir: process.env.CONTENT_DIR ?? './content' }),
    // The editors' GDPR checklist page, in `astro dev` only (never built; see docs/editing.md).
    checklistPage({ contentDir: process.env.CONTENT_DIR ?? './content' }),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // Each page's own hreflang alternates (the slugs differ per language; `/` is x-default).
      serialize: withHreflangAlternates(process.env.OUT_DIR ?? './dist', base),
    }),
    // en/404/index.html → en/404.html, before anything reads the pages (deploy/nginx/ serves it under /en/).
    languageNotFoundPages(),
    // Each page's CSP <meta> keeps only the hashes of its own inline scripts and styles.
    pageCsp(),
    // After the HTML is final, so that it indexes the finished pages.
    pagefindIndex(),
    // After Pagefind: brotli and gzip copies of every text file, served by nginx (deploy/nginx/).
    precompress(),
  ],
  security: {
    // Astro hashes every inline script and style it emits and writes the policy into a
    // <meta http-equiv="content-security-policy"> on each page: no 'unsafe-inline'
    // (pageCsp() above then leaves each page only its own hashes).
    // Pagefind (search) loads its scripts from this origin and needs 'wasm-unsafe-eval'.
    // frame-ancestors cannot be set in a <meta>; public/_headers sends it as a header.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  vite: {
    // Scripts that wait for the reader are chunks of their own, imported by URL (src/browser/on-demand.ts).
    plugins: [onDemandChunks()],
  },
});
