/**
 * Page data: what each page shows, computed once from the content, as plain
 * serialisable objects (Starlight's `generateRouteData()` is the model).
 * The route calls `pageData()` and renders the result; components read only
 * their slice of it, never the graph.
 */
import type { Content } from '../content.ts';
import type { Route } from '../routes.ts';
import { aboutPage, type AboutPageData } from './about.ts';
import { accessibilityPage, type AccessibilityPageData } from './accessibility.ts';
import { changesPage, type ChangesPageData } from './changes.ts';
import { historyPage, type HistoryPageData } from './history.ts';
import { sourcingPage, type SourcingPageData } from './sourcing.ts';
import { embedEntryPage, embedTimelinePage, type EmbedEntryPageData, type EmbedTimelinePageData } from './embed.ts';
import { entryPage, type EntryPageData } from './entry.ts';
import { homePage, type HomePageData } from './home.ts';
import { indexPage, type IndexPageData } from './index.ts';
import { matrixPage, type MatrixPageData } from './matrix.ts';
import { notFoundPage, type NotFoundPageData } from './not-found.ts';
import { openDataPage, type OpenDataPageData } from './open-data.ts';
import { searchPage, type SearchPageData } from './search.ts';
import { timelinePage, type TimelinePageData } from './timeline.ts';
import { translationsPage, type TranslationsPageData } from './translations.ts';

/** Every page kind's data, keyed by `kind`. */
export type PageData =
  | HomePageData
  | IndexPageData
  | EntryPageData
  | TimelinePageData
  | SearchPageData
  | MatrixPageData
  | OpenDataPageData
  | TranslationsPageData
  | AboutPageData
  | SourcingPageData
  | AccessibilityPageData
  | NotFoundPageData
  | EmbedTimelinePageData
  | EmbedEntryPageData
  | HistoryPageData
  | ChangesPageData;

export type PageKind = PageData['kind'];

/** What page functions read: the published graph, the drafts (not the prose bodies) and the history, if read. */
export type PageContent = Pick<Content, 'graph' | 'drafts'> & Partial<Pick<Content, 'history'>>;

/**
 * The data of one page.
 * @param site origin for canonical URLs in JSON-LD, e.g. `https://example.org`
 */
export function pageData(route: Route, content: PageContent, site: string): PageData {
  const { graph, history } = content;
  switch (route.kind) {
    case 'home':
      return homePage(graph, route, site);
    case 'index':
      return indexPage(graph, route);
    case 'entry':
      return entryPage(graph, route, site, history);
    case 'history':
      return historyPage(graph, route, history);
    case 'notFound':
      return notFoundPage(route.lang);
    case 'embedTimeline':
      return embedTimelinePage(graph, route, site);
    case 'embedEntry':
      return embedEntryPage(graph, route);
    case 'page':
      switch (route.page) {
        case 'timeline':
          return timelinePage(graph, route, site);
        case 'search':
          return searchPage(route);
        case 'matrix':
          return matrixPage(graph, route);
        case 'openData':
          return openDataPage(graph, route, site);
        case 'translations':
          return translationsPage(graph, content.drafts, route);
        case 'about':
          return aboutPage(graph, route);
        case 'sourcing':
          return sourcingPage(graph, route);
        case 'accessibility':
          return accessibilityPage(route);
        case 'changes':
          return changesPage(graph, route, history);
      }
  }
}
