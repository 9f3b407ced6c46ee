import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { loadContent } from '../../lib/content.ts';
import { buildCalendar } from '../../lib/exports.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';
import { readRecordVersion } from '../../lib/version.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const { graph } = await loadContent();
  const t = useTranslations(lang);
  const version = readRecordVersion(CONTENT_DIR);
  const description = [
    t('openData.calendarDescription'),
    ...(version ? [t('exports.version', { date: version.date, commit: version.commit })] : []),
  ].join(' ');
  const calendar = buildCalendar(graph, lang, site ?? SITE_URL, t('site.name'), description, version);
  return new Response(calendar, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
