import { describe, expect, test } from 'vitest';
import { entryTimeline } from '../../../src/lib/timeline/items.ts';
import { sampleGraph } from './sample.ts';

describe('entryTimeline', () => {
  const graph = sampleGraph();
  const events = graph.list('events').filter((e) => e.id === 'ngay' || e.id === 'khong-ngay');
  test('returns the events alone without the graph', () => {
    const { items, undated } = entryTimeline('en', events);
    expect(items.map((i) => i.id)).toEqual(['events/ngay']);
    expect(undated.map((i) => i.id)).toEqual(['events/khong-ngay']);
  });
  test('returns the partnership itself with its events on its own page', () => {
    const own = graph.get('partnerships', 'hop-tac-mo')!;
    const { items } = entryTimeline('en', events, graph, own);
    expect(items.map((i) => i.id)).toEqual(['events/ngay', 'partnerships/hop-tac-mo']);
  });
  test('returns partnerships within a place on its page', () => {
    const { items } = entryTimeline('en', [], graph, graph.get('places', 'tinh')!);
    expect(items.map((i) => i.id).sort()).toEqual(['partnerships/hop-tac-ky', 'partnerships/hop-tac-mo']);
  });
});
