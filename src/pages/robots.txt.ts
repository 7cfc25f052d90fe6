import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/site/urls';
import { SITE_URL } from '~/site';

/** robots.txt, pointing at the sitemap wherever the site is deployed (domain and base path). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site ?? SITE_URL)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
