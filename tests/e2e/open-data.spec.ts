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
import { execFileSync } from 'node:child_process';
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

const shallowClone = (): boolean => {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
  } catch {
    return false;
  }
};

/**
 * When an entry was added to the repository: the oldest commit that added its facts.yaml,
 * asked of git here entry by entry (the build reads all of history in one log instead).
 * In a shallow clone the cut-off commit seems to add every file it holds; it says nothing
 * of when they were added, so it counts as no date, as the build has none.
 */
function gitAdded(collection: string, id: string): number | null {
  const file = join(CONTENT, collection, id, 'facts.yaml');
  try {
    const args = ['log', '--no-renames', '--diff-filter=A', '--format=%ct %P', '--', file];
    const oldest = execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean)
      .at(-1);
    if (!oldest) return null;
    const [seconds, ...parents] = oldest.trim().split(' ');
    return shallowClone() && parents.length === 0 ? null : Number(seconds) * 1000;
  } catch {
    return null; // no repository: the build has no dates either
  }
}

/** A day of the month in words, as a full date would print it ("21 April 2022", "21 tháng 4, 2022"). */
const DAY_IN_WORDS = {
  en: /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  vi: /\b\d{1,2} tháng \d{1,2}\b/,
};

test('the RSS feeds list every event, dated by when its entry was added, the event’s own date in its text', () => {
  const added = new Map(contentIds('events').map((id) => [id, gitAdded('events', id)]));
  for (const lang of ['vi', 'en'] as const) {
    const feed = xml.parse(readDist(`${lang}/rss.xml`), true) as {
      rss: { channel: { item: { link: string; pubDate?: string; description: string }[]; language: string } };
    };
    const items = feed.rss.channel.item;
    expect(feed.rss.channel.language).toBe(lang === 'vi' ? 'vi-VN' : 'en-GB');
    const ids = items.map((item) => item.link.replace(/\/$/, '').split('/').at(-1) as string);
    expect([...ids].sort()).toEqual(contentIds('events'));
    for (const [i, item] of items.entries()) {
      const id = ids[i] as string;
      expect(item.link).toMatch(new RegExp(`/${lang}/(su-kien|events)/`));
      // pubDate is the commit that added the entry, never a day of the event's span.
      expect(item.pubDate ? Date.parse(item.pubDate) : null, id).toBe(added.get(id));
      const facts = factsOf('events', id);
      const dateText = item.description.split(' — ')[0] as string;
      const year = facts.date.match(/\d{4}/)?.[0];
      if (year) expect(dateText, id).toContain(year);
      if (!daysOf(facts)) expect(dateText, id).not.toMatch(DAY_IN_WORDS[lang]);
    }
    // Newest addition first, ties by id, entries git cannot date last.
    const order = [...ids].sort(
      (a, b) => (added.get(b) ?? -Infinity) - (added.get(a) ?? -Infinity) || (a < b ? -1 : a > b ? 1 : 0),
    );
    expect(ids).toEqual(order);
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
