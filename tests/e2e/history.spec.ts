/**
 * Versions, history and corrections on the built site: the record version in
 * every page's footer and in every export, each entry's history page against
 * git itself (asked here entry by entry, independently of the build's one log),
 * the Changes page, and the change feeds read with real parsers (RSS 2.0 with
 * fast-xml-parser, JSON Feed 1.1 against the spec's required fields).
 */
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, DIST, readDist } from './utils.ts';

const git = (args: string[]): string =>
  execFileSync('git', ['-C', CONTENT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether git history is here at all, and whole. */
function historyStatus(): 'complete' | 'shallow' | 'unavailable' {
  try {
    return git(['rev-parse', '--is-shallow-repository']).trim() === 'true' ? 'shallow' : 'complete';
  } catch {
    return 'unavailable';
  }
}
const STATUS = historyStatus();

/**
 * The record version as git gives it: the last commit that changed the content, its UTC day and
 * short id; none without git, nor when that commit is a shallow clone's cut-off (the last change
 * may be older).
 */
function gitVersion(): { date: string; commit: string } | null {
  if (STATUS === 'unavailable') return null;
  const [seconds, commit, ...parents] = git(['log', '-1', '--format=%ct %h %P', '--', '.']).trim().split(' ');
  if (STATUS === 'shallow' && parents.length === 0) return null;
  return { date: new Date(Number(seconds) * 1000).toISOString().slice(0, 10), commit: commit as string };
}
/** How a description states the version: "<date> (<commit>)". */
const STATED = /\d{4}-\d{2}-\d{2} \([0-9a-f]{7,}\)/;
const VERSION = gitVersion();
/** Whether git shows any change to the content: a shallow clone's cut-off commit only seems to add every file. */
const CHANGES_SHOWN =
  STATUS === 'complete' ||
  (STATUS === 'shallow' &&
    git(['log', '--format=%P', '--', '.'])
      .split('\n')
      .some((parents) => parents.trim() !== ''));

const EVENT = '2020-10-05-facebook-thua-thien-hue-khoi-dong';
const PAGES = {
  vi: ['/vi/', `/vi/su-kien/${EVENT}/`, `/vi/su-kien/${EVENT}/lich-su/`, '/vi/thay-doi/', '/vi/du-lieu-mo/'],
  en: ['/en/', `/en/events/${EVENT}/`, `/en/events/${EVENT}/history/`, '/en/changes/', '/en/open-data/'],
};
const VERSION_WORDS = { vi: 'Phiên bản bộ dữ liệu', en: 'Record version' };

test.describe('record version', () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`the footer of every template states it (${lang}), linked to its commit and to the Changes page; without git history, no version`, async ({
      page,
    }) => {
      for (const path of PAGES[lang]) {
        await page.goto(path);
        const version = page.locator('footer .version');
        if (VERSION) {
          await expect(version, path).toHaveText(
            new RegExp(`^\\s*${VERSION_WORDS[lang]} ${VERSION.date} \\(${VERSION.commit}\\)\\s*·`),
          );
          await expect(version.locator('time')).toHaveAttribute('datetime', VERSION.date);
          await expect(version.getByRole('link', { name: VERSION.commit })).toHaveAttribute(
            'href',
            new RegExp(`/commit/${VERSION.commit}$`),
          );
        } else {
          await expect(version, path).not.toContainText(VERSION_WORDS[lang]);
          await expect(version.locator('time')).toHaveCount(0);
          await expect(version).not.toHaveAttribute('data-record-version');
        }
        await expect(version.locator(`a[href="${lang === 'vi' ? '/vi/thay-doi/' : '/en/changes/'}"]`)).toHaveCount(1);
      }
    });
  }

  test('every export states it: dataset, CSV, iCalendar, timeline data and feeds', () => {
    const dataset = JSON.parse(readDist('data/dataset.json')) as { recordVersion: unknown };
    expect(dataset.recordVersion).toEqual(VERSION);
    for (const collection of ['events', 'places']) {
      const rows = Papa.parse<Record<string, string>>(readDist(`data/${collection}.csv`), {
        header: true,
        skipEmptyLines: true,
      }).data;
      for (const row of rows) {
        expect([row['record_version_date'], row['record_version_commit']]).toEqual([
          VERSION?.date ?? '',
          VERSION?.commit ?? '',
        ]);
      }
    }
    const xml = new XMLParser();
    for (const lang of ['vi', 'en'] as const) {
      const calendar = new ICAL.Component(ICAL.parse(readDist(`data/events.${lang}.ics`)));
      expect(calendar.getFirstPropertyValue('x-vdp-record-version')).toBe(
        VERSION ? `${VERSION.date} ${VERSION.commit}` : null,
      );
      const description = String(calendar.getFirstPropertyValue('x-wr-caldesc'));
      if (VERSION) expect(description).toContain(`${VERSION.date} (${VERSION.commit})`);
      else expect(description).not.toMatch(STATED);
      const timeline = JSON.parse(readDist(`data/timeline.${lang}.json`)) as { recordVersion: unknown };
      expect(timeline.recordVersion).toEqual(VERSION);
      for (const feed of [`${lang}/rss.xml`, `${lang}/changes.xml`]) {
        const channel = (xml.parse(readDist(feed)) as { rss: { channel: Record<string, string> } }).rss.channel;
        if (VERSION) {
          expect(channel['description'], feed).toContain(`${VERSION.date} (${VERSION.commit})`);
          expect(new Date(channel['lastBuildDate'] as string).toISOString().slice(0, 10), feed).toBe(VERSION.date);
        } else {
          expect(channel['description'], feed).not.toMatch(STATED);
          expect(channel['lastBuildDate'], feed).toBeUndefined();
        }
      }
      const json = JSON.parse(readDist(`${lang}/changes.json`)) as { description: string };
      if (VERSION) expect(json.description).toContain(`${VERSION.date} (${VERSION.commit})`);
      else expect(json.description).not.toMatch(STATED);
    }
  });
});

/** The commits that changed an entry's files, newest first, as git lists them: short id, UTC day, subject. */
function gitRevisions(collection: string, id: string): { short: string; date: string; subject: string }[] {
  return git(['log', '--no-merges', '--no-renames', '--format=%h%x1f%ct%x1f%s', '--', `${collection}/${id}`])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [short, seconds, subject] = line.split('\x1f') as [string, string, string];
      return { short, date: new Date(Number(seconds) * 1000).toISOString().slice(0, 10), subject };
    });
}

test.describe('entry history', () => {
  test('the entry page links to its history, which lists every commit of the entry, newest first', async ({ page }) => {
    await page.goto(`/en/events/${EVENT}/`);
    await page.getByRole('link', { name: 'History of this page' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${EVENT}/history/$`));
    await expect(page.locator('h1')).toHaveText(/^History of /);
    await expect(page.locator('nav.breadcrumbs a').last()).toHaveAttribute('href', `/en/events/${EVENT}/`);
    const revisions = page.locator('li.revision');
    if (STATUS === 'unavailable') {
      await expect(page.locator('[data-history-status="unavailable"]')).toBeVisible();
      await expect(revisions).toHaveCount(0);
      return;
    }
    const shown = await revisions.evaluateAll((items) =>
      items.map((li) => ({
        short: li.id.replace(/^r-/, ''),
        date: li.querySelector('h2 time')?.getAttribute('datetime') ?? '',
        subject: li.querySelector('.subject')?.textContent?.trim() ?? '',
      })),
    );
    const expected = gitRevisions('events', EVENT);
    if (STATUS === 'shallow') {
      await expect(page.locator('[data-history-status="shallow"]')).toContainText('incomplete');
      expected.pop(); // the cut-off commit only seems to add every file
    } else {
      await expect(page.locator('[data-history-status]')).toHaveCount(0);
    }
    expect(shown.map((r) => r.short).sort()).toEqual(expected.map((r) => r.short).sort());
    expect(shown).toEqual(
      expect.arrayContaining(expected.map((r) => expect.objectContaining({ short: r.short, date: r.date }))),
    );
    for (const r of expected) expect(shown.find((s) => s.short === r.short)?.subject).toBe(r.subject);
    const dates = shown.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The first commit added the entry: it says so rather than listing every fact.
    if (STATUS === 'complete') await expect(revisions.last()).toContainText('Page added to the record.');
  });

  test('the Vietnamese history page is in Vietnamese, with the same revisions', async ({ page }) => {
    await page.goto(`/vi/su-kien/${EVENT}/lich-su/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveText(/^Lịch sử thay đổi của /);
    const vi = await page.locator('li.revision').evaluateAll((items) => items.map((li) => li.id));
    await page.goto(`/en/events/${EVENT}/history/`);
    const en = await page.locator('li.revision').evaluateAll((items) => items.map((li) => li.id));
    expect(vi).toEqual(en);
  });

  test('a revision that changed facts lists them with their paths and values; without the whole history, the page says so', async ({
    page,
  }) => {
    // An organisation whose evidence was added in a later commit (54a5259, “Organisations: evidence for kind and acronym”):
    // that revision's list, whatever later revisions change.
    await page.goto('/en/organizations/bo-chinh-tri/history/');
    if (STATUS !== 'complete') {
      await expect(page.locator(`[data-history-status="${STATUS}"]`)).toBeVisible();
      return;
    }
    const revision = page.locator('li.revision[id^="r-54a5259"]');
    const facts = revision.locator('ul.facts > li');
    expect(await facts.count()).toBeGreaterThan(0);
    await expect(facts.first()).toContainText(/^Evidence, item \d+ evidence\[\d+\]\s*: (added|removed|changed from)/);
    await expect(revision.locator('ul.facts ins a[href="/en/sources/tin-facebook-da-nang-nang-luc-so/"]')).toHaveCount(
      1,
    );
  });
});

test.describe('Changes page', () => {
  for (const [lang, path, h1] of [
    ['vi', '/vi/thay-doi/', 'Các thay đổi của bộ dữ liệu'],
    ['en', '/en/changes/', 'Changes to the record'],
  ] as const) {
    test(`lists corrections apart and the changes newest first, with links to entries and revisions (${lang})`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page.locator('#corrections-heading')).toBeVisible();
      await expect(page.locator(`a[href="/${lang}/changes.xml"]`)).toHaveCount(1);
      await expect(page.locator(`a[href="/${lang}/changes.json"]`)).toHaveCount(1);
      if (!CHANGES_SHOWN) return expect(page.locator('section.day')).toHaveCount(0);
      const days = await page
        .locator('section.day h3 time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(days.length).toBeGreaterThan(0);
      expect(days).toEqual([...days].sort().reverse());
      const revisionLinks = await page
        .locator('[data-list="all"] .entries a:not(.entry)')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(revisionLinks.length).toBeGreaterThan(0);
      for (const href of revisionLinks.slice(0, 20)) {
        const [file, anchor] = href.split('#') as [string, string];
        expect(readDist(join(file, 'index.html')), href).toContain(`id="${anchor}"`);
      }
    });
  }
});

test.describe('change feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  /** A page and its fragment, as a feed links them, exist in the build. */
  const resolves = (url: string): boolean => {
    const { pathname, hash } = new URL(url);
    const file = join(DIST, pathname, 'index.html');
    return existsSync(file) && (!hash || readDist(join(pathname, 'index.html')).includes(`id="${hash.slice(1)}"`));
  };

  for (const lang of ['vi', 'en'] as const) {
    test(`the RSS feed of changes is valid RSS 2.0, newest first, each item linked to its revision (${lang})`, () => {
      const feed = xml.parse(readDist(`${lang}/changes.xml`)) as {
        rss: {
          '@version': string;
          channel: {
            title: string;
            link: string;
            description: string;
            language: string;
            item?: { title: string; link: string; guid: string | { '#text': string }; pubDate: string }[] | object;
          };
        };
      };
      expect(feed.rss['@version']).toBe('2.0');
      const { channel } = feed.rss;
      expect(channel.title).toBeTruthy();
      expect(new URL(channel.link).pathname).toBe(lang === 'vi' ? '/vi/thay-doi/' : '/en/changes/');
      expect(channel.description).toBeTruthy();
      expect(channel.language).toBe(lang === 'vi' ? 'vi-VN' : 'en-GB');
      const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];
      if (!CHANGES_SHOWN) return expect(items).toEqual([]);
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(50);
      const times = items.map((item) => Date.parse(item.pubDate));
      for (const [i, item] of items.entries()) {
        expect(item.title, `item ${i}`).toMatch(/^[^:]+: \S/);
        expect(Number.isNaN(times[i]), item.pubDate).toBe(false);
        expect(resolves(item.link), item.link).toBe(true);
        expect(typeof item.guid === 'string' ? item.guid : item.guid['#text']).toBe(item.link);
      }
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
    });

    test(`the JSON Feed of changes has every field JSON Feed 1.1 requires (${lang})`, () => {
      const feed = JSON.parse(readDist(`${lang}/changes.json`)) as Record<string, unknown> & {
        items: Record<string, unknown>[];
      };
      // https://www.jsonfeed.org/version/1.1/: version, title and items are required; each item needs an id and content_html or content_text.
      expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed['title']).toBe('string');
      expect(Array.isArray(feed.items)).toBe(true);
      expect(new URL(String(feed['feed_url'])).pathname).toBe(`/${lang}/changes.json`);
      expect(new URL(String(feed['home_page_url'])).pathname).toBe(lang === 'vi' ? '/vi/thay-doi/' : '/en/changes/');
      if (CHANGES_SHOWN) expect(feed.items.length).toBeGreaterThan(0);
      else expect(feed.items).toEqual([]);
      const ids = new Set<string>();
      for (const item of feed.items) {
        expect(typeof item['id']).toBe('string');
        ids.add(item['id'] as string);
        expect(typeof item['content_text'] === 'string' || typeof item['content_html'] === 'string').toBe(true);
        expect(String(item['date_published'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(resolves(String(item['url'])), String(item['url'])).toBe(true);
        expect(resolves(String(item['external_url'])), String(item['external_url'])).toBe(true);
      }
      expect(ids.size).toBe(feed.items.length);
    });

    test(`pages name both change feeds as alternates (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(
        page.locator(`link[rel="alternate"][type="application/rss+xml"][href="/${lang}/changes.xml"]`),
      ).toHaveCount(1);
      await expect(
        page.locator(`link[rel="alternate"][type="application/feed+json"][href="/${lang}/changes.json"]`),
      ).toHaveCount(1);
    });
  }
});
