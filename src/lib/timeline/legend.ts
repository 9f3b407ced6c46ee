/** The timeline's legend: which marks it explains, and the classes that draw each. */
import { markClassName, type MarkShape } from './marks.ts';
import type { TimelineItem } from './types.ts';

export const LEGEND_KEYS = ['day', 'part', 'month', 'year', 'period', 'open', 'uncertain'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

/** The mark each legend entry shows: an example of what it explains. */
const LEGEND_MARKS: Record<LegendKey, MarkShape> = {
  day: { collection: 'events', precision: 'day' },
  part: { collection: 'events', precision: 'part' },
  month: { collection: 'events', precision: 'month' },
  year: { collection: 'events', precision: 'year' },
  period: { collection: 'partnerships', precision: 'day' },
  open: { collection: 'partnerships', precision: 'day', openEnd: true },
  uncertain: { collection: 'events', precision: 'month', uncertain: true },
};

/**
 * The CSS classes of a legend entry's mark, from the same function as the items' (`markClassName`).
 * @example legendMarkClass('open') // 'vdp-partnerships vdp-precision-day vdp-open-end'
 */
export function legendMarkClass(key: LegendKey): string {
  return markClassName(LEGEND_MARKS[key]);
}

/**
 * The legend entries some items need, in legend order: event precisions,
 * partnership periods, open ends and uncertain dates.
 * @example legendKeysOf([pointItem]) // ['day']
 */
export function legendKeysOf(items: readonly TimelineItem[]): LegendKey[] {
  const found = new Set<LegendKey>();
  for (const item of items) {
    found.add(item.collection === 'partnerships' ? 'period' : item.precision);
    if (item.openEnd || item.openStart) found.add('open');
    if (item.uncertain) found.add('uncertain');
  }
  return LEGEND_KEYS.filter((key) => found.has(key));
}
