import { describe, expect, test } from 'vitest';
import { COLLECTIONS, LANGS } from '../../src/core/vocabulary.ts';
import { PAGES, type Route } from '../../src/lib/routes.ts';
import { siteRoutes } from '../../src/lib/site.ts';
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
