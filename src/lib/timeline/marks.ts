/**
 * The CSS classes that draw a date's mark: the same classes style the items
 * of the interactive timeline (`timeline-vis.css`), the marks of the list and
 * the legend (`marks.css`). Pure: components import it directly.
 */
import type { ItemPrecision } from './span.ts';
import type { TimelineCollection } from './types.ts';

/** What a mark shows: whose date it is, how precise, and what the source leaves open or uncertain. */
export interface MarkShape {
  collection: TimelineCollection;
  /** `unknown` for an entry without a date: it is listed, never placed on an axis. */
  precision: ItemPrecision | 'unknown';
  openStart?: boolean;
  openEnd?: boolean;
  uncertain?: boolean;
}

/**
 * The classes of a mark: `vdp-<collection>`, `vdp-precision-<p>`, and
 * `vdp-open-start`, `vdp-open-end`, `vdp-uncertain` when they apply; an
 * undated entry's mark is `vdp-unknown vdp-<collection>`.
 * @example markClassName({ collection: 'events', precision: 'month', uncertain: true }) // 'vdp-events vdp-precision-month vdp-uncertain'
 */
export function markClassName(mark: MarkShape): string {
  if (mark.precision === 'unknown') return `vdp-unknown vdp-${mark.collection}`;
  return [
    `vdp-${mark.collection}`,
    `vdp-precision-${mark.precision}`,
    mark.openStart ? 'vdp-open-start' : '',
    mark.openEnd ? 'vdp-open-end' : '',
    mark.uncertain ? 'vdp-uncertain' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * CSS classes of a timeline item: `vdp-item` and its mark's classes (`markClassName`).
 * @example itemClassName('events', span) // 'vdp-item vdp-events vdp-precision-part'
 */
export function itemClassName(
  collection: TimelineCollection,
  span: Pick<MarkShape, 'openStart' | 'openEnd' | 'uncertain'> & { precision: ItemPrecision },
): string {
  return `vdp-item ${markClassName({ collection, ...span })}`;
}
