/**
 * The shapes of the timeline's data. The timeline page embeds `TimelineData`
 * as a data island, the open-data file `/data/timeline.<lang>.json` is the
 * same object, and the mini timelines of entry pages are laid out from the
 * same items. Types only: the browser's timeline code imports them freely.
 */
import type { Lang } from '../../core/vocabulary.ts';
import type { ItemPrecision } from './span.ts';

export type TimelineCollection = 'events' | 'partnerships';
export type GroupDimension = 'locality' | 'partner';
export type FacetName = 'theme' | 'partner' | 'place';

/** Fields shared by dated and undated items. */
export interface ItemBase {
  /** `<collection>/<id>`, unique on the timeline. */
  id: string;
  collection: TimelineCollection;
  /** Short title, for labels on the timeline. */
  label: string;
  /** Full title, for the list and tooltips. */
  title: string;
  /** Language of `label`/`title` when the entry has no prose in the page's language. */
  labelLang: Lang | null;
  /** "Signing", "Partnership · Memorandum of understanding". */
  kind: string;
  /** The date in words, at its own precision ("late April 2022", "2021 — exact date unknown"). */
  when: string;
  href: string;
  /** Link to the evidence of the item's date (or period) on its page; null when no source states it. */
  evidenceHref: string | null;
  /** Keys of the lanes this item belongs to, per grouping. */
  groups: Record<GroupDimension, string[]>;
  /** Keys the filters match against (places include their parent places). */
  facets: Record<FacetName, string[]>;
}

export interface TimelineItem extends ItemBase {
  /** A point for a day-precise event; a range for everything else. */
  type: 'point' | 'range';
  /** First instant covered (ISO 8601, UTC). */
  start: string;
  /** Instant just after the last one covered (exclusive); null for points. */
  end: string | null;
  precision: ItemPrecision;
  /** The source states no end (`2020-10-05/..`): the range stops at the last report. */
  openEnd: boolean;
  /** The source states no start (`../2025`): the range starts at the first report. */
  openStart: boolean;
  /** Marked uncertain (`?`) or approximate (`~`) in the source, or its year inferred. */
  uncertain: boolean;
  /** CSS classes for vis-timeline and the list: collection, precision, open ends, uncertainty. */
  className: string;
  /** Value for `<time datetime>`, at the date's own precision. */
  datetime: string;
  /** Tooltip text, three lines: title, date in words (with the last report for an open end), kind. */
  tooltip: string;
}

/** An entry whose sources give no date: listed apart, never placed on the axis. */
export type UndatedItem = ItemBase;

export interface TimelineGroup {
  id: string;
  label: string;
}

/** A filter choice; places carry the province-level locality they belong to, for `<optgroup>`. */
export interface FacetOption {
  id: string;
  label: string;
  parent: string | null;
}

export interface TimelineData {
  lang: Lang;
  /** Dated items, chronological. */
  items: TimelineItem[];
  /** Undated items, in the graph's order. */
  undated: UndatedItem[];
  groups: Record<GroupDimension, TimelineGroup[]>;
  facets: Record<FacetName, FacetOption[]>;
  /** Earliest start and latest end of the items (ISO), or null when there are none. */
  extent: { start: string; end: string } | null;
}
