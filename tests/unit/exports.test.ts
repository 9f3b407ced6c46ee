import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildCalendar,
  buildCsv,
  buildDataset,
  buildDatasetSchema,
  calendarSpan,
  feedItems,
} from '../../src/lib/exports.ts';
import type { Graph } from '../../src/lib/graph.ts';
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
});

describe('calendarSpan / buildCalendar', () => {
  test('returns the part of the month for a late-April event, marked inexact, and nothing for an undated one', () => {
    expect(calendarSpan(graph.get('events', 'su-kien-a')!)).toEqual({
      start: '2022-04-21',
      endExclusive: '2022-05-01',
      exact: false,
    });
    expect(calendarSpan(graph.get('events', 'su-kien-b')!)).toBeNull();
  });
  test('returns an iCalendar without a build clock, leaving undated events out', () => {
    const ics = buildCalendar(graph, 'en', SITE, 'Test');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20220421/);
    expect(ics).toMatch(/X-VDP-DATE-PRECISION:part/);
    expect(ics).not.toContain('su-kien-b');
    expect(buildCalendar(graph, 'en', SITE, 'Test')).toBe(ics);
  });
});

describe('feedItems', () => {
  test('returns dated events newest first and undated ones without a pubDate', () => {
    const items = feedItems(graph, 'vi');
    expect(items.map((i) => i.link)).toEqual(['/vi/su-kien/su-kien-a/', '/vi/su-kien/su-kien-b/']);
    expect(items[0]?.pubDate?.toISOString()).toBe('2022-04-21T00:00:00.000Z');
    expect(items[1]).not.toHaveProperty('pubDate');
  });
});
