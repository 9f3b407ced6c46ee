/**
 * Open data and feeds, read from the built site with real parsers, must
 * validate and match the content collections (counted from src/content,
 * independently of the code that generated them).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT, contentIds, readDist } from './utils.ts';

const COLLECTIONS = ['partnerships', 'events', 'organizations', 'places', 'people', 'documents', 'themes', 'sources'];
const xml = new XMLParser({ ignoreAttributes: false });

test('the dataset validates against its published JSON Schema and lists every entry of every collection', () => {
  const dataset = JSON.parse(readDist('data/dataset.json')) as {
    collections: Record<string, { id: string; title: Record<string, string> }[]>;
  };
  const schema = JSON.parse(readDist('data/dataset.schema.json')) as object;
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  expect(validate(dataset), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  for (const collection of COLLECTIONS) {
    expect(dataset.collections[collection]?.map((e) => e.id).sort(), collection).toEqual(contentIds(collection));
    for (const entry of dataset.collections[collection] ?? []) {
      expect(entry.title['vi'], `${collection}/${entry.id} vi`).toBeTruthy();
      expect(entry.title['en'], `${collection}/${entry.id} en`).toBeTruthy();
    }
  }
});

test('each CSV parses with a header row and one row per entry', () => {
  for (const collection of COLLECTIONS) {
    const parsed = Papa.parse<Record<string, string>>(readDist(`data/${collection}.csv`), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors, collection).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['id', 'title_vi', 'title_en']);
    expect(parsed.data.map((row) => row['id']).sort(), collection).toEqual(contentIds(collection));
  }
});

/** Facts of an entry, read from its facts.yaml (core schema: `2020-10-05` stays a string, not a Date). */
function factsOf(collection: string, id: string): { date: string; datePart?: string } {
  const text = readFileSync(join(CONTENT, collection, id, 'facts.yaml'), 'utf8');
  const facts = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { date: string | number; datePart?: string };
  return { ...facts, date: String(facts.date) };
}

/**
 * The first and last day of a date known to the day at both ends, else null; read
 * from the EDTF string directly (qualifiers ? ~ % set aside), not through src/lib/dates.ts.
 */
function daysOf(facts: { date: string; datePart?: string }): [string, string] | null {
  if (facts.datePart) return null;
  const ends = facts.date.replace(/[?~%]/g, '').split('/');
  if (!ends.every((end) => /^\d{4}-\d\d-\d\d$/.test(end))) return null;
  return [ends[0] as string, ends.at(-1) as string];
}

test('the iCalendar files hold exactly the events known to the day, on their days', () => {
  const dayDated = contentIds('events').filter((id) => daysOf(factsOf('events', id)));
  expect(dayDated.length).toBeGreaterThan(0);
  for (const lang of ['vi', 'en']) {
    const calendar = new ICAL.Component(ICAL.parse(readDist(`data/events.${lang}.ics`)));
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).not.toBe('');
    const vevents = calendar.getAllSubcomponents('vevent');
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')).replace(/@.*/, '')).sort();
    // Events known only to part of a month, a month or a year would sit on an invented day.
    expect(uids).toEqual(dayDated);
    for (const vevent of vevents) {
      const id = String(vevent.getFirstPropertyValue('uid')).replace(/@.*/, '');
      const [first, last] = daysOf(factsOf('events', id))!;
      const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(start.isDate, `${id} all-day`).toBe(true);
      expect(start.toString(), id).toBe(first);
      const dayAfter = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(end.toString(), id).toBe(dayAfter);
    }
  }
});

test('the sitemap pairs each page with its other-language version', () => {
  const index = xml.parse(readDist('sitemap-0.xml')) as {
    urlset: { url: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] };
  };
  const urls = index.urlset.url;
  const event = urls.find((u) => u.loc.endsWith('/en/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/'));
  expect(event?.['xhtml:link'].map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname])).toEqual([
    ['vi-VN', '/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/'],
    ['en-GB', '/en/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/'],
  ]);
  expect(readDist('robots.txt')).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
});
