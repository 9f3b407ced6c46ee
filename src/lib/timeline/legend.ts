/** The timeline's legend: which marks some items need explained. */
import type { TimelineItem } from './types.ts';

export const LEGEND_KEYS = ['day', 'part', 'month', 'year', 'period', 'open', 'uncertain'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

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
