/**
 * Open data: the timeline's items per language (`DATA_FILES.timeline(lang)`),
 * the very object the timeline page embeds as its data island, with the
 * record version it was built from (`recordVersion`, null without git).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { buildTimeline } from '../../lib/timeline/build-timeline.ts';
import { readRecordVersion } from '../../lib/version.ts';
import { CONTENT_DIR } from '../../core/config.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { graph } = await loadContent();
  const data = buildTimeline(graph, params['lang'] as Lang);
  return new Response(`${JSON.stringify({ recordVersion: readRecordVersion(CONTENT_DIR), ...data }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
