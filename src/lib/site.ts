/**
 * Every page of the site, in both languages (each entry has its page and its history page). The catch-all route renders
 * these; tests and the sitemap check count them.
 */
import type { Graph } from './graph.ts';
import { COLLECTIONS, LANGS } from '../core/vocabulary.ts';
import { PAGES, routeFromPath, type PageName, type Route } from './routes.ts';

export function siteRoutes(graph: Graph): Route[] {
  return LANGS.flatMap((lang): Route[] => [
    { kind: 'home', lang },
    ...COLLECTIONS.map((collection): Route => ({ kind: 'index', lang, collection })),
    ...graph.all().map((entry): Route => ({ kind: 'entry', lang, collection: entry.collection, id: entry.id })),
    ...(Object.keys(PAGES) as PageName[]).map((page): Route => ({ kind: 'page', lang, page })),
    ...graph.all().map((entry): Route => ({ kind: 'history', lang, collection: entry.collection, id: entry.id })),
  ]);
}

/**
 * The embeddable views, in both languages: the timeline and a card for every
 * entry. Rendered by the same catch-all route, but kept out of the sitemap and
 * the search index (`isEmbedPath`).
 */
export function embedRoutes(graph: Graph): Route[] {
  return LANGS.flatMap((lang): Route[] => [
    { kind: 'embedTimeline', lang },
    ...graph.all().map((entry): Route => ({ kind: 'embedEntry', lang, collection: entry.collection, id: entry.id })),
  ]);
}

/** Whether a site path is an embeddable view (not for the sitemap or search engines). */
export function isEmbedPath(path: string): boolean {
  const kind = routeFromPath(path)?.kind;
  return kind === 'embedTimeline' || kind === 'embedEntry';
}
