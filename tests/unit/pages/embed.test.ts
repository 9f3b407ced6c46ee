import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { embedEntryPage, embedTimelinePage, LICENCE } from '../../../src/lib/pages/embed.ts';
import { timelinePage } from '../../../src/lib/pages/timeline.ts';
import { fixtureGraph, SITE } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

describe('embedTimelinePage', () => {
  test('returns the timeline page’s data, a link back to it and the attribution', () => {
    const data = embedTimelinePage(graph, { kind: 'embedTimeline', lang: 'vi' }, SITE);
    const full = timelinePage(graph, { kind: 'page', lang: 'vi', page: 'timeline' }, SITE);
    expect(data.kind).toBe('embedTimeline');
    expect(data.timeline).toEqual(full.timeline);
    expect(data.choices).toEqual(full.choices);
    expect(data.status).toBe(full.status);
    expect(data.fullPath).toBe('/vi/dong-thoi-gian/');
    expect(data.attribution).toEqual({ siteName: 'Hợp tác chuyển đổi số', siteHref: '/vi/', licence: LICENCE });
    expect(data.title).toBe('Dòng thời gian các chương trình hợp tác và sự kiện');
    expect(data).not.toHaveProperty('embed');
  });
});

describe('embedEntryPage', () => {
  test('returns a partnership’s card: kind, title, period, partners and counterparts, summary, link', () => {
    const data = embedEntryPage(graph, { kind: 'embedEntry', lang: 'en', collection: 'partnerships', id: 'hop-tac-a' });
    expect(data.kind).toBe('embedEntry');
    expect(data.kicker).toMatch(/^Partnership · /);
    expect(data.title).toBe(graph.get('partnerships', 'hop-tac-a')?.prose.en?.title);
    expect(data.summary).toBe(graph.get('partnerships', 'hop-tac-a')?.prose.en?.summary);
    expect(data.time?.datetime).toBeTruthy();
    expect(data.parties.map((g) => g.label)).toEqual(['Technology partners', 'Local counterparts']);
    expect(data.parties.flatMap((g) => g.links.map((l) => l.id))).toEqual(['cong-ty-a', 'ubnd-a']);
    expect(data.fullPath).toBe('/en/partnerships/hop-tac-a/');
    expect(data.description).toBe(`Embeddable card: ${data.title}.`);
    expect(data.shortTitle).toBe(graph.get('partnerships', 'hop-tac-a')?.prose.en?.shortTitle);
  });
  test('returns a card for an entry of any collection, without parties where it has none', () => {
    const data = embedEntryPage(graph, { kind: 'embedEntry', lang: 'vi', collection: 'places', id: 'tinh-a' });
    expect(data.parties).toEqual([]);
    expect(data.time).toBeNull();
    expect(data.fullPath).toBe('/vi/dia-phuong/tinh-a/');
  });
  test('throws for an unknown entry', () => {
    expect(() =>
      embedEntryPage(graph, { kind: 'embedEntry', lang: 'vi', collection: 'places', id: 'khong-co' }),
    ).toThrow(/No entry places\/khong-co/);
  });
});
