import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { loadContent } from '../../lib/content.ts';
import { buildCalendar } from '../../lib/exports.ts';
import { LANGS, type Lang } from '../../lib/routes.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const { graph } = await loadContent();
  const name = useTranslations(lang)('site.name');
  return new Response(buildCalendar(graph, lang, site ?? 'http://localhost:4321', name), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
