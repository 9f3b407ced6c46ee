/**
 * Timeline items computed from the content graph. vis-timeline knows only
 * plain ranges and points, so everything about honest dates happens here:
 * a day-precise event is a point; a date known to the month, a part of the
 * month or the year spans that stretch; a partnership spans its period; an
 * undated entry goes to a separate list and is never given a day.
 *
 * The result is plain JSON: the timeline page embeds it as a data island, the
 * open-data file `/data/timeline.<lang>.json` is the same object, and the
 * mini timelines of entry pages are laid out from the same items.
 */
import { useTranslations, type Translate } from '../i18n/ui.ts';
import { formatWhen } from './date-format.ts';
import { machineDate, precisionOf, tryParseWhen, type When, type WhenDate } from '../core/dates.ts';
import { proseOf, shortTitleOf, titleOf, whenOf, type Graph } from './graph.ts';
import { placeWithAncestors, sidesOf, topLocality } from './hierarchy.ts';
import type { AnyEntry, Entry } from './model.ts';
import { entryPath } from './routes.ts';
import { type Lang } from '../core/vocabulary.ts';

/** How precisely an item's date is known; `part` is early, mid or late in a month. */
export type ItemPrecision = 'day' | 'part' | 'month' | 'year';
export type TimelineCollection = 'events' | 'partnerships';
export type GroupDimension = 'locality' | 'partner';
export type FacetName = 'theme' | 'partner' | 'place';

/** Group key of items with no partner organisation or no locality. */
export const NO_GROUP = '_none';

/** Fields shared by dated and undated items. */
interface ItemBase {
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
  if (when.kind === 'date') {
    return {
      start: when.start,
      end: when.end + 1,
      precision: datePrecision(when),
      openStart: false,
      openEnd: false,
      uncertain: isUncertain(when),
      reported: null,
    };
  }
  const { lower, upper } = when;
  if (lower && upper) {
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
  if (lower) {
    const reported = latest(evidence.filter((w) => w.start !== null && w.start > lower.end));
    const base = { precision: datePrecision(lower), uncertain: isUncertain(lower), reported };
    return { ...base, start: lower.start, end: reported?.start ?? lower.end + 1, openStart: false, openEnd: true };
  }
  if (upper) {
    const reported = earliest(evidence.filter((w) => w.start !== null && w.start < upper.start));
    const base = { precision: datePrecision(upper), uncertain: isUncertain(upper), reported };
    return { ...base, start: reported?.start ?? upper.start, end: upper.end + 1, openStart: true, openEnd: false };
  }
  return null;
}

/**
 * CSS classes of an item: `vdp-<collection>`, `vdp-precision-<p>`, and
 * `vdp-open-end`, `vdp-open-start`, `vdp-uncertain` when they apply.
 * @example itemClassName('events', span) // 'vdp-item vdp-events vdp-precision-part'
 */
export function itemClassName(collection: TimelineCollection, span: Span): string {
  return [
    'vdp-item',
    `vdp-${collection}`,
    `vdp-precision-${span.precision}`,
    span.openStart ? 'vdp-open-start' : '',
    span.openEnd ? 'vdp-open-end' : '',
    span.uncertain ? 'vdp-uncertain' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** What an item needs from the graph beyond its own facts. */
export interface TimelineContext {
  graph: Graph;
  /** Partnerships whose localities are the place or lie within it, in the graph's order. */
  partnershipsIn: (placeId: string) => Entry<'partnerships'>[];
}

const contexts = new WeakMap<Graph, TimelineContext>();

/**
 * The graph lookups items need. Computed once per graph and reused by every
 * page's timeline: computing it per page would make the build quadratic.
 */
export function timelineContext(graph: Graph): TimelineContext {
  const known = contexts.get(graph);
  if (known) return known;
  const byPlace = new Map<string, Entry<'partnerships'>[]>();
  for (const partnership of graph.list('partnerships')) {
    const ids = new Set(
      sidesOf(graph, partnership).places.flatMap((p) => placeWithAncestors(graph, p).map((a) => a.id)),
    );
    for (const id of ids) byPlace.set(id, [...(byPlace.get(id) ?? []), partnership]);
  }
  const context = { graph, partnershipsIn: (placeId: string) => byPlace.get(placeId) ?? [] };
  contexts.set(graph, context);
  return context;
}

/** Lane keys and filter keys of a partnership or event: its sides (`hierarchy.ts`), as the search index has them. */
function facetsOf(
  ctx: TimelineContext,
  entry: Entry<'partnerships'> | Entry<'events'>,
): Pick<ItemBase, 'groups' | 'facets'> {
  const sides = sidesOf(ctx.graph, entry);
  const localities = sides.localities.map((p) => p.id);
  const partners = sides.partners.map((o) => o.id);
  return {
    groups: {
      locality: localities.length > 0 ? localities : [NO_GROUP],
      partner: partners.length > 0 ? partners : [NO_GROUP],
    },
    facets: {
      theme: sides.themes.map((theme) => theme.id),
      partner: partners,
      place: unique(sides.places.flatMap((p) => placeWithAncestors(ctx.graph, p).map((a) => a.id))),
    },
  };
}

/** Dates of everything that reports on a partnership: its events, its sources' publication and its figures. */
export function evidenceOf(graph: Graph, partnership: Entry<'partnerships'>): When[] {
  const whens: (When | null)[] = [
    ...graph
      .backlinks(partnership)
      .filter((b) => b.from.collection === 'events' && b.field === 'partnership')
      .map((b) => whenOf(b.from)),
    ...partnership.facts.sources.map((r) => whenOf(graph.resolve(r))),
    // A figure is true as of its own date, which the partnership is attested at.
    ...partnership.facts.figures.map((f) => tryParseWhen(f.date, f.datePart ?? null)),
  ];
  return whens.flatMap((w) => (w && w.start !== null ? [w] : []));
}

function kindOf(entry: Entry<'partnerships'> | Entry<'events'>, t: Translate): string {
  return entry.collection === 'partnerships'
    ? `${t('collectionOne.partnerships')} · ${t(`kind.partnerships.${entry.facts.kind}`)}`
    : t(`kind.events.${entry.facts.kind}`);
}

function baseOf(
  entry: Entry<'partnerships'> | Entry<'events'>,
  lang: Lang,
  when: string,
  ctx: TimelineContext | null,
): ItemBase {
  const { fallback, lang: textLang } = proseOf(entry, lang);
  return {
    id: `${entry.collection}/${entry.id}`,
    collection: entry.collection,
    label: shortTitleOf(entry, lang),
    title: titleOf(entry, lang),
    labelLang: fallback ? textLang : null,
    kind: kindOf(entry, useTranslations(lang)),
    when,
    href: entryPath(lang, entry.collection, entry.id),
    ...(ctx
      ? facetsOf(ctx, entry)
      : { groups: { locality: [], partner: [] }, facets: { theme: [], partner: [], place: [] } }),
  };
}

/** The date in words, saying what the source does not state; and the report an open range was drawn to. */
function whenText(when: When, span: Span, lang: Lang): { when: string; note: string } {
  const t = useTranslations(lang);
  const text = formatWhen(when, lang, 'short');
  const reported = span.reported ? formatWhen(span.reported, lang, 'short') : '';
  if (span.openEnd)
    return {
      when: t('timeline.openEnd', { date: text }),
      note: reported && t('timeline.lastReported', { date: reported }),
    };
  if (span.openStart)
    return {
      when: t('timeline.openStart', { date: text }),
      note: reported && t('timeline.firstReported', { date: reported }),
    };
  return { when: text, note: '' };
}

/**
 * One entry as a timeline item, or as an undated item when its date is unknown.
 * @param ctx the graph, for lanes, filters and the evidence of open ends; without it those stay empty
 */
export function timelineItem(
  entry: Entry<'partnerships'> | Entry<'events'>,
  lang: Lang,
  ctx: TimelineContext | null = null,
): { dated: TimelineItem } | { undated: UndatedItem } {
  const when = whenOf(entry);
  const evidence = ctx && entry.collection === 'partnerships' ? evidenceOf(ctx.graph, entry) : [];
  const span = when ? spanOf(when, evidence) : null;
  if (!when || !span) return { undated: baseOf(entry, lang, useTranslations(lang)('date.unknownLong'), ctx) };
  const words = whenText(when, span, lang);
  const base = baseOf(entry, lang, words.when, ctx);
  const isPoint = entry.collection === 'events' && when.kind === 'date' && span.precision === 'day';
  return {
    dated: {
      ...base,
      type: isPoint ? 'point' : 'range',
      start: new Date(span.start).toISOString(),
      end: isPoint ? null : new Date(span.end).toISOString(),
      precision: span.precision,
      openEnd: span.openEnd,
      openStart: span.openStart,
      uncertain: span.uncertain,
      className: itemClassName(entry.collection, span),
      datetime: machineDate(when) ?? '',
      tooltip: [base.title, [words.when, words.note].filter(Boolean).join('; '), base.kind].join('\n'),
    },
  };
}

/** Chronological order: start, then end, partnerships before their events, then title. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.start.localeCompare(b.start) ||
    (a.end ?? a.start).localeCompare(b.end ?? b.start) ||
    (a.collection === b.collection ? 0 : a.collection === 'partnerships' ? -1 : 1) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/** Items and undated items of some entries, chronological. */
export function itemsOf(
  entries: readonly (Entry<'partnerships'> | Entry<'events'>)[],
  lang: Lang,
  ctx: TimelineContext | null,
): { items: TimelineItem[]; undated: UndatedItem[] } {
  const items: TimelineItem[] = [];
  const undated: UndatedItem[] = [];
  for (const entry of entries) {
    const result = timelineItem(entry, lang, ctx);
    if ('dated' in result) items.push(result.dated);
    else undated.push(result.undated);
  }
  return { items: items.sort(compareItems), undated };
}

function groupsOf(graph: Graph, items: readonly ItemBase[], dim: GroupDimension, lang: Lang): TimelineGroup[] {
  const t = useTranslations(lang);
  const collection = dim === 'locality' ? 'places' : 'organizations';
  const ids = unique(items.flatMap((item) => item.groups[dim]));
  const named = ids
    .filter((id) => id !== NO_GROUP)
    .map((id) => ({ id, label: shortTitleOf(graph.get(collection, id) as AnyEntry, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const none = ids.includes(NO_GROUP)
    ? [{ id: NO_GROUP, label: t(dim === 'locality' ? 'timeline.noPlace' : 'timeline.noPartner') }]
    : [];
  return [...named, ...none];
}

function facetOptions(graph: Graph, items: readonly ItemBase[], lang: Lang): Record<FacetName, FacetOption[]> {
  const used = (facet: FacetName) => new Set(items.flatMap((item) => item.facets[facet]));
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, lang);
  const themes = used('theme');
  const partners = used('partner');
  const places = used('place');
  const placeOptions = [...places]
    .map((id) => graph.get('places', id) as Entry<'places'>)
    .map((p) => {
      const top = topLocality(graph, p);
      return { id: p.id, label: shortTitleOf(p, lang), parent: top === null || top.id === p.id ? null : top.id };
    });
  // Province-level places first, each followed by the places within it.
  const tops = placeOptions.filter((o) => o.parent === null).sort(byLabel);
  const orphans = placeOptions.filter((o) => o.parent !== null && !places.has(o.parent));
  return {
    theme: graph
      .list('themes')
      .filter((theme) => themes.has(theme.id))
      .map((theme) => ({ id: theme.id, label: titleOf(theme, lang), parent: null })),
    partner: [...partners]
      .map((id) => ({ id, label: shortTitleOf(graph.get('organizations', id) as AnyEntry, lang), parent: null }))
      .sort(byLabel),
    place: [
      ...tops.flatMap((top) => [top, ...placeOptions.filter((o) => o.parent === top.id).sort(byLabel)]),
      ...orphans.sort(byLabel),
    ],
  };
}

/**
 * The whole timeline of one language: every partnership and event, dated
 * ones as items, undated ones apart, with lanes and filter choices.
 */
export function buildTimeline(graph: Graph, lang: Lang): TimelineData {
  const ctx = timelineContext(graph);
  const { items, undated } = itemsOf([...graph.list('partnerships'), ...graph.list('events')], lang, ctx);
  const all = [...items, ...undated];
  const starts = items.map((i) => i.start).sort();
  const ends = items.map((i) => i.end ?? i.start).sort();
  return {
    lang,
    items,
    undated,
    groups: { locality: groupsOf(graph, all, 'locality', lang), partner: groupsOf(graph, all, 'partner', lang) },
    facets: facetOptions(graph, all, lang),
    extent: items.length > 0 ? { start: starts[0] as string, end: ends.at(-1) as string } : null,
  };
}

/**
 * Items of an entry page's mini timeline: its events and, when the graph is
 * given, the partnerships about the entry (itself, for a partnership).
 */
export function entryTimeline(
  lang: Lang,
  events: readonly Entry<'events'>[],
  graph?: Graph,
  entry?: AnyEntry,
): { items: TimelineItem[]; undated: UndatedItem[] } {
  const partnerships: Entry<'partnerships'>[] = [];
  const ctx = graph ? timelineContext(graph) : null;
  if (ctx && entry) {
    if (entry.collection === 'partnerships') partnerships.push(entry);
    const linked = ctx.graph.backlinks(entry).flatMap((b) => (b.from.collection === 'partnerships' ? [b.from] : []));
    const inPlace = entry.collection === 'places' ? ctx.partnershipsIn(entry.id) : [];
    partnerships.push(...linked, ...inPlace);
  }
  return itemsOf([...unique(partnerships), ...events], lang, ctx);
}

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
  const topLanes = top.length > 0 ? Math.max(...top.map((m) => m.lane)) + 1 : 0;
  const below = assignLanes(ordered.filter((i) => i.collection === 'events').map(place), gap).map((m) => ({
    ...m,
    lane: m.lane + topLanes,
  }));
  const marks = [...top, ...below];
  return {
    marks,
    lanes: marks.length > 0 ? Math.max(...marks.map((m) => m.lane)) + 1 : 0,
    ticks: yearTicks(lo, hi, pct),
  };
}

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
