/**
 * Every page of the site, in both languages (each entry has its page and its history page). The catch-all route renders
 * these; tests and the sitemap check count them.
 */
import type { Graph } from './graph.ts';
import { COLLECTIONS, LANGS } from '../core/vocabulary.ts';
import { PAGES, type PageName, type Route } from './routes.ts';

export function siteRoutes(graph: Graph): Route[] {
  return LANGS.flatMap((lang): Route[] => [
    { kind: 'home', lang },
    ...COLLECTIONS.map((collection): Route => ({ kind: 'index', lang, collection })),
    ...graph.all().map((entry): Route => ({ kind: 'entry', lang, collection: entry.collection, id: entry.id })),
    ...(Object.keys(PAGES) as PageName[]).map((page): Route => ({ kind: 'page', lang, page })),
    ...graph.all().map((entry): Route => ({ kind: 'history', lang, collection: entry.collection, id: entry.id })),
  ]);
}
