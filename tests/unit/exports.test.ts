import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildCalendar,
  buildCsv,
  buildDataset,
  buildDatasetSchema,
  calendarDays,
  feedItems,
} from '../../src/lib/exports.ts';
import { buildGraph, type Graph } from '../../src/lib/graph.ts';
import type { Entry } from '../../src/lib/model.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});
const SITE = 'https://example.org';

describe('buildDataset / buildDatasetSchema', () => {
  test('returns a dataset that validates against the generated schema, with plain id references', () => {
    const dataset = buildDataset(graph, SITE);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(buildDatasetSchema(SITE));
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    expect(dataset.collections.events.find((e) => e.id === 'su-kien-a')?.facts['organizations']).toEqual([
      'cong-ty-a',
      'ubnd-a',
    ]);
  });
  test('keeps an event’s EDTF date and datePart as written, deriving no day from them', () => {
    const dataset = buildDataset(graph, SITE);
    const event = dataset.collections.events.find((e) => e.id === 'su-kien-a');
    expect(event?.facts).toMatchObject({ date: '2022-04', datePart: 'late' });
    expect(JSON.stringify(dataset)).not.toMatch(/2022-04-\d\d/);
  });
  test('returns the record version, which the schema accepts, or null without git history', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(buildDatasetSchema(SITE));
    const versioned = buildDataset(graph, SITE, { date: '2024-05-03', commit: 'a1b2c3d' });
    expect(versioned.recordVersion).toEqual({ date: '2024-05-03', commit: 'a1b2c3d' });
    expect(validate(versioned), JSON.stringify(validate.errors)).toBe(true);
    expect(buildDataset(graph, SITE).recordVersion).toBeNull();
    expect(validate({ ...versioned, recordVersion: { date: '3 May', commit: 'a1b2c3d' } })).toBe(false);
  });
  test('the schema rejects a broken dataset', () => {
    const dataset = buildDataset(graph, SITE);
    (dataset.collections.events[0]!.facts as Record<string, unknown>)['kind'] = 'party';
    const validate = new Ajv2020({ strict: false }).compile(buildDatasetSchema(SITE));
    expect(validate(dataset)).toBe(false);
  });
});

describe('buildCsv', () => {
  test('returns one row per entry with both languages and lists joined by |', () => {
    const parsed = Papa.parse<Record<string, string>>(buildCsv(graph, 'events', SITE), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((r) => r['id'])).toEqual(['su-kien-a', 'su-kien-b']);
    expect(parsed.data[0]).toMatchObject({
      title_en: 'Test memorandum signed',
      organizations: 'cong-ty-a|ubnd-a',
      datePart: 'late',
    });
    expect(parsed.data[1]?.['title_en']).toBe('');
  });
  test('returns the record version in every row, empty without git history', () => {
    const version = { date: '2024-05-03', commit: 'a1b2c3d' };
    const rows = Papa.parse<Record<string, string>>(buildCsv(graph, 'events', SITE, version), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r['record_version_date'], r['record_version_commit']])).toEqual([
      ['2024-05-03', 'a1b2c3d'],
      ['2024-05-03', 'a1b2c3d'],
    ]);
    const plain = Papa.parse<Record<string, string>>(buildCsv(graph, 'events', SITE), { header: true }).data;
    expect(plain[0]?.['record_version_commit']).toBe('');
  });
  test('returns dates as written: EDTF and datePart, no day derived from a partial date', () => {
    const csv = buildCsv(graph, 'events', SITE);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['date'], r['datePart']])).toEqual([
      ['2022-04', 'late'],
      ['unknown', ''],
    ]);
    expect(csv).not.toMatch(/2022-04-\d\d/);
  });
});

/** The fixture's late-April event, re-dated. */
function redated(base: Graph, id: string, date: string): Entry<'events'> {
  const a = base.get('events', 'su-kien-a')!;
  const { datePart: _part, ...facts } = a.facts;
  return { ...a, id, facts: { ...facts, date } };
}

describe('calendarDays / buildCalendar', () => {
  test.each([
    ['2020-10-05', { start: '2020-10-05', endExclusive: '2020-10-06', qualified: false }],
    ['2019?-07-31', { start: '2019-07-31', endExclusive: '2019-08-01', qualified: true }],
    ['2020-10-05~', { start: '2020-10-05', endExclusive: '2020-10-06', qualified: true }],
    ['2021-10-23/2021-10-25', { start: '2021-10-23', endExclusive: '2021-10-26', qualified: false }],
  ])('returns the days of an event dated %s', (date, days) => {
    expect(calendarDays(redated(graph, 'x', date))).toEqual(days);
  });
  test.each(['2018', '2022-04', '2022-04/2022-06', '2021-10-23/..', '2021-10-23/2022', 'unknown'])(
    'returns nothing for an event dated %s: no day to give',
    (date) => {
      expect(calendarDays(redated(graph, 'x', date))).toBeNull();
    },
  );
  test('returns nothing for late April 2022', () => {
    expect(calendarDays(graph.get('events', 'su-kien-a')!)).toBeNull();
  });
  test('returns an iCalendar of day-dated events only, qualified days said in the title, without a build clock', () => {
    const events = ['2020-10-05', '2019?-07-31', '2018'].map((date, i) => redated(graph, `ngay-${i}`, date));
    const dated = buildGraph([...graph.all(), ...events]);
    const ics = buildCalendar(dated, 'en', SITE, 'Test', 'Events dated to the day.');
    const uids = [...ics.matchAll(/^UID:(.+?)@/gm)].map((m) => m[1]);
    expect(uids.sort()).toEqual(['ngay-0', 'ngay-1']);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20201005\r?\nDTEND;VALUE=DATE:20201006/);
    expect(ics).toMatch(/SUMMARY:Test memorandum signed — 31 July 2019 \(year inferred\)/);
    expect(ics).toMatch(/X-WR-CALDESC:Events dated to the day\./);
    // The bug this guards against: a coarse date as a day, or as a span of weeks or a year.
    expect(ics).not.toMatch(/2022042|20180101/);
    expect(buildCalendar(dated, 'en', SITE, 'Test', 'Events dated to the day.')).toBe(ics);
    expect(ics).not.toContain('X-VDP-RECORD-VERSION');
  });
  test('states the record version as a calendar property', () => {
    const ics = buildCalendar(graph, 'vi', SITE, 'Test', 'Desc.', { date: '2024-05-03', commit: 'a1b2c3d' });
    expect(ics).toMatch(/^X-VDP-RECORD-VERSION:2024-05-03 a1b2c3d\r?$/m);
  });
});

/**
 * The fixture as a build from git sees it, plus a year-only event: su-kien-a
 * (late April 2022) and su-kien-2018 were added to the record in 2024,
 * su-kien-b (date unknown) is not committed yet.
 */
function withHistory(base: Graph): Graph {
  const year = redated(base, 'su-kien-2018', '2018');
  const added: Record<string, string> = {
    'su-kien-a': '2024-05-02T08:15:00.000Z',
    'su-kien-2018': '2024-05-03T10:00:00.000Z',
  };
  return buildGraph([...base.all(), year].map((e) => ({ ...e, added: added[e.id] ?? null })));
}

describe('feedItems', () => {
  test('returns events newest addition first, then those git cannot date, without a pubDate', () => {
    const items = feedItems(withHistory(graph), 'vi');
    expect(items.map((i) => i.link)).toEqual([
      '/vi/su-kien/su-kien-2018/',
      '/vi/su-kien/su-kien-a/',
      '/vi/su-kien/su-kien-b/',
    ]);
    expect(items.map((i) => i.pubDate?.toISOString())).toEqual([
      '2024-05-03T10:00:00.000Z',
      '2024-05-02T08:15:00.000Z',
      undefined,
    ]);
    expect(items[2]).not.toHaveProperty('pubDate');
  });
  test('states the event’s own date at its precision, never as a day the source does not give', () => {
    const [year, late, unknown] = feedItems(withHistory(graph), 'en');
    expect(late?.description).toMatch(/^Late April 2022 — /);
    expect(year?.description).toMatch(/^2018 — /);
    expect(unknown?.description).toMatch(/^Date not stated in the source — /);
    const [yearVi, lateVi] = feedItems(withHistory(graph), 'vi');
    expect(lateVi?.description).toMatch(/^Cuối tháng 4 năm 2022 — /);
    expect(yearVi?.description).toMatch(/^Năm 2018 — /);
    for (const item of feedItems(withHistory(graph), 'en')) {
      // The bug this guards against: the first day of the span as the publication date.
      expect(item.pubDate?.toISOString() ?? '').not.toMatch(/^(2022-04-21|2018-01-01)/);
      expect(item.description).not.toMatch(/21 April|1 January/);
    }
  });
  test('orders additions at the same time by id', () => {
    const same = buildGraph(
      withHistory(graph)
        .all()
        .map((e) => ({ ...e, added: e.added && '2024-05-01T00:00:00.000Z' })),
    );
    expect(feedItems(same, 'en').map((i) => i.link)).toEqual([
      '/en/events/su-kien-2018/',
      '/en/events/su-kien-a/',
      '/en/events/su-kien-b/',
    ]);
  });
});
