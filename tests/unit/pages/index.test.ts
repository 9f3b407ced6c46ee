import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { indexPage } from '../../../src/lib/pages/index.ts';
import type { CollectionName, Lang } from '../../../src/core/vocabulary.ts';
import { fixtureGraph } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

const index = (collection: CollectionName, lang: Lang = 'en') => indexPage(graph, { kind: 'index', lang, collection });

describe('indexPage', () => {
  test('groups partnerships by locality and by partner', () => {
    const data = index('partnerships');
    expect(data.sections.map((s) => s.key)).toEqual(['by-locality', 'by-partner']);
    expect(data.sections.map((s) => s.heading)).toEqual(['By locality', 'By technology partner']);
    expect(data.sections[0]?.groups.map((g) => g.key)).toEqual(['tinh-a']);
    expect(data.sections[1]?.groups.map((g) => g.key)).toEqual(['cong-ty-a']);
    expect(data.sections[1]?.groups[0]?.cards.map((c) => c.link.href)).toEqual(['/en/partnerships/hop-tac-a/']);
    expect(data.places).toBeNull();
    expect(data.list).toEqual([]);
  });

  test('orders events by year, newest first, the undated last, with a fallback summary marked', () => {
    const data = index('events');
    const groups = data.sections[0]?.groups ?? [];
    expect(groups.map((g) => g.key)).toEqual(['2022', 'unknown']);
    const undated = groups[1]?.cards[0];
    expect(undated).toMatchObject({
      link: { id: 'su-kien-b', lang: 'vi' },
      summaryLang: 'vi',
      time: { datetime: null, precision: 'unknown' },
    });
  });

  test('nests places from the country down, with their usage', () => {
    const data = index('places');
    expect(data.sections).toEqual([]);
    expect(data.places).toHaveLength(1);
    const [country] = data.places ?? [];
    expect(country).toMatchObject({ link: { id: 'viet-nam' }, level: 'Country', usage: null });
    expect(country?.children[0]).toMatchObject({ link: { id: 'tinh-a' }, level: 'Province' });
    expect(country?.children[0]?.usage).toMatch(/1 partnership · 2 events/);
  });

  test('lists people with their role and themes with their usage', () => {
    expect(index('people').list[0]).toMatchObject({
      link: { id: 'nguoi-a' },
      extra: expect.stringMatching(/^Chairman/),
    });
    expect(index('themes').list[0]?.extra).toBe('1 partnership · 1 event');
    expect(index('documents').list[0]?.extra).toBe('01/KH-UBND');
    expect(index('sources').list[0]?.extra).toBeUndefined();
  });
});
