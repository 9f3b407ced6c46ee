/** The home page: counts, entry points, latest events and key figures. */
import { useTranslations } from '../../i18n/ui.ts';
import type { Graph } from '../graph.ts';
import { keyFigures, latestEvents, recordCounts, type KeyFigure } from '../home.ts';
import type { Route } from '../routes.ts';
import { websiteJsonLd } from '../seo.ts';
import { entryCard, type CardData } from './card.ts';

export interface HomePageData {
  kind: 'home';
  route: Route & { kind: 'home' };
  counts: ReturnType<typeof recordCounts>;
  figures: KeyFigure[];
  /** The four most recent dated events, newest first. */
  latest: CardData[];
  jsonLd: Record<string, unknown>[];
}

export function homePage(graph: Graph, route: Route & { kind: 'home' }, site: string): HomePageData {
  const { lang } = route;
  const t = useTranslations(lang);
  return {
    kind: 'home',
    route,
    counts: recordCounts(graph),
    figures: keyFigures(graph, lang),
    latest: latestEvents(graph, 4).map((event) => entryCard(event, lang)),
    jsonLd: [websiteJsonLd(lang, site, t('site.name'), t('site.description'))],
  };
}
