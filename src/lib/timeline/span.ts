/**
 * What a date covers on the timeline's axis. vis-timeline knows only plain
 * ranges and points, so everything about honest dates happens here: a
 * day-precise date is a point; a date known to the month, a part of the
 * month or the year spans that stretch; an unknown date is never given a day.
 */
import { precisionOf, type When, type WhenDate } from '../../core/dates.ts';

/** How precisely an item's date is known; `part` is early, mid or late in a month. */
export type ItemPrecision = 'day' | 'part' | 'month' | 'year';

/** Start and end (exclusive) of what a date covers, in ms. */
export interface Span {
  start: number;
  end: number;
  precision: ItemPrecision;
  openStart: boolean;
  openEnd: boolean;
  uncertain: boolean;
  /** For an open end (start): the report the range was drawn to (from), if any. */
  reported: When | null;
}

const PRECISION_RANK: Record<ItemPrecision, number> = { day: 0, part: 1, month: 2, year: 3 };

const datePrecision = (date: WhenDate): ItemPrecision => precisionOf(date) as ItemPrecision;
const isUncertain = (date: WhenDate): boolean => date.uncertain || date.approximate || date.yearUncertain;
const coarser = (a: ItemPrecision, b: ItemPrecision): ItemPrecision => (PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b);

const latest = (whens: When[]): When | null =>
  whens.reduce<When | null>((best, w) => (best === null || (w.start ?? 0) > (best.start ?? 0) ? w : best), null);
const earliest = (whens: When[]): When | null =>
  whens.reduce<When | null>((best, w) => (best === null || (w.start ?? 0) < (best.start ?? 0) ? w : best), null);

/** A single date: exactly what it covers. */
function dateSpan(date: WhenDate): Span {
  return {
    start: date.start,
    end: date.end + 1,
    precision: datePrecision(date),
    openStart: false,
    openEnd: false,
    uncertain: isUncertain(date),
    reported: null,
  };
}

/** A closed interval: from its first date's start to its last date's end, at the coarser precision. */
function closedSpan(lower: WhenDate, upper: WhenDate): Span {
  return {
    start: lower.start,
    end: upper.end + 1,
    precision: coarser(datePrecision(lower), datePrecision(upper)),
    openStart: false,
    openEnd: false,
    uncertain: isUncertain(lower) || isUncertain(upper),
    reported: null,
  };
}

/** No stated end: to the latest later evidence, or over the start date alone. */
function openEndSpan(lower: WhenDate, evidence: readonly When[]): Span {
  const reported = latest(evidence.filter((w) => w.start !== null && w.start > lower.end));
  const base = { precision: datePrecision(lower), uncertain: isUncertain(lower), reported };
  return { ...base, start: lower.start, end: reported?.start ?? lower.end + 1, openStart: false, openEnd: true };
}

/** No stated start: from the earliest earlier evidence, or over the end date alone. */
function openStartSpan(upper: WhenDate, evidence: readonly When[]): Span {
  const reported = earliest(evidence.filter((w) => w.start !== null && w.start < upper.start));
  const base = { precision: datePrecision(upper), uncertain: isUncertain(upper), reported };
  return { ...base, start: reported?.start ?? upper.start, end: upper.end + 1, openStart: true, openEnd: false };
}

/**
 * What a date covers on the axis, or null when it cannot be placed (unknown).
 *
 * An open or unknown end (`2020-10-05/..`, `2020-10-05/`) is not given an
 * invented end: the range runs to the latest evidence the sources give (the
 * start of the last report, event or figure about it), or covers only its
 * start date when nothing later is reported; `openEnd` makes the renderers
 * fade that end out and the label say "end not stated". The start of the
 * evidence is used, not its end, so the range never claims more than the
 * sources attest (a report dated only "2023" may be from January, so the
 * range stops at 1 January 2023). An open start is handled the same way.
 *
 * @param evidence dates of the reports, events and figures about the entry
 * @example spanOf(parseWhen('2022-04', 'late')) // { start: 2022-04-21, end: 2022-05-01, precision: 'part', … }
 */
export function spanOf(when: When, evidence: readonly When[] = []): Span | null {
  if (when.kind === 'unknown') return null;
  if (when.kind === 'date') return dateSpan(when);
  const { lower, upper } = when;
  if (lower && upper) return closedSpan(lower, upper);
  if (lower) return openEndSpan(lower, evidence);
  if (upper) return openStartSpan(upper, evidence);
  return null;
}
