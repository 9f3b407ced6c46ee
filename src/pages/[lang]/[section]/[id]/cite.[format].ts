/**
 * The citation files of every entry page, beside the page
 * (`/en/events/<id>/cite.bib`, `.ris`, `.json`): the page's citation followed
 * by those of the reports it cites. The citations are made in
 * `getStaticPaths()`, so each file's cache key is the digest of what it holds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../../../core/config.ts';
import {
  CITATION_FORMATS,
  citeVersion,
  entryCitations,
  formatCitations,
  MEDIA_TYPE,
  type CitationFormat,
  type CslItem,
} from '../../../../lib/citation.ts';
import { loadContent } from '../../../../lib/content.ts';
import { noteSourceIds } from '../../../../lib/entry-view.ts';
import { digestKey } from '../../../../lib/pages/cache-key.ts';
import { SECTION } from '../../../../lib/routes.ts';
import { siteRoutes } from '../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { graph } = await loadContent();
  const site = new URL(SITE_URL);
  const version = citeVersion(graph);
  return siteRoutes(graph).flatMap((route) => {
    if (route.kind !== 'entry') return [];
    const entry = graph.get(route.collection, route.id);
    if (!entry) throw new Error(`No entry ${route.collection}/${route.id}`);
    const items = entryCitations(graph, entry, route.lang, site, version, noteSourceIds(entry, route.lang));
    return CITATION_FORMATS.map((format) => ({
      params: { lang: route.lang, section: SECTION[route.collection][route.lang], id: route.id, format },
      props: { items },
      // What the file is made of: the incremental build copies it while that is unchanged.
      cacheKey: digestKey(format, items),
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: CslItem[] }> = ({ params, props }) => {
  const format = params['format'] as CitationFormat;
  return new Response(formatCitations(props.items, format), {
    headers: { 'content-type': `${MEDIA_TYPE[format]}; charset=utf-8` },
  });
};
