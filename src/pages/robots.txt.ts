import type { APIRoute } from 'astro';
import { SITE_URL } from '../core/config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? SITE_URL).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
