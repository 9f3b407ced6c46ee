/**
 * "Cite this page", the dataset's citation, "Suggest a correction" / "Edit
 * this page" and the accessibility statement, checked on the built site.
 * Citation files are read back with Citation.js (the BibTeX, RIS and CSL
 * plugins) and compared with what the content files and git say, read here
 * independently of src/lib.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import pkg from '../../package.json' with { type: 'json' };
import { CONTENT, contentIds, readDist } from './utils.ts';

const REPOSITORY = pkg.repository.url.replace(/\.git$/, '');
const SECTIONS: Record<string, [string, string]> = {
  partnerships: ['hop-tac', 'partnerships'],
  events: ['su-kien', 'events'],
  organizations: ['to-chuc', 'organizations'],
  places: ['dia-phuong', 'places'],
  people: ['nhan-vat', 'people'],
  documents: ['van-ban', 'documents'],
  themes: ['chu-de', 'themes'],
  sources: ['nguon', 'sources'],
};
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const pagePath = (lang: Lang, collection: string, id: string) =>
  `/${lang}/${SECTIONS[collection]?.[lang === 'vi' ? 0 : 1]}/${id}/`;

/** The record's version date (UTC day of the last commit touching the content), as git tells it. */
const versionDay = (() => {
  const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', CONTENT], { encoding: 'utf8' }).trim();
  return seconds ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : null;
})();

/** The title a page shows: its language's front matter, else the other language's. */
function titleOf(collection: string, id: string, lang: Lang): string {
  for (const file of [lang, lang === 'vi' ? 'en' : 'vi']) {
    const path = join(CONTENT, collection, id, `${file}.mdx`);
    if (existsSync(path)) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
      return (yaml.load(front) as { title: string }).title;
    }
  }
  throw new Error(`${collection}/${id} has no prose`);
}

/** A source's headline and address, as its facts file states them. */
function sourceFacts(id: string): { headline?: string; url?: string } {
  return yaml.load(readFileSync(join(CONTENT, 'sources', id, 'facts.yaml'), 'utf8'), {
    schema: yaml.CORE_SCHEMA,
  }) as { headline?: string; url?: string };
}

/** The canonical URL of a built page. */
function canonicalOf(path: string): string {
  const html = readDist(`${path.slice(1)}index.html`);
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** The ids of the sources a built page lists in its notes. */
function noteSourcesOf(path: string, lang: Lang): string[] {
  const html = readDist(`${path.slice(1)}index.html`);
  const notes = /<section class="notes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const prefix = `/${lang}/${lang === 'vi' ? 'nguon' : 'sources'}/`;
  return [...notes.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] as string).slice(prefix.length).replace(/\/$/, ''));
}

const FORMATS = ['bib', 'ris', 'json'] as const;
const ENTRIES = Object.keys(SECTIONS).flatMap((collection) => contentIds(collection).map((id) => ({ collection, id })));

test.describe('citation files of every entry page, read back with Citation.js', () => {
  for (const lang of LANGS) {
    test(`${lang}: BibTeX, RIS and CSL-JSON each hold the page (title, URL, version date) and then its sources`, () => {
      expect(ENTRIES.length).toBeGreaterThan(40);
      for (const { collection, id } of ENTRIES) {
        const path = pagePath(lang, collection, id);
        const url = canonicalOf(path);
        expect(url, path).toMatch(/^https?:\/\//);
        const sources = noteSourcesOf(path, lang);
        for (const format of FORMATS) {
          const items = new Cite(readDist(`${path.slice(1)}cite.${format}`)).data;
          const where = `${path}cite.${format}`;
          expect(items, where).toHaveLength(1 + sources.length);
          const [page, ...reports] = items as Record<string, unknown>[];
          expect(page?.['title'], where).toBe(titleOf(collection, id, lang));
          expect(page?.['URL'], where).toBe(url);
          if (versionDay)
            expect(page?.['issued'], where).toEqual({ 'date-parts': [versionDay.split('-').map(Number)] });
          sources.forEach((source, i) => {
            const facts = sourceFacts(source);
            expect(reports[i]?.['title'], `${where} source ${source}`).toBe(facts.headline);
            expect(reports[i]?.['URL'], `${where} source ${source}`).toBe(facts.url);
          });
        }
      }
    });
  }

  test('the CSL-JSON renders as a bibliography with a CSL processor (citeproc, APA)', () => {
    const path = pagePath('en', 'events', '2020-10-05-facebook-thua-thien-hue-khoi-dong');
    const text = new Cite(JSON.parse(readDist(`${path.slice(1)}cite.json`))).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    });
    expect(text).toContain('Facebook and Thừa Thiên Huế launch a comprehensive partnership');
    expect(text).toContain(canonicalOf(path));
    // The report the page cites, with its Vietnamese headline intact.
    expect(text).toContain('khởi động quan hệ đối tác toàn diện');
  });

  test('BibTeX keeps Vietnamese letters (ơ, ư, đ) in UTF-8 rather than dropping their marks', () => {
    const bib = readDist('vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/cite.bib');
    expect(bib).toContain('khởi động');
    expect(bib).not.toMatch(/\\[`'^~"]/);
  });
});

test.describe('the dataset’s citation', () => {
  for (const lang of LANGS) {
    test(`${lang}: BibTeX, RIS and CSL-JSON name the dataset, its version and the open-data page`, () => {
      const openData = lang === 'vi' ? '/vi/du-lieu-mo/' : '/en/open-data/';
      for (const format of FORMATS) {
        const [item, ...rest] = new Cite(readDist(`data/citation.${lang}.${format}`)).data;
        expect(rest).toEqual([]);
        expect(item?.['title']).toBe(lang === 'vi' ? 'Hợp tác chuyển đổi số' : 'Vietnam Digital Partnerships');
        expect(item?.['URL']).toBe(canonicalOf(openData));
        if (versionDay) expect(item?.['issued']).toEqual({ 'date-parts': [versionDay.split('-').map(Number)] });
      }
      expect(JSON.parse(readDist(`data/citation.${lang}.json`))[0].type).toBe('dataset');
    });
  }

  test('the Open data page gives the citation, its files, versions and the corrections policy', async ({ page }) => {
    await page.goto('/en/open-data/');
    const citation = page.locator('[data-citation="dataset"]');
    await expect(citation).toContainText('“Vietnam Digital Partnerships” [dataset]');
    await expect(citation).toContainText('(accessed [date])');
    for (const format of FORMATS)
      await expect(page.locator(`a[href="/data/citation.en.${format}"][download]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${REPOSITORY}/blob/main/CITATION.cff"]`)).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Versions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Licence' })).toBeVisible();
    if (versionDay) {
      const commit = execFileSync('git', ['log', '-1', '--format=%h', '--', CONTENT], { encoding: 'utf8' }).trim();
      await expect(page.locator('[data-version] a')).toHaveAttribute('href', `${REPOSITORY}/commit/${commit}`);
    }
  });
});

/** The entry page's "Cite this page" box and its links to the repository. */
async function entryBox(page: Page, lang: Lang, collection: string, id: string) {
  await page.goto(pagePath(lang, collection, id));
  return {
    details: page.locator('details.cite-page'),
    suggest: await page.locator('[data-contribute="suggest"]').getAttribute('href'),
    editText: await page.locator('[data-contribute="edit-text"]').getAttribute('href'),
    editFacts: await page.locator('[data-contribute="edit-facts"]').getAttribute('href'),
  };
}

test.describe('entry pages', () => {
  const cases = [
    { collection: 'events', id: '2020-10-05-facebook-thua-thien-hue-khoi-dong' },
    { collection: 'partnerships', id: contentIds('partnerships')[0] as string },
    { collection: 'sources', id: contentIds('sources')[0] as string },
  ];
  for (const lang of LANGS) {
    for (const { collection, id } of cases) {
      test(`${lang} ${collection}/${id}: "Cite this page" is closed, gives the citation and links its three files`, async ({
        page,
      }) => {
        const { details } = await entryBox(page, lang, collection, id);
        await expect(details).not.toHaveAttribute('open');
        await details.locator('summary').click();
        await expect(details.locator('summary')).toHaveText(lang === 'vi' ? 'Trích dẫn trang này' : 'Cite this page');
        const text = details.locator('.citation');
        await expect(text).toContainText(`“${titleOf(collection, id, lang)}”`);
        await expect(text).toContainText(canonicalOf(pagePath(lang, collection, id)));
        await expect(text).toContainText(lang === 'vi' ? '(truy cập ngày [ngày])' : '(accessed [date])');
        for (const format of FORMATS) {
          const link = details.locator(`a[href="${pagePath(lang, collection, id)}cite.${format}"]`);
          await expect(link).toHaveAttribute('download', new RegExp(`^${id}\\.${lang}\\.`));
        }
      });

      test(`${lang} ${collection}/${id}: "Suggest a correction" prefills an issue; "Edit" opens files that exist`, async ({
        page,
      }) => {
        const links = await entryBox(page, lang, collection, id);
        const suggest = new URL(links.suggest ?? '');
        expect(`${suggest.origin}${suggest.pathname}`).toBe(`${REPOSITORY}/issues/new`);
        const title = titleOf(collection, id, lang);
        expect(suggest.searchParams.get('title')).toBe(`${lang === 'vi' ? 'Đính chính' : 'Correction'}: ${title}`);
        expect(suggest.searchParams.get('body')).toContain(canonicalOf(pagePath(lang, collection, id)));
        expect(suggest.searchParams.get('body')).toContain(`${collection}/${id}`);
        const file = `src/content/${collection}/${id}`;
        const prose = existsSync(join(CONTENT, collection, id, `${lang}.mdx`)) ? lang : lang === 'vi' ? 'en' : 'vi';
        expect(links.editText).toBe(`${REPOSITORY}/edit/main/${file}/${prose}.mdx`);
        expect(links.editFacts).toBe(`${REPOSITORY}/edit/main/${file}/facts.yaml`);
        // The links name files of this repository.
        expect(existsSync(`${file}/${prose}.mdx`)).toBe(true);
        expect(existsSync(`${file}/facts.yaml`)).toBe(true);
      });
    }
  }

  test('a page loads no JavaScript for its citation: the box works with scripting off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pagePath('en', 'events', '2020-10-05-facebook-thua-thien-hue-khoi-dong'));
    await page.locator('details.cite-page summary').click();
    await expect(page.locator('details.cite-page a[download]')).toHaveCount(3);
    await expect(page.locator('details.cite-page a[download]').first()).toBeVisible();
    await context.close();
  });
});

test.describe('accessibility statement', () => {
  const paths = { vi: '/vi/kha-nang-tiep-can/', en: '/en/accessibility/' };
  for (const lang of LANGS) {
    test(`${lang}: exists, is linked from the footer of every kind of page, and links to the issues`, async ({
      page,
    }) => {
      for (const from of [`/${lang}/`, pagePath(lang, 'events', '2020-10-05-facebook-thua-thien-hue-khoi-dong')]) {
        await page.goto(from);
        await page.locator('footer [data-footer="accessibility"]').click();
        await expect(page).toHaveURL(new RegExp(`${paths[lang]}$`));
      }
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(lang === 'vi' ? 'Khả năng tiếp cận' : 'Accessibility');
      await expect(page.locator('main')).toContainText(/\(WCAG\) 2\.2 (at level|ở mức) AA/);
      const report = new URL((await page.locator('[data-report="new"]').getAttribute('href')) ?? '');
      expect(`${report.origin}${report.pathname}`).toBe(`${REPOSITORY}/issues/new`);
      await expect(page.locator(`main a[href="${REPOSITORY}/issues"]`)).toHaveCount(1);
      // The equivalent that works: the timeline's list.
      await expect(
        page.locator(`main a[href="/${lang}/${lang === 'vi' ? 'dong-thoi-gian' : 'timeline'}/"]`),
      ).toHaveCount(1);
    });
  }
});
