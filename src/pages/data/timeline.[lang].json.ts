/**
 * Open data: the timeline's items per language (`DATA_FILES.timeline(lang)`),
 * the very object the timeline page embeds as its data island.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { buildTimeline } from '../../lib/timeline/build-timeline.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { graph } = await loadContent();
  const data = buildTimeline(graph, params['lang'] as Lang);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
