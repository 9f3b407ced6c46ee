/** The whole dataset's citation, per language, as BibTeX, RIS and CSL-JSON (`/data/citation.en.bib`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../core/config.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import {
  CITATION_FORMATS,
  citeVersion,
  datasetCsl,
  formatCitations,
  MEDIA_TYPE,
  type CitationFormat,
} from '../../lib/citation.ts';
import { loadContent } from '../../lib/content.ts';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => CITATION_FORMATS.map((format) => ({ params: { lang, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await loadContent();
  const format = params['format'] as CitationFormat;
  const item = datasetCsl(params['lang'] as Lang, site ?? SITE_URL, citeVersion(graph));
  return new Response(formatCitations([item], format), {
    headers: { 'content-type': `${MEDIA_TYPE[format]}; charset=utf-8` },
  });
};
