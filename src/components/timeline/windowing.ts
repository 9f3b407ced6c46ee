/**
 * What the drawing shows of many items: vis-timeline measures every item it
 * is given, so with thousands of them the page would freeze. The drawing
 * therefore gets only the items around the visible window; when even those
 * are too many, events are counted into clusters per lane and per calendar
 * stretch (a month, a year…) that the reader zooms into, while partnerships
 * stay drawn as long as they are few enough. Pure functions, unit-tested.
 */
import type { TimelineItem } from '../../lib/timeline/types.ts';
import { lanesOf, type Grouping } from './view-state.ts';

/** Most marks handed to vis-timeline at once. */
export const MAX_DRAWN = 200;

export interface Placed {
  item: TimelineItem;
  lane: string | null;
}

export interface Cluster {
  lane: string | null;
  start: number;
  end: number;
  count: number;
}

const DAY = 86_400_000;

/** Calendar stretches clusters are counted in, smallest first. */
interface Unit {
  approx: number;
  floor(ms: number): number;
  next(ms: number): number;
}

const fixed = (size: number): Unit => ({
  approx: size,
  floor: (ms) => Math.floor(ms / size) * size,
  next: (ms) => ms + size,
});
const months = (n: number): Unit => ({
  approx: n * 30.44 * DAY,
  floor: (ms) => {
    const d = new Date(ms);
    return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1);
  },
  next: (ms) => {
    const d = new Date(ms);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  },
});
const years = (n: number): Unit => ({
  approx: n * 365.25 * DAY,
  floor: (ms) => Date.UTC(Math.floor(new Date(ms).getUTCFullYear() / n) * n, 0, 1),
  next: (ms) => Date.UTC(new Date(ms).getUTCFullYear() + n, 0, 1),
});

const UNITS: Unit[] = [fixed(DAY), fixed(7 * DAY), months(1), months(3), years(1), years(2), years(5), years(10)];

/** The smallest calendar stretch that cuts a span into at most `count` pieces. */
export function unitFor(span: number, count: number): Unit {
  return UNITS.find((unit) => span / unit.approx <= count) ?? (UNITS.at(-1) as Unit);
}

const startOf = (item: TimelineItem): number => Date.parse(item.start);
const endOf = (item: TimelineItem): number => Date.parse(item.end ?? item.start);

/**
 * The marks to draw for a visible window: the items overlapping it (and half
 * a window on each side, so that short pans need no redraw), or, above
 * `limit`, partnerships plus clusters of events.
 * @param items filtered items, chronological
 */
export function drawables(
  items: readonly TimelineItem[],
  group: Grouping,
  window: { start: number; end: number },
  limit = MAX_DRAWN,
): { real: Placed[]; clusters: Cluster[] } {
  const margin = (window.end - window.start) / 2;
  const lo = window.start - margin;
  const hi = window.end + margin;
  const placed = items
    .filter((item) => startOf(item) <= hi && endOf(item) >= lo)
    .flatMap((item) => lanesOf(item, group).map((lane) => ({ item, lane })));
  if (placed.length <= limit) return { real: placed, clusters: [] };
  const partnerships = placed.filter((p) => p.item.collection === 'partnerships');
  const keep = partnerships.length <= limit / 2 ? partnerships : [];
  const rest = keep.length > 0 ? placed.filter((p) => p.item.collection !== 'partnerships') : placed;
  const groups = cluster(rest, unitFor(hi - lo, 60));
  // A cluster of one is just that item.
  return {
    real: [...keep, ...groups.filter((g) => g.members.length === 1).map((g) => g.members[0] as Placed)],
    clusters: groups
      .filter((g) => g.members.length > 1)
      .map(({ lane, start, end, members }) => ({ lane, start, end, count: members.length })),
  };
}

/** Groups marks per lane and calendar stretch of their start. */
function cluster(placed: readonly Placed[], unit: Unit) {
  const byKey = new Map<string, { lane: string | null; start: number; end: number; members: Placed[] }>();
  for (const mark of placed) {
    const start = unit.floor(startOf(mark.item));
    const key = `${mark.lane ?? ''}|${start}`;
    const found = byKey.get(key);
    if (found) found.members.push(mark);
    else byKey.set(key, { lane: mark.lane, start, end: unit.next(start), members: [mark] });
  }
  return [...byKey.values()];
}
