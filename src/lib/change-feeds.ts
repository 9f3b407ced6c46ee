/**
 * Feeds of the changes to the record, per language: RSS 2.0 items (written
 * by `@astrojs/rss`) and a JSON Feed 1.1 document. An item is one revision of
 * one entry (its addition, an edit or a correction), newest first, linked to
 * that revision on the entry's history page, dated by its commit. Both carry
 * the record version. Deterministic for a given commit: no build-time clock.
 */
import type { Graph } from './graph.ts';
import type { RecordHistory, Revision } from './history.ts';
import { changeItem, publishedRevisions, type ChangeItem } from './history-view.ts';
import { absoluteUrl, DATA_FILES, pagePath } from './routes.ts';
import type { RecordVersion } from './version.ts';
import { LOCALE_TAG, type Lang } from '../core/vocabulary.ts';
import { useTranslations } from '../i18n/ui.ts';

/** How many changes a feed carries. */
export const FEED_ITEMS = 50;

/** The record version as a feed states it: a sentence for the description, and RSS `<lastBuildDate>`. */
export function feedVersion(version: RecordVersion | null, lang: Lang): { sentence: string; lastBuildDate: string } {
  if (!version) return { sentence: '', lastBuildDate: '' };
  const t = useTranslations(lang);
  return {
    sentence: t('exports.version', { date: version.date, commit: version.commit }),
    lastBuildDate: `<lastBuildDate>${new Date(`${version.date}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
  };
}

interface FeedChange {
  revision: Revision;
  item: ChangeItem;
  title: string;
  text: string;
}

/** The newest changes, with an item title ("Corrected: <title>") and a plain-text body. */
function feedChanges(graph: Graph, history: RecordHistory, lang: Lang): FeedChange[] {
  const t = useTranslations(lang);
  return publishedRevisions(graph, history)
    .slice(0, FEED_ITEMS)
    .map((revision) => {
      const item = changeItem(graph, revision, lang);
      const correction = item.correction ? `${t('history.correction')}: ${item.correction.text}` : '';
      return {
        revision,
        item,
        title: t('changes.feedItem', { kind: t(`changes.kind.${item.kind}`), title: item.entry.text }),
        text: [correction, item.summary, `“${item.subject}”`].filter(Boolean).join('\n'),
      };
    });
}

export interface ChangeRssItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

/**
 * RSS items of the newest changes (`@astrojs/rss` makes each link the item's guid: the revision is unique).
 * Links are absolute: `@astrojs/rss` would add a trailing slash after a relative link's fragment.
 * @example changeRssItems(graph, history, 'en', site)[0] // { title: 'Corrected: …', link: 'https://…/en/events/x/history/#r-a1b2c3d', … }
 */
export function changeRssItems(graph: Graph, history: RecordHistory, lang: Lang, site: string | URL): ChangeRssItem[] {
  return feedChanges(graph, history, lang).map(({ revision, item, title, text }) => ({
    title,
    link: absoluteUrl(item.href, site),
    description: text,
    pubDate: new Date(revision.time),
    categories: [item.kind],
  }));
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of the newest changes. */
export function buildChangesJsonFeed(
  graph: Graph,
  history: RecordHistory,
  lang: Lang,
  site: string | URL,
  version: RecordVersion | null,
): Record<string, unknown> {
  const t = useTranslations(lang);
  const home = absoluteUrl(pagePath(lang, 'changes'), site);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: t('changes.feedTitle', { site: t('site.name') }),
    home_page_url: home,
    feed_url: absoluteUrl(DATA_FILES.changesJson(lang), site),
    description: [t('changes.feedDescription'), feedVersion(version, lang).sentence].filter(Boolean).join(' '),
    language: LOCALE_TAG[lang],
    authors: [{ name: t('site.name'), url: absoluteUrl(`/${lang}/`, site) }],
    items: feedChanges(graph, history, lang).map(({ revision, item, title, text }) => ({
      id: absoluteUrl(item.href, site),
      url: absoluteUrl(item.href, site),
      external_url: absoluteUrl(item.entry.href, site),
      title,
      content_text: text,
      date_published: revision.time,
      tags: [item.kind, revision.collection],
      ...(item.entry.lang ? {} : { language: LOCALE_TAG[lang] }),
    })),
  };
}
