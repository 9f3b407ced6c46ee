/**
 * The Open Graph / Twitter card image of every partnership and event, per
 * language (`ogImagePath`). The first request fills the content-hashed
 * cache (`og-cache.ts`), drawing only the cards that changed; every image is
 * then copied from it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../lib/content.ts';
import { hasOgCard, ogCardKey, ogCardOf } from '../../../../lib/og-card.ts';
import { cardImage, DRAW_CONCURRENCY, fillCardCache, projectCardCache } from '../../../../lib/og-cache.ts';
import { isLang, LANGS, type CollectionName } from '../../../../core/vocabulary.ts';

const cache = projectCardCache();

export const getStaticPaths = (async () => {
  const { graph } = await loadContent();
  return LANGS.flatMap((lang) =>
    graph
      .all()
      .filter(hasOgCard)
      .map((entry) => ({
        params: { lang, collection: entry.collection, id: entry.id },
        // The image's content hash: the incremental build copies an unchanged card without reading the cache.
        cacheKey: ogCardKey(ogCardOf(graph, entry, lang), cache.renderer),
      })),
  );
}) satisfies GetStaticPaths;

let filled: Promise<void> | undefined;

/** Every card of the build, drawn or found once, before the first image is written. */
async function fillOnce(): Promise<void> {
  const { graph } = await loadContent();
  const cards = LANGS.flatMap((lang) =>
    graph
      .all()
      .filter(hasOgCard)
      .map((entry) => ogCardOf(graph, entry, lang)),
  );
  const started = performance.now();
  const report = await fillCardCache(cache, cards, DRAW_CONCURRENCY);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n[og] ${cards.length} card images: ${report.drawn} drawn, ${report.cached} from the cache (${cache.dir}) in ${seconds} s`,
  );
}

export const GET: APIRoute = async ({ params }) => {
  filled ??= fillOnce();
  await filled;
  const { graph } = await loadContent();
  const { lang, collection, id } = params;
  const entry = isLang(lang) && id ? graph.get(collection as CollectionName, id) : undefined;
  if (!isLang(lang) || !entry) throw new Error(`No card for ${lang}/${collection}/${id}`);
  return new Response(new Uint8Array(await cardImage(cache, ogCardOf(graph, entry, lang))), {
    headers: { 'content-type': 'image/png' },
  });
};
