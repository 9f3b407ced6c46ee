import type { APIRoute } from 'astro';
import { buildDatasetSchema } from '../../lib/exports.ts';
import { SITE_URL } from '../../core/config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(buildDatasetSchema(site ?? SITE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
