import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { buildCsv } from '../../lib/exports.ts';
import { COLLECTIONS, type CollectionName } from '../../core/vocabulary.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';
import { readRecordVersion } from '../../lib/version.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await loadContent();
  return new Response(
    buildCsv(graph, params['collection'] as CollectionName, site ?? SITE_URL, readRecordVersion(CONTENT_DIR)),
    {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    },
  );
};
