/**
 * For the search page of each language (`DATA_FILES.searchValues(lang)`):
 * the filter values whose name differs in the other language, read only when
 * a reader searches both languages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { filterCounterparts } from '../../lib/search.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { graph } = await loadContent();
  return new Response(JSON.stringify(filterCounterparts(graph, params['lang'] as Lang)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
