import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { loadContent } from '../../lib/content.ts';
import { feedItems } from '../../lib/exports.ts';
import { LANGS, LOCALE_TAG, type Lang } from '../../core/vocabulary.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';
import { feedVersion } from '../../lib/change-feeds.ts';
import { readRecordVersion } from '../../lib/version.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const { graph } = await loadContent();
  const version = feedVersion(readRecordVersion(CONTENT_DIR), lang);
  return rss({
    title: `${t('site.name')} — ${t('collection.events')}`,
    description: [t('site.description'), version.sentence].filter(Boolean).join(' '),
    site: site ?? SITE_URL,
    items: feedItems(graph, lang),
    customData: `<language>${LOCALE_TAG[lang]}</language>${version.lastBuildDate}`,
    trailingSlash: true,
  });
};
