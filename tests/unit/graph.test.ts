import { beforeAll, describe, expect, test } from 'vitest';
import { missingLangs, proseOf, referencesOf, titleOf, type Graph } from '../../src/lib/graph.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('buildGraph', () => {
  test('returns entries per collection and resolves references', () => {
    expect(graph.list('events').map((e) => e.id)).toEqual(['su-kien-a', 'su-kien-b']);
    const event = graph.get('events', 'su-kien-a');
    expect(event && graph.resolve(event.facts.organizations[0]!).id).toBe('cong-ty-a');
  });
  test('returns backlinks with the field that makes them', () => {
    const company = graph.get('organizations', 'cong-ty-a')!;
    const links = graph.backlinks(company).map((b) => `${b.from.collection}/${b.from.id}:${b.field}`);
    expect(links).toEqual(['partnerships/hop-tac-a:partners', 'events/su-kien-a:organizations']);
  });
});

describe('referencesOf', () => {
  test('returns nested references such as figure sources', () => {
    const partnership = graph.get('partnerships', 'hop-tac-a')!;
    expect(referencesOf(partnership).filter((r) => r.field === 'figures')).toEqual([
      { ref: { collection: 'sources', id: 'nguon-a' }, field: 'figures' },
    ]);
  });
});

describe('proseOf / missingLangs', () => {
  test('returns the other language, flagged, when a translation is missing', () => {
    const event = graph.get('events', 'su-kien-b')!;
    expect(missingLangs(event)).toEqual(['en']);
    expect(proseOf(event, 'en')).toMatchObject({ lang: 'vi', fallback: true });
    expect(titleOf(event, 'en')).toBe('Giải thưởng thử chưa rõ ngày');
  });
});
