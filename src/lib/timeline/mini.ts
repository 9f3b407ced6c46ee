/**
 * The static mini timeline of an entry page: items laid out on a strip at
 * build time (SVG, no JavaScript), on a proportional axis with year ticks
 * and lanes so that marks do not overlap.
 */
import { compareItems } from './items.ts';
import type { TimelineItem } from './types.ts';

/** One mark of a mini timeline, positioned in percent of the strip's width. */
export interface MiniMark {
  item: TimelineItem;
  lane: number;
  /** Left edge (range) or centre (point), 0–100. */
  x: number;
  /** 0 for points. */
  width: number;
}

export interface MiniTimeline {
  marks: MiniMark[];
  lanes: number;
  ticks: { label: string; x: number }[];
}

const YEAR_MS = 365.25 * 86_400_000;
const startMs = (item: TimelineItem): number => Date.parse(item.start);
const endMs = (item: TimelineItem): number => Date.parse(item.end ?? item.start);
const laneCount = (marks: readonly MiniMark[]): number =>
  marks.length > 0 ? Math.max(...marks.map((m) => m.lane)) + 1 : 0;

/** The strip's time span around some items, padded, and at least a year so a lone day is not stretched. */
function miniDomain(items: readonly TimelineItem[]): { lo: number; hi: number } {
  const lo = Math.min(...items.map(startMs));
  const hi = Math.max(...items.map(endMs));
  const spread = Math.max(hi - lo, YEAR_MS);
  const centre = (lo + hi) / 2;
  return {
    lo: Math.min(lo, centre - spread / 2) - spread * 0.06,
    hi: Math.max(hi, centre + spread / 2) + spread * 0.06,
  };
}

/** January 1st ticks inside a domain, every 1, 2, 5 or 10 years so that at most about a dozen show. */
function yearTicks(lo: number, hi: number, pct: (ms: number) => number): MiniTimeline['ticks'] {
  const first = new Date(lo).getUTCFullYear() + 1;
  const last = new Date(hi).getUTCFullYear();
  const years = last - first + 1;
  const step = years > 24 ? 10 : years > 12 ? 5 : years > 6 ? 2 : 1;
  const ticks: MiniTimeline['ticks'] = [];
  for (let year = first; year <= last; year++) {
    if (year % step === 0) ticks.push({ label: String(year), x: pct(Date.UTC(year, 0, 1)) });
  }
  return ticks;
}

/** First-fit lanes: each mark goes to the first lane whose last mark ends at least `gap` before it. */
function assignLanes(marks: Omit<MiniMark, 'lane'>[], gap: number): MiniMark[] {
  const laneEnds: number[] = [];
  return marks.map((mark) => {
    const from = mark.item.type === 'point' ? mark.x - gap / 2 : mark.x;
    // Room for a point's dot, or an open end's fading tail.
    const to = mark.x + mark.width + (mark.item.type === 'point' || mark.item.openEnd ? gap : 0);
    let lane = laneEnds.findIndex((end) => end + gap / 2 <= from);
    if (lane === -1) lane = laneEnds.push(to) - 1;
    else laneEnds[lane] = to;
    return { ...mark, lane };
  });
}

/**
 * Lays items out on a strip for a static mini timeline: a proportional axis
 * padded around the items, year ticks, and lanes so that marks do not
 * overlap. Partnerships take the top lanes, events the ones below.
 * @param gap the least distance between two marks of a lane, in percent
 */
export function layoutMini(items: readonly TimelineItem[], gap = 3): MiniTimeline {
  if (items.length === 0) return { marks: [], lanes: 0, ticks: [] };
  const { lo, hi } = miniDomain(items);
  const pct = (ms: number) => Math.round(((ms - lo) / (hi - lo)) * 10_000) / 100;
  const place = (item: TimelineItem) => {
    const x = pct(startMs(item));
    return { item, x, width: item.type === 'point' ? 0 : Math.max(pct(endMs(item)) - x, 0) };
  };
  const ordered = [...items].sort(compareItems);
  const top = assignLanes(ordered.filter((i) => i.collection === 'partnerships').map(place), gap);
  const topLanes = laneCount(top);
  const below = assignLanes(ordered.filter((i) => i.collection === 'events').map(place), gap).map((m) => ({
    ...m,
    lane: m.lane + topLanes,
  }));
  const marks = [...top, ...below];
  return { marks, lanes: laneCount(marks), ticks: yearTicks(lo, hi, pct) };
}
