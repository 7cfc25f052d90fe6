import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** robots.txt, pointing at the sitemap wherever the site is deployed (domain and base path). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site ?? 'https://jtec.no')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
