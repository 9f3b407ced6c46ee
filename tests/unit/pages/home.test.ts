import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { homePage } from '../../../src/lib/pages/home.ts';
import { fixtureGraph, SITE } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

describe('homePage', () => {
  test('returns counts, key figures, dated events only and the WebSite JSON-LD', () => {
    const data = homePage(graph, { kind: 'home', lang: 'en' }, SITE);
    expect(data.kind).toBe('home');
    expect(data.counts).toEqual({ partnerships: 1, events: 2, places: 2, organizations: 2, sources: 1 });
    expect(data.figures).toHaveLength(1);
    expect(data.figures[0]).toMatchObject({ value: '1,920', label: 'members', about: { id: 'hop-tac-a' } });
    // su-kien-b has no date, so it is not among the latest events.
    expect(data.latest.map((card) => card.link.id)).toEqual(['su-kien-a']);
    expect(data.latest[0]).toMatchObject({ kind: 'Signing', time: { datetime: '2022-04' } });
    expect(data.jsonLd[0]).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/en/' });
  });
});
