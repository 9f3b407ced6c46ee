import { describe, expect, test } from 'vitest';
import { COLLECTIONS, LANGS } from '../../src/core/vocabulary.ts';
import { PAGES, routePath, type Route } from '../../src/lib/routes.ts';
import { embedRoutes, isEmbedPath, siteRoutes } from '../../src/lib/site.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const routes = siteRoutes(graph);
const key = (route: Route) => JSON.stringify(route);

describe('siteRoutes', () => {
  test('returns home, every index, every entry with its history and every page, in both languages', () => {
    const perLang = 1 + COLLECTIONS.length + 2 * graph.all().length + Object.keys(PAGES).length;
    expect(routes).toHaveLength(LANGS.length * perLang);
    for (const lang of LANGS) {
      expect(routes).toContainEqual({ kind: 'home', lang });
      expect(routes).toContainEqual({ kind: 'index', lang, collection: 'themes' });
      expect(routes).toContainEqual({ kind: 'entry', lang, collection: 'events', id: 'ky-ket' });
      expect(routes).toContainEqual({ kind: 'page', lang, page: 'matrix' });
      expect(routes).toContainEqual({ kind: 'page', lang, page: 'changes' });
      expect(routes).toContainEqual({ kind: 'history', lang, collection: 'events', id: 'ky-ket' });
    }
  });
  test('returns an English page for an entry without English prose', () => {
    expect(routes).toContainEqual({ kind: 'entry', lang: 'en', collection: 'themes', id: 'ky-nang-so' });
  });
  test('returns no route twice', () => {
    expect(new Set(routes.map(key)).size).toBe(routes.length);
  });
});

describe('embedRoutes', () => {
  const embeds = embedRoutes(graph);
  test('returns the embeddable timeline and a card for every entry, in both languages', () => {
    expect(embeds).toHaveLength(LANGS.length * (1 + graph.all().length));
    for (const lang of LANGS) {
      expect(embeds).toContainEqual({ kind: 'embedTimeline', lang });
      expect(embeds).toContainEqual({ kind: 'embedEntry', lang, collection: 'places', id: 'hoa-vang' });
    }
  });
  test('returns no route the site already has', () => {
    const paths = new Set(routes.map(routePath));
    for (const route of embeds) expect(paths.has(routePath(route))).toBe(false);
  });
});

describe('isEmbedPath', () => {
  test('returns true for embeddable views only', () => {
    expect(isEmbedPath('/en/embed/timeline/')).toBe(true);
    expect(isEmbedPath('/vi/nhung/su-kien/ky-ket/')).toBe(true);
    expect(isEmbedPath('/en/timeline/')).toBe(false);
    expect(isEmbedPath('/en/events/ky-ket/')).toBe(false);
    expect(isEmbedPath('/en/embed/')).toBe(false);
  });
});
