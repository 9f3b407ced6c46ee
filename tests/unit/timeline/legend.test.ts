import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { legendKeysOf, legendMarkClass } from '../../../src/lib/timeline/legend.ts';
import { sampleGraph } from './sample.ts';

describe('legendKeysOf', () => {
  test('returns the legend entries the items need, in legend order', () => {
    const { items } = buildTimeline(sampleGraph(), 'en');
    expect(legendKeysOf(items)).toEqual(['day', 'part', 'month', 'year', 'period', 'open', 'uncertain']);
    expect(legendKeysOf(items.filter((i) => i.id === 'events/ngay'))).toEqual(['day']);
  });
});

describe('legendMarkClass', () => {
  test('returns the classes an item with that mark has, without `vdp-item`', () => {
    expect(legendMarkClass('day')).toBe('vdp-events vdp-precision-day');
    expect(legendMarkClass('open')).toBe('vdp-partnerships vdp-precision-day vdp-open-end');
    expect(legendMarkClass('uncertain')).toBe('vdp-events vdp-precision-month vdp-uncertain');
  });
});
