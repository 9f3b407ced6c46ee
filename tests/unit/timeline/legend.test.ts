import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { legendKeysOf } from '../../../src/lib/timeline/legend.ts';
import { sampleGraph } from './sample.ts';

describe('legendKeysOf', () => {
  test('returns the legend entries the items need, in legend order', () => {
    const { items } = buildTimeline(sampleGraph(), 'en');
    expect(legendKeysOf(items)).toEqual(['day', 'part', 'month', 'year', 'period', 'open', 'uncertain']);
    expect(legendKeysOf(items.filter((i) => i.id === 'events/ngay'))).toEqual(['day']);
  });
});
