import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { buildDataset } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadContent();
  return new Response(`${JSON.stringify(buildDataset(graph, site ?? 'http://localhost:4321'), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
