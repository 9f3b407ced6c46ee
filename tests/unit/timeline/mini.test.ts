import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { layoutMini } from '../../../src/lib/timeline/mini.ts';
import { sampleGraph } from './sample.ts';

describe('layoutMini', () => {
  const { items } = buildTimeline(sampleGraph(), 'en');
  const mini = layoutMini(items);
  test('returns marks within the strip, partnerships in the top lanes', () => {
    for (const mark of mini.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(100);
    }
    const top = Math.max(...mini.marks.filter((m) => m.item.collection === 'partnerships').map((m) => m.lane));
    const events = mini.marks.filter((m) => m.item.collection === 'events').map((m) => m.lane);
    expect(Math.min(...events)).toBeGreaterThan(top);
  });
  test('returns lanes in which marks do not overlap', () => {
    for (const a of mini.marks) {
      for (const b of mini.marks) {
        if (a === b || a.lane !== b.lane) continue;
        const overlap = a.x < b.x + Math.max(b.width, 1) && b.x < a.x + Math.max(a.width, 1);
        expect(overlap, `${a.item.id} / ${b.item.id}`).toBe(false);
      }
    }
  });
  test('returns year ticks within the strip, every other year over seven years', () => {
    expect(mini.ticks.map((t) => t.label)).toEqual(['2020', '2022', '2024', '2026']);
    expect(mini.ticks.every((t) => t.x > 0 && t.x < 100)).toBe(true);
  });
  test('returns an empty strip for no items', () => {
    expect(layoutMini([])).toEqual({ marks: [], lanes: 0, ticks: [] });
  });
});
