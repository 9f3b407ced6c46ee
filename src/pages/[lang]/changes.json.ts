/** JSON Feed 1.1 of the changes to the record, per language (`DATA_FILES.changesJson(lang)`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChangesJsonFeed } from '../../lib/change-feeds.ts';
import { loadContent } from '../../lib/content.ts';
import { readRecordVersion } from '../../lib/version.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { graph, history } = await loadContent();
  const feed = buildChangesJsonFeed(
    graph,
    history,
    params['lang'] as Lang,
    site ?? SITE_URL,
    readRecordVersion(CONTENT_DIR),
  );
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
