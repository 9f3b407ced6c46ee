import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { loadContent } from '../../lib/content.ts';
import { buildCalendar } from '../../lib/exports.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { SITE_URL } from '../../core/config.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const { graph } = await loadContent();
  const t = useTranslations(lang);
  const calendar = buildCalendar(graph, lang, site ?? SITE_URL, t('site.name'), t('openData.calendarDescription'));
  return new Response(calendar, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
