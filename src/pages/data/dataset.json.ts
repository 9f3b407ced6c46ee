import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { buildDataset } from '../../lib/exports.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';
import { readRecordVersion } from '../../lib/version.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadContent();
  return new Response(
    `${JSON.stringify(buildDataset(graph, site ?? SITE_URL, readRecordVersion(CONTENT_DIR)), null, 2)}\n`,
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
