/**
 * For the search engine of each language (`DATA_FILES.searchSpellings(lang)`):
 * the British or American spellings of the words of the language's pages
 * that no page holds, with the words they stand for (`spellingTable`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { searchTexts, spellingTable } from '../../lib/spelling-variants.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { graph, prose } = await loadContent();
  const texts = searchTexts(graph, params['lang'] as Lang, (key) => prose.get(key)?.body ?? '');
  return new Response(JSON.stringify(spellingTable(texts)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
