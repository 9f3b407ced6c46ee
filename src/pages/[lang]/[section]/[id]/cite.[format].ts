/**
 * The citation files of every entry page, beside the page
 * (`/en/events/<id>/cite.bib`, `.ris`, `.json`): the page's citation followed
 * by those of the reports it cites.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../../../core/config.ts';
import type { CollectionName, Lang } from '../../../../core/vocabulary.ts';
import {
  CITATION_FORMATS,
  citeVersion,
  entryCitations,
  formatCitations,
  MEDIA_TYPE,
  type CitationFormat,
} from '../../../../lib/citation.ts';
import { loadContent } from '../../../../lib/content.ts';
import { noteSourceIds } from '../../../../lib/entry-view.ts';
import { SECTION } from '../../../../lib/routes.ts';
import { siteRoutes } from '../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { graph } = await loadContent();
  return siteRoutes(graph).flatMap((route) =>
    route.kind === 'entry'
      ? CITATION_FORMATS.map((format) => ({
          params: { lang: route.lang, section: SECTION[route.collection][route.lang], id: route.id, format },
          props: { collection: route.collection },
        }))
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = async ({ params, props, site }) => {
  const { graph } = await loadContent();
  const lang = params['lang'] as Lang;
  const format = params['format'] as CitationFormat;
  const entry = graph.get(props.collection, params['id'] as string);
  if (!entry) throw new Error(`No entry ${props.collection}/${params['id']}`);
  const items = entryCitations(graph, entry, lang, site ?? SITE_URL, citeVersion(graph), noteSourceIds(entry, lang));
  return new Response(formatCitations(items, format), {
    headers: { 'content-type': `${MEDIA_TYPE[format]}; charset=utf-8` },
  });
};
