import { describe, expect, test } from 'vitest';
import { drawables, unitFor } from '../../../src/components/timeline/windowing.ts';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { NO_GROUP } from '../../../src/lib/timeline/facets.ts';
import type { TimelineItem } from '../../../src/lib/timeline/types.ts';
import { sampleGraph } from './sample.ts';

describe('drawables', () => {
  const { items } = buildTimeline(sampleGraph(), 'en');
  const all = { start: Date.parse('2019-01-01'), end: Date.parse('2026-01-01') };
  test('returns every item in its lanes when they are few', () => {
    const { real, clusters } = drawables(items, 'none', all);
    expect(real.map((p) => p.item.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(clusters).toEqual([]);
  });
  test('returns only items around the visible window', () => {
    const { real } = drawables(items, 'none', { start: Date.parse('2022-04-01'), end: Date.parse('2022-05-01') });
    expect(real.map((p) => p.item.id).sort()).toEqual(['events/cuoi-thang', 'partnerships/hop-tac-ky']);
  });
  const counted = (result: ReturnType<typeof drawables>) =>
    result.real.length + result.clusters.reduce((n, c) => n + c.count, 0);
  test('returns partnerships drawn and events clustered above the limit, counting every item once', () => {
    const result = drawables(items, 'none', all, 4);
    expect(result.real.filter((p) => p.item.collection === 'partnerships')).toHaveLength(2);
    expect(result.clusters.length).toBeGreaterThan(0);
    expect(counted(result)).toBe(items.length);
    for (const c of result.clusters) expect(c.count).toBeGreaterThan(1);
  });
  test('returns partnerships clustered too when they alone are too many', () => {
    const result = drawables(items, 'none', all, 3);
    expect(result.real.filter((p) => p.item.collection === 'partnerships')).toHaveLength(0);
    expect(counted(result)).toBe(items.length);
  });
  test('returns clusters per lane', () => {
    const many = Array.from({ length: 10 }, (_, k) => ({
      ...(items.find((i) => i.id === 'events/ngay') as TimelineItem),
      id: `events/x${k}`,
      groups: { locality: [k % 2 ? 'a' : 'b'], partner: [NO_GROUP] },
    }));
    const { real, clusters } = drawables(many, 'locality', all, 4);
    expect(real).toEqual([]);
    expect(clusters.map((c) => [c.lane, c.count]).sort()).toEqual([
      ['a', 5],
      ['b', 5],
    ]);
  });
});

describe('unitFor', () => {
  test('returns the smallest calendar stretch that cuts a span into few enough pieces', () => {
    const day = 86_400_000;
    expect(unitFor(30 * day, 60).approx).toBe(day);
    expect(unitFor(3 * 365 * day, 60).approx).toBeCloseTo(30.44 * day, -3);
    expect(unitFor(40 * 365 * day, 60).approx).toBeCloseTo(365.25 * day, -3);
  });
});
