/**
 * Open data: the whole record as JSON (with a JSON Schema generated from the
 * same Zod schemas that validate the content), CSV tables, an iCalendar file
 * and RSS items. Everything is derived from the graph, so it cannot drift
 * from the pages. Outputs carry no build-time clock: they are byte-identical
 * for a given commit.
 */
import { z } from 'astro/zod';
import ical, { ICalCalendarMethod } from 'ical-generator';
import Papa from 'papaparse';
import { FACT_SCHEMAS, type RefFactory } from '../schemas/index.ts';
import { formatWhen } from './date-format.ts';
import { isoDay, parseWhen, precisionOf } from '../core/dates.ts';
import { proseOf, type Graph } from './graph.ts';
import type { AnyEntry, Entry, Ref } from './model.ts';
import { absoluteUrl, entryPath } from './routes.ts';
import { COLLECTIONS, LANGS, LOCALE_TAG, type CollectionName, type Lang } from '../core/vocabulary.ts';
import type { RecordVersion } from './version.ts';

export const DATASET_VERSION = 1;
export const LICENCE = 'CC-BY-4.0';

/** References become plain ids in exports: `{ collection: 'places', id: 'da-nang' }` → `'da-nang'`. */
function plainFacts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainFacts);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && 'collection' in value && 'id' in value) return (value as Ref).id;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainFacts(v)]));
  }
  return value;
}

/** The newest commit date in the record: the dataset's "as of" date, stable per commit. */
export function recordDate(graph: Graph): string | null {
  return (
    graph
      .all()
      .map((e) => e.updated)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  );
}

export interface DatasetEntry {
  id: string;
  url: Record<Lang, string>;
  title: Partial<Record<Lang, string>>;
  summary: Partial<Record<Lang, string>>;
  updated: string | null;
  facts: Record<string, unknown>;
}

function datasetEntry(entry: AnyEntry, site: string | URL): DatasetEntry {
  const pick = (field: 'title' | 'summary') =>
    Object.fromEntries(LANGS.flatMap((lang) => (entry.prose[lang] ? [[lang, entry.prose[lang][field]]] : [])));
  return {
    id: entry.id,
    url: Object.fromEntries(
      LANGS.map((lang) => [lang, absoluteUrl(entryPath(lang, entry.collection, entry.id), site)]),
    ) as Record<Lang, string>,
    title: pick('title'),
    summary: pick('summary'),
    updated: entry.updated,
    facts: plainFacts(entry.facts) as Record<string, unknown>,
  };
}

/**
 * @param recordVersion the record's version (`readRecordVersion`): the date and commit of its last
 * change, which identify exactly what the file holds; null without git history
 */
export function buildDataset(graph: Graph, site: string | URL, recordVersion: RecordVersion | null = null) {
  return {
    $schema: absoluteUrl('/data/dataset.schema.json', site),
    name: 'Vietnam Digital Partnerships / Hợp tác chuyển đổi số',
    version: DATASET_VERSION,
    licence: LICENCE,
    asOf: recordDate(graph),
    recordVersion,
    collections: Object.fromEntries(
      COLLECTIONS.map((c) => [c, graph.list(c).map((e) => datasetEntry(e, site))]),
    ) as Record<CollectionName, DatasetEntry[]>,
  };
}

/** References as plain id strings, the form used in the exported facts (a schema for JSON Schema only, never run). */
const idRef = (() => z.string().min(1)) as unknown as RefFactory;

/** JSON Schema of `buildDataset()`, generated from the content schemas. */
export function buildDatasetSchema(site: string | URL): Record<string, unknown> {
  const text = z.partialRecord(z.enum(LANGS), z.string());
  const entry = (collection: CollectionName) =>
    z.object({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      url: z.object({ vi: z.url(), en: z.url() }),
      title: text,
      summary: text,
      updated: z.string().nullable(),
      facts: FACT_SCHEMAS[collection](idRef),
    });
  const dataset = z.object({
    $schema: z.string(),
    name: z.string(),
    version: z.literal(DATASET_VERSION),
    licence: z.literal(LICENCE),
    asOf: z.string().nullable(),
    recordVersion: z
      .object({
        date: z.iso.date().describe('Day (UTC) of the last commit that changed the content.'),
        commit: z
          .string()
          .regex(/^[0-9a-f]{7,64}$/)
          .describe('Abbreviated id of that commit in the repository.'),
      })
      .nullable()
      .describe('The record version the file holds; null when it was built without git history.'),
    collections: z.object(
      Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(entry(c))])) as Record<
        CollectionName,
        z.ZodArray<ReturnType<typeof entry>>
      >,
    ),
  });
  return {
    ...z.toJSONSchema(dataset, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: absoluteUrl('/data/dataset.schema.json', site),
    title: 'Vietnam Digital Partnerships dataset',
  };
}

/** Cell value for CSV: lists joined by "|", nested objects as JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join('|') : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * One CSV table per collection: id, titles, summaries, URLs, the record version
 * (the same in every row: a CSV file has no place for metadata, and a comment
 * line is not CSV), then every fact field.
 */
export function buildCsv(
  graph: Graph,
  collection: CollectionName,
  site: string | URL,
  recordVersion: RecordVersion | null = null,
): string {
  const entries = graph.list(collection).map((e) => datasetEntry(e, site));
  const factKeys = [...new Set(entries.flatMap((e) => Object.keys(e.facts)))];
  const rows = entries.map((e) => ({
    id: e.id,
    title_vi: e.title.vi ?? '',
    title_en: e.title.en ?? '',
    summary_vi: e.summary.vi ?? '',
    summary_en: e.summary.en ?? '',
    url_vi: e.url.vi,
    url_en: e.url.en,
    updated: e.updated ?? '',
    record_version_date: recordVersion?.date ?? '',
    record_version_commit: recordVersion?.commit ?? '',
    ...Object.fromEntries(factKeys.map((k) => [k, cell(e.facts[k])])),
  }));
  const fields = [
    'id',
    'title_vi',
    'title_en',
    'summary_vi',
    'summary_en',
    'url_vi',
    'url_en',
    'updated',
    'record_version_date',
    'record_version_commit',
    ...factKeys,
  ];
  return (
    Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) }, { newline: '\n' }) + '\n'
  );
}

/**
 * The days an event covers, for a calendar: only when its source gives the day
 * (for a period, the day of both ends). iCalendar can only say that an event
 * runs from one day to another; a part of a month, a month or a year would
 * become either an invented day or a one-day event stretched over weeks, so
 * such events are left out (they are in the dataset, the CSV and the feed).
 * `qualified`: the day is marked uncertain, approximate or its year inferred.
 * @example calendarDays(event dated 2020-10-05) // { start: '2020-10-05', endExclusive: '2020-10-06', qualified: false }
 * @example calendarDays(event dated 2022-04, late) // null
 */
export function calendarDays(
  event: Entry<'events'>,
): { start: string; endExclusive: string; qualified: boolean } | null {
  const when = parseWhen(event.facts.date, event.facts.datePart ?? null);
  const ends = when.kind === 'date' ? [when, when] : when.kind === 'interval' ? [when.lower, when.upper] : [];
  const [first, last] = ends;
  if (!first || !last || first.precision !== 'day' || last.precision !== 'day') return null;
  return {
    start: isoDay(first.start),
    endExclusive: isoDay(last.end + 1),
    qualified: [first, last].some((d) => d.uncertain || d.approximate || d.yearUncertain),
  };
}

/**
 * iCalendar of the events whose source gives the day, in one language, as
 * all-day events; a qualified day says so in its title ("… — about 5 October 2020").
 * @param description says which events the calendar leaves out, and the record version (X-WR-CALDESC)
 * @param recordVersion also given as `X-VDP-RECORD-VERSION:<date> <commit>`
 */
export function buildCalendar(
  graph: Graph,
  lang: Lang,
  site: string | URL,
  name: string,
  description: string,
  recordVersion: RecordVersion | null = null,
): string {
  const stamp = recordDate(graph) ?? '2020-01-01';
  const calendar = ical({
    name,
    description,
    prodId: { company: 'Vietnam Digital Partnerships', product: 'record', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  if (recordVersion) calendar.x('X-VDP-RECORD-VERSION', `${recordVersion.date} ${recordVersion.commit}`);
  for (const event of graph.list('events')) {
    const days = calendarDays(event);
    if (!days) continue;
    const { prose } = proseOf(event, lang);
    const when = parseWhen(event.facts.date, event.facts.datePart ?? null);
    const url = absoluteUrl(entryPath(lang, 'events', event.id), site);
    const dateText = formatWhen(when, lang);
    calendar.createEvent({
      id: `${event.id}@vietnam-digital-partnerships`,
      start: new Date(`${days.start}T00:00:00Z`),
      end: new Date(`${days.endExclusive}T00:00:00Z`),
      allDay: true,
      stamp: new Date(`${stamp}T00:00:00Z`),
      summary: days.qualified ? `${prose.title} — ${dateText}` : prose.title,
      description: `${prose.summary}\n\n${dateText}\n${url}`,
      url,
      x: {
        'X-VDP-DATE-PRECISION': precisionOf(when),
        'X-VDP-DATE-EDTF': when.edtf,
      },
    });
  }
  return calendar.toString();
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** "late April 2022" → "Late April 2022", for the start of a sentence. */
function sentenceCase(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE_TAG[lang]) + text.slice(1);
}

/**
 * Feed order: newest addition to the record first, ties by id; entries git has
 * no time for (not committed yet, or before a shallow clone's cut-off) last, by id.
 */
function byAddedNewestFirst(a: AnyEntry, b: AnyEntry): number {
  if (a.added !== b.added) {
    if (a.added === null) return 1;
    if (b.added === null) return -1;
    return a.added < b.added ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * RSS items: events, as a feed of additions to the record. `pubDate` is when
 * the entry was added (its first commit), which is what a feed reader takes it
 * for; the event's own date is stated in the description at the precision its
 * source gives ("Late April 2022 — …"), never turned into a day. An entry
 * whose addition git cannot date has no pubDate (optional in RSS 2.0).
 * @example feedItems(graph, 'en')[0] // { pubDate: 2024-05-01T09:30:00Z, description: 'Late April 2022 — …', … }
 */
export function feedItems(graph: Graph, lang: Lang): FeedItem[] {
  return [...graph.list('events')].sort(byAddedNewestFirst).map((event) => {
    const { prose } = proseOf(event, lang);
    const when = parseWhen(event.facts.date, event.facts.datePart ?? null);
    const item: FeedItem = {
      title: prose.title,
      link: entryPath(lang, 'events', event.id),
      description: `${sentenceCase(formatWhen(when, lang), lang)} — ${prose.summary}`,
      categories: [event.facts.kind],
    };
    if (event.added !== null) item.pubDate = new Date(event.added);
    return item;
  });
}
