import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { entryPage } from '../../../src/lib/pages/entry.ts';
import type { CollectionName, Lang } from '../../../src/core/vocabulary.ts';
import { VALID_FIXTURE } from '../helpers.ts';
import { sampleHistory } from '../history-sample.ts';
import { fixtureGraph, SITE } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

const entry = (collection: CollectionName, id: string, lang: Lang = 'en') =>
  entryPage(graph, { kind: 'entry', lang, collection, id }, SITE);

describe('entryPage', () => {
  test('returns an event with its breadcrumbs, facts, notes, JSON-LD and search facets', () => {
    const data = entry('events', 'su-kien-a');
    expect(data).toMatchObject({ kind: 'entry', collection: 'events', fallback: false, textLang: undefined });
    expect(data.proseKey).toBe('events/su-kien-a/en');
    expect(data.crumbs.map((c) => c.href)).toEqual(['/en/', '/en/events/']);
    expect(data.facts.map((row) => row.label)).toEqual([
      'Type',
      'Date',
      'Precision',
      'Partnership',
      'Organisations',
      'Places',
      'People',
      'Themes',
    ]);
    expect(data.time?.datetime).toBe('2022-04');
    expect(data.notes.map((n) => n.link.id)).toEqual(['nguon-a']);
    expect(data.noteNumbers).toEqual({ 'nguon-a': 1 });
    expect(data.jsonLd.map((node) => node['@type'])).toEqual(['Event', 'BreadcrumbList']);
    expect(data.search.filters).toContainEqual({ name: 'year', value: '2022' });
    // An event shows no events section of its own.
    expect(data.timeline).toBeNull();
  });

  test('returns a partnership with its figures, events timeline, backlinks and quoted speakers', () => {
    const data = entry('partnerships', 'hop-tac-a');
    expect(data.figures).toMatchObject([{ value: '1,920', label: 'members', note: 1 }]);
    expect(data.timeline?.count).toBe(1);
    expect(data.timeline?.items.map((item) => item.id)).toEqual(['events/su-kien-a']);
    // The strip also shows the partnership itself.
    expect(data.timeline?.mini.marks.map((m) => m.item.id)).toEqual(['partnerships/hop-tac-a', 'events/su-kien-a']);
    expect(data.timeline?.legend).toEqual(['part', 'period']);
    expect(data.speakers).toEqual({
      'nguoi-a': {
        link: expect.objectContaining({ href: '/en/people/nguoi-a/', id: 'nguoi-a' }),
        roles: { 'nguon-a': expect.stringMatching(/^Chairman/) },
      },
    });
  });

  test('lists what links to an entry as related groups, and nests a place under its parents', () => {
    const data = entry('places', 'tinh-a');
    expect(data.crumbs.map((c) => c.href)).toEqual(['/en/', '/en/places/', '/en/places/viet-nam/']);
    expect(data.related.map((g) => g.collection)).toEqual(['partnerships', 'organizations', 'documents']);
    expect(data.timeline?.undated.map((item) => item.id)).toEqual(['events/su-kien-b']);
  });

  test('marks prose in the other language as a fallback', () => {
    const data = entry('events', 'su-kien-b');
    expect(data).toMatchObject({ fallback: true, textLang: 'vi', proseKey: 'events/su-kien-b/vi' });
    expect(data.jsonLd[0]?.['@type']).toBe('Event');
  });

  test('throws for an entry not in the graph', () => {
    expect(() => entry('events', 'nope')).toThrow(/events\/nope/);
  });
});

describe('entryPage: history and corrections', () => {
  test('links to the history page and lists the corrections, newest first, in the page’s language', () => {
    const history = sampleHistory();
    const page = (lang: Lang) =>
      entryPage(graph, { kind: 'entry', lang, collection: 'events', id: 'su-kien-a' }, SITE, history);
    expect(page('vi').history).toBe('/vi/su-kien/su-kien-a/lich-su/');
    expect(page('en').corrections).toEqual([
      {
        text: 'The signing was in late April, not early May.',
        lang: undefined,
        date: { text: '3 May 2024', datetime: '2024-05-03' },
        href: '/en/events/su-kien-a/history/#r-c300000',
      },
    ]);
    expect(page('vi').corrections[0]?.text).toBe('Lễ ký diễn ra cuối tháng Tư, không phải đầu tháng Năm.');
    expect(entry('events', 'su-kien-a').corrections).toEqual([]);
  });
});

describe('entryPage: last updated', () => {
  test('returns the last change in words and for <time>, or null without history', async () => {
    const file = `${VALID_FIXTURE}/events/su-kien-a/facts.yaml`;
    const dated = await fixtureGraph({ updated: new Map([[file, '2022-05-02T08:00:00.000Z']]), added: new Map() });
    const page = (g: Graph, lang: Lang) =>
      entryPage(g, { kind: 'entry', lang, collection: 'events', id: 'su-kien-a' }, SITE);
    expect(page(dated, 'en').updated).toMatchObject({ text: '2 May 2022', datetime: '2022-05-02' });
    expect(page(dated, 'vi').updated).toMatchObject({ text: '2 tháng 5, 2022', datetime: '2022-05-02' });
    expect(page(graph, 'en').updated).toBeNull();
  });

  test('returns the card image of partnerships and events, and every entry’s embeddable card', () => {
    const event = entry('events', 'su-kien-a', 'vi');
    expect(event.image).toMatchObject({
      url: 'https://example.org/og/vi/events/su-kien-a.png',
      width: 1200,
      height: 630,
    });
    expect(event.image?.alt).toContain(event.title);
    expect(entry('partnerships', 'hop-tac-a').image?.url).toBe('https://example.org/og/en/partnerships/hop-tac-a.png');
    const place = entry('places', 'tinh-a');
    expect(place.image).toBeNull();
    expect(place.embed.path).toBe('/en/embed/places/tinh-a/');
    expect(place.embed.code).toContain('src="https://example.org/en/embed/places/tinh-a/"');
  });
});
