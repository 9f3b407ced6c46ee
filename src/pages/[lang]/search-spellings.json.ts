/**
 * For the search engine of each language (`DATA_FILES.searchSpellings(lang)`):
 * the British or American spellings of the words of the language's pages
 * that no page holds, with the words they stand for (`spellingTable`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { proseOf } from '../../lib/graph.ts';
import { spellingTable, textValues } from '../../lib/spelling-variants.ts';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

const UI = { vi, en } as const;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const { graph, prose } = await loadContent();
  function* texts(): Generator<string> {
    // Without their placeholders ("{organization}"), which no reader sees.
    for (const text of Object.values(UI[lang])) yield text.replace(/\{[^}]*\}/gu, ' ');
    for (const entry of graph.all()) {
      const shown = proseOf(entry, lang).prose;
      yield shown.title;
      yield shown.shortTitle;
      yield shown.summary;
      yield prose.get(shown.key)?.body ?? '';
      yield* textValues(entry.facts);
    }
  }
  return new Response(JSON.stringify(spellingTable(texts())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
