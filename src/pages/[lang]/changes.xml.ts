/** RSS 2.0 feed of the changes to the record, per language (`DATA_FILES.changesRss(lang)`). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { changeRssItems, feedVersion } from '../../lib/change-feeds.ts';
import { loadContent } from '../../lib/content.ts';
import { readRecordVersion } from '../../lib/version.ts';
import { LANGS, LOCALE_TAG, type Lang } from '../../core/vocabulary.ts';
import { CONTENT_DIR, SITE_URL } from '../../core/config.ts';
import { absoluteUrl, pagePath } from '../../lib/routes.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const { graph, history } = await loadContent();
  const version = feedVersion(readRecordVersion(CONTENT_DIR), lang);
  const origin = site ?? SITE_URL;
  return rss({
    title: t('changes.feedTitle', { site: t('site.name') }),
    description: [t('changes.feedDescription'), version.sentence].filter(Boolean).join(' '),
    // The channel's link is the Changes page; items link absolutely to their revisions.
    site: absoluteUrl(pagePath(lang, 'changes'), origin),
    items: changeRssItems(graph, history, lang, origin),
    customData: `<language>${LOCALE_TAG[lang]}</language>${version.lastBuildDate}`,
    trailingSlash: true,
  });
};
