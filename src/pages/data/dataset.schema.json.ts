import type { APIRoute } from 'astro';
import { buildDatasetSchema } from '../../lib/exports.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(buildDatasetSchema(site ?? 'http://localhost:4321'), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
