/**
 * Partnerships and events as timeline items: dated ones placed by their span
 * (`spanOf`), undated ones apart; their chronological order; and the items
 * of an entry page's mini timeline.
 */
import { useTranslations } from '../../i18n/ui.ts';
import { machineDate, type When } from '../../core/dates.ts';
import type { Lang } from '../../core/vocabulary.ts';
import { formatWhen } from '../date-format.ts';
import { proseOf, shortTitleOf, titleOf, whenOf, type Graph } from '../graph.ts';
import { entryKicker, entryKind } from '../kind-label.ts';
import type { AnyEntry, Entry } from '../model.ts';
import { evidenceAnchor } from '../evidence-view.ts';
import { entryPath } from '../routes.ts';
import { timelineContext, type TimelineContext } from './context.ts';
import { evidenceOf } from './evidence.ts';
import { facetsOf } from './facets.ts';
import { itemClassName } from './marks.ts';
import { spanOf, type Span } from './span.ts';
import type { ItemBase, TimelineItem, UndatedItem } from './types.ts';

type TimelineEntry = Entry<'partnerships'> | Entry<'events'>;

/** "Partnership · Memorandum of understanding" for a partnership, "Signing" for an event. */
const kindOf = (entry: TimelineEntry, lang: Lang): string =>
  entry.collection === 'partnerships' ? entryKicker(entry, lang) : entryKind(entry, lang);

/** Where the evidence of an entry's date (an event's `date`, a partnership's `period`) is shown. */
function evidenceLink(entry: TimelineEntry, lang: Lang): string | null {
  const anchor = evidenceAnchor(entry, entry.collection === 'events' ? 'date' : 'period');
  return anchor ? `${entryPath(lang, entry.collection, entry.id)}#${anchor}` : null;
}

function baseOf(entry: TimelineEntry, lang: Lang, when: string, ctx: TimelineContext | null): ItemBase {
  const { fallback, lang: textLang } = proseOf(entry, lang);
  return {
    id: `${entry.collection}/${entry.id}`,
    collection: entry.collection,
    label: shortTitleOf(entry, lang),
    title: titleOf(entry, lang),
    labelLang: fallback ? textLang : null,
    kind: kindOf(entry, lang),
    when,
    href: entryPath(lang, entry.collection, entry.id),
    evidenceHref: evidenceLink(entry, lang),
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

/** A dated item: its span on the axis, its mark's classes and its words. */
function datedItem(
  entry: TimelineEntry,
  when: When,
  span: Span,
  lang: Lang,
  ctx: TimelineContext | null,
): TimelineItem {
  const words = whenText(when, span, lang);
  const base = baseOf(entry, lang, words.when, ctx);
  const isPoint = entry.collection === 'events' && when.kind === 'date' && span.precision === 'day';
  return {
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
  };
}

/**
 * One entry as a timeline item, or as an undated item when its date is unknown.
 * @param ctx the graph, for lanes, filters and the evidence of open ends; without it those stay empty
 */
export function timelineItem(
  entry: TimelineEntry,
  lang: Lang,
  ctx: TimelineContext | null = null,
): { dated: TimelineItem } | { undated: UndatedItem } {
  const when = whenOf(entry);
  const evidence = ctx && entry.collection === 'partnerships' ? evidenceOf(ctx.graph, entry) : [];
  const span = when ? spanOf(when, evidence) : null;
  if (!when || !span) return { undated: baseOf(entry, lang, useTranslations(lang)('date.unknownLong'), ctx) };
  return { dated: datedItem(entry, when, span, lang, ctx) };
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
  entries: readonly TimelineEntry[],
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
  return itemsOf([...new Set(partnerships), ...events], lang, ctx);
}
