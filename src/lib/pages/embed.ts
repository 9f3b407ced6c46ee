/**
 * The embeddable views, framed on other sites: the timeline, in the view its
 * address names (the same query as the timeline page), and a card for any
 * entry. Both carry an attribution line and a link back to the full view;
 * neither is indexed (noindex, out of the sitemap and of search).
 */
import { useTranslations } from '../../i18n/ui.ts';
import { proseOf, type Graph } from '../graph.ts';
import { entryKicker } from '../kind-label.ts';
import { entryTime, type TimeView } from '../links.ts';
import { embeddedRoute, homePath, routePath, type Route } from '../routes.ts';
import { partiesOf, type PartyGroup } from '../share.ts';
import type { Lang } from '../../core/vocabulary.ts';
import { timelinePage, type TimelinePageData } from './timeline.ts';

/** The licence of the site's text and data, linked from every embed. */
export const LICENCE = { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** "Source: Vietnam Digital Partnerships · Licence: CC BY 4.0", with their links. */
export interface Attribution {
  siteName: string;
  /** The home page in the embed's language. */
  siteHref: string;
  licence: typeof LICENCE;
}

export interface EmbedTimelinePageData extends Omit<TimelinePageData, 'kind' | 'route' | 'embed'> {
  kind: 'embedTimeline';
  route: Route & { kind: 'embedTimeline' };
  title: string;
  description: string;
  /** The timeline page; the element adds the view's query to links built on it. */
  fullPath: string;
  attribution: Attribution;
}

export interface EmbedEntryPageData {
  kind: 'embedEntry';
  route: Route & { kind: 'embedEntry' };
  kicker: string;
  title: string;
  /** For `<title>` when the full title would be too long. */
  shortTitle: string;
  /** Language of the title and summary when the entry has no prose in the page's language. */
  textLang: Lang | undefined;
  time: TimeView | null;
  parties: PartyGroup[];
  summary: string;
  description: string;
  /** The entry's page. */
  fullPath: string;
  attribution: Attribution;
}

function attribution(lang: Lang): Attribution {
  return { siteName: useTranslations(lang)('site.name'), siteHref: homePath(lang), licence: LICENCE };
}

export function embedTimelinePage(
  graph: Graph,
  route: Route & { kind: 'embedTimeline' },
  site: string,
): EmbedTimelinePageData {
  const t = useTranslations(route.lang);
  const full = embeddedRoute(route);
  const { choices, status, timeline } = timelinePage(graph, full as Route & { kind: 'page' }, site);
  return {
    timeline,
    choices,
    status,
    kind: 'embedTimeline',
    route,
    title: t('embed.timelineTitle'),
    description: t('embed.timelineDescription'),
    fullPath: routePath(full),
    attribution: attribution(route.lang),
  };
}

export function embedEntryPage(graph: Graph, route: Route & { kind: 'embedEntry' }): EmbedEntryPageData {
  const { lang } = route;
  const t = useTranslations(lang);
  const entry = graph.get(route.collection, route.id);
  if (!entry) throw new Error(`No entry ${route.collection}/${route.id}`);
  const { prose, fallback, lang: textLang } = proseOf(entry, lang);
  return {
    kind: 'embedEntry',
    route,
    kicker: entryKicker(entry, lang),
    title: prose.title,
    shortTitle: prose.shortTitle,
    textLang: fallback ? textLang : undefined,
    time: entryTime(entry, lang),
    parties: partiesOf(graph, entry, lang),
    summary: prose.summary,
    description: t('embed.entryDescription', { title: prose.title }),
    fullPath: routePath(embeddedRoute(route)),
    attribution: attribution(lang),
  };
}
