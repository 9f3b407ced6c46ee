import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../../src/core/dates.ts';
import { itemClassName, markClassName } from '../../../src/lib/timeline/marks.ts';
import { spanOf } from '../../../src/lib/timeline/span.ts';

describe('itemClassName', () => {
  test('returns collection, precision and qualifier classes', () => {
    const span = spanOf(parseWhen('2019?-07-31/..'))!;
    expect(itemClassName('partnerships', span)).toBe(
      'vdp-item vdp-partnerships vdp-precision-day vdp-open-end vdp-uncertain',
    );
  });
});

describe('markClassName', () => {
  test('returns the classes of a mark, and the unknown mark of an undated entry', () => {
    expect(markClassName({ collection: 'events', precision: 'month', uncertain: true })).toBe(
      'vdp-events vdp-precision-month vdp-uncertain',
    );
    expect(markClassName({ collection: 'partnerships', precision: 'unknown' })).toBe('vdp-unknown vdp-partnerships');
  });
});
