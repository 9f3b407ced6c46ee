import { describe, expect, test } from 'vitest';
import { timelineContext } from '../../../src/lib/timeline/context.ts';
import { sampleGraph } from './sample.ts';

describe('timelineContext', () => {
  test('is computed once per graph, not once per page', () => {
    const graph = sampleGraph();
    expect(timelineContext(graph)).toBe(timelineContext(graph));
    expect(timelineContext(sampleGraph())).not.toBe(timelineContext(graph));
  });
  test('finds partnerships by the place of their localities and every place above it, except the country', () => {
    const ctx = timelineContext(sampleGraph());
    const ids = (place: string) => ctx.partnershipsIn(place).map((p) => p.id);
    expect(ids('huyen').length).toBeGreaterThan(0);
    expect(ids('tinh')).toEqual(ids('huyen'));
    expect(ids('viet-nam')).toEqual([]);
  });
});
