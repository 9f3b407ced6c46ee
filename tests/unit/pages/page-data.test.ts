import { beforeAll, describe, expect, test } from 'vitest';
import type { Draft } from '../../../src/lib/drafts.ts';
import type { Graph } from '../../../src/lib/graph.ts';
import { pageData, type PageData } from '../../../src/lib/pages/page-data.ts';
import { notFoundPage } from '../../../src/lib/pages/not-found.ts';
import { LANGS } from '../../../src/core/vocabulary.ts';
import { embedRoutes, siteRoutes } from '../../../src/lib/site.ts';
import { sampleHistory } from '../history-sample.ts';
import { fixtureGraph, SITE } from './fixture.ts';

let graph: Graph;
let all: PageData[];
const drafts: Draft[] = [{ collection: 'events', id: 'd', file: 'd/facts.yaml', titles: { vi: 'Nháp' } }];
beforeAll(async () => {
  graph = await fixtureGraph();
  all = [
    ...siteRoutes(graph).map((route) => pageData(route, { graph, drafts }, SITE)),
    ...embedRoutes(graph).map((route) => pageData(route, { graph, drafts }, SITE)),
    ...LANGS.map((lang) => pageData({ kind: 'notFound', lang }, { graph, drafts }, SITE)),
    notFoundPage('vi', true),
    // With a history: history, Changes and entry pages carry revisions and corrections.
    ...siteRoutes(graph)
      .filter((route) => route.kind === 'history' || route.kind === 'entry' || route.kind === 'page')
      .map((route) => pageData(route, { graph, drafts, history: sampleHistory() }, SITE)),
  ];
});

describe('pageData', () => {
  test('returns data of the kind of each route', () => {
    const kinds = new Set(all.map((data) => data.kind));
    expect([...kinds].sort()).toEqual(
      [
        'about',
        'accessibility',
        'embedEntry',
        'embedTimeline',
        'changes',
        'entry',
        'history',
        'home',
        'index',
        'matrix',
        'notFound',
        'openData',
        'search',
        'sourcing',
        'timeline',
        'translations',
      ].sort(),
    );
    const routes = [...siteRoutes(graph), ...embedRoutes(graph)];
    routes.forEach((route, i) => expect(all[i]?.route).toEqual(route));
  });

  test('returns plain data: every page survives structuredClone and a JSON round trip', () => {
    for (const data of all) {
      expect(structuredClone(data)).toStrictEqual(data);
      // JSON drops properties whose value is undefined, and nothing else.
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      expect(JSON.stringify(JSON.parse(JSON.stringify(data)))).toBe(JSON.stringify(data));
    }
  });

  test('holds no functions, class instances, maps or sets', () => {
    const plain = (value: unknown): boolean => {
      if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
      if (Array.isArray(value)) return value.every(plain);
      if (typeof value !== 'object') return false;
      const proto = Object.getPrototypeOf(value);
      return (proto === Object.prototype || proto === null) && Object.values(value).every(plain);
    };
    for (const data of all) expect(plain(data), `${data.kind} ${JSON.stringify(data.route)}`).toBe(true);
  });
});
