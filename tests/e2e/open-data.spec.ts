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
import { contentIds, readDist } from './utils.ts';

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

test('the iCalendar files parse and hold every event with a known date, marking inexact ones', () => {
  const events = JSON.parse(readDist('data/dataset.json')).collections.events as {
    id: string;
    facts: { date: string };
  }[];
  const dated = events
    .filter((e) => e.facts.date !== 'unknown')
    .map((e) => e.id)
    .sort();
  for (const lang of ['vi', 'en']) {
    const calendar = new ICAL.Component(ICAL.parse(readDist(`data/events.${lang}.ics`)));
    const vevents = calendar.getAllSubcomponents('vevent');
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')).replace(/@.*/, '')).sort();
    expect(uids).toEqual(dated);
    for (const vevent of vevents) {
      const precision = String(vevent.getFirstPropertyValue('x-vdp-date-precision'));
      const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate, 'all-day').toBe(true);
      if (precision !== 'day') expect(String(vevent.getFirstPropertyValue('summary'))).toMatch(/\(.+\)$/);
    }
  }
});

test('the RSS feeds list every event in their language, without inventing dates', () => {
  for (const lang of ['vi', 'en']) {
    const feed = xml.parse(readDist(`${lang}/rss.xml`)) as {
      rss: { channel: { item: { link: string; pubDate?: string }[]; language: string } };
    };
    const items = feed.rss.channel.item;
    expect(feed.rss.channel.language).toBe(lang === 'vi' ? 'vi-VN' : 'en-GB');
    expect(items).toHaveLength(contentIds('events').length);
    for (const item of items) expect(item.link).toMatch(new RegExp(`/${lang}/(su-kien|events)/`));
    const undated = items.filter((i) => !i.pubDate).length;
    const unknown = (
      JSON.parse(readDist('data/dataset.json')).collections.events as { facts: { date: string } }[]
    ).filter((e) => e.facts.date === 'unknown').length;
    expect(undated).toBe(unknown);
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
