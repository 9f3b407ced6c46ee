/**
 * Every structured claim a reader sees links to its evidence: the facts
 * table, the figures and the timeline, in both languages, without JavaScript.
 * Expectations are read from src/content and the built files, not from src/lib.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT, contentIds, readDist } from './utils.ts';

const SECTION = {
  partnerships: { vi: 'hop-tac', en: 'partnerships' },
  events: { vi: 'su-kien', en: 'events' },
  places: { vi: 'dia-phuong', en: 'places' },
} as const;
const NOT_STATED = /không (được )?nêu|not stated/i;

interface Facts {
  status?: string;
  date?: string;
  sources?: string[];
  evidence?: { supports: string[]; source: string; quote: string; translation?: string }[];
  figures?: { source: string; quote: string }[];
}
const facts = (collection: string, id: string): Facts =>
  yaml.load(readFileSync(join(CONTENT, collection, id, 'facts.yaml'), 'utf8')) as Facts;

async function staticPage(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

for (const collection of ['partnerships', 'events'] as const) {
  for (const lang of ['vi', 'en'] as const) {
    test(`every fact and figure of every ${collection} page (${lang}) links to evidence on the page, without JavaScript`, async ({
      browser,
    }) => {
      // One page per entry: allow for a busy machine.
      test.setTimeout(240_000);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const id of contentIds(collection)) {
        await page.goto(`/${lang}/${SECTION[collection][lang]}/${id}/`);
        const anchors = await page
          .locator('.evidence li[id^="evidence-"]')
          .evaluateAll((items) => items.map((li) => li.id));
        expect(anchors.length, id).toBeGreaterThan(0);
        const rows = await page.locator('.facts .row').evaluateAll((rows) =>
          rows.map((row) => ({
            label: row.querySelector('dt')?.textContent?.trim() ?? '',
            text: row.querySelector('dd')?.textContent?.trim() ?? '',
            values: [...row.querySelectorAll('dd li')].map((li) => li.querySelectorAll('a[href^="#evidence-"]').length),
            marks: [...row.querySelectorAll('dd a[href^="#evidence-"]')].map((a) => a.getAttribute('href') ?? ''),
          })),
        );
        for (const row of rows) {
          if (/Độ chính xác|Precision/.test(row.label)) continue;
          if (NOT_STATED.test(row.text)) {
            expect(row.marks, `${id} ${row.label}: not stated, so no evidence`).toEqual([]);
            continue;
          }
          expect(row.marks.length, `${id} ${row.label} has evidence`).toBeGreaterThan(0);
          // In a list, each value has its own evidence.
          for (const count of row.values) expect(count, `${id} ${row.label}: each value`).toBeGreaterThan(0);
          for (const href of row.marks) expect(anchors, `${id}: ${href} is on the page`).toContain(href.slice(1));
        }
        const figures = await page
          .locator('.figures li')
          .evaluateAll((items) =>
            items.map((li) => li.querySelector('a[href^="#evidence-"]')?.getAttribute('href') ?? null),
          );
        expect(figures.length, id).toBe(facts(collection, id).figures?.length ?? 0);
        for (const href of figures) expect(anchors, `${id} figure`).toContain(href?.slice(1));
      }
      await context.close();
    });
  }
}

test('a status no source gives says "not stated" and links to no evidence', async ({ browser }) => {
  const id = contentIds('partnerships').find((p) => facts('partnerships', p).status === 'not-stated');
  expect(id, 'a partnership with status not-stated').toBeDefined();
  for (const [lang, label, text] of [
    ['vi', 'Tình trạng', 'Tình trạng không được nêu'],
    ['en', 'Status', 'Status not stated'],
  ] as const) {
    const page = await staticPage(browser, `/${lang}/${SECTION.partnerships[lang]}/${id}/`);
    const row = page.locator('.facts .row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    await expect(row.locator('dd')).toHaveText(text);
    await expect(row.locator('a')).toHaveCount(0);
    await page.context().close();
  }
});

test('an excerpt keeps its language, and the page in the other language adds the site’s translation, labelled', async ({
  browser,
}) => {
  const id = 'hoa-vang-vnpt-2022-2026';
  const first = facts('partnerships', id).evidence?.[0];
  const en = await staticPage(browser, `/en/partnerships/${id}/`);
  const item = en.locator('#evidence-a');
  await expect(item.locator('blockquote')).toHaveAttribute('lang', 'vi');
  await expect(item.locator('blockquote')).toContainText(first?.quote ?? '—');
  await expect(item.locator('.translation')).toContainText(`Translation by this site: “${first?.translation}”`);
  const vi = await staticPage(browser, `/vi/hop-tac/${id}/`);
  await expect(vi.locator('#evidence-a blockquote')).toContainText(first?.quote ?? '—');
  await expect(vi.locator('#evidence-a .translation')).toHaveCount(0);
  // The English source's excerpt is translated on the Vietnamese page.
  const huePartnership = facts('partnerships', 'facebook-thua-thien-hue-toan-dien');
  const fromEnglish = huePartnership.evidence?.find((e) => e.source === 'vietnamnet-facebook-hue-2020');
  expect(fromEnglish, 'evidence quoting the English report').toBeDefined();
  const hue = await staticPage(browser, '/vi/hop-tac/facebook-thua-thien-hue-toan-dien/');
  const english = hue.locator('.evidence li', { has: hue.locator('blockquote[lang="en"]') }).first();
  await expect(english.locator('.translation')).toContainText('Bản dịch của trang:');
  for (const page of [en, vi, hue]) await page.context().close();
});

test('an excerpt that has quotation marks of its own shows them as single marks inside the double ones', async ({
  browser,
}) => {
  const excerpt = facts('places', 'hai-chau').evidence?.find((e) => /^[“"]/.test(e.quote));
  expect(excerpt, 'an excerpt of Hải Châu that opens with a quotation mark').toBeDefined();
  const page = await staticPage(browser, '/en/places/hai-chau/');
  const item = page.locator('.evidence li', { hasText: excerpt?.quote.slice(1, 30) ?? '—' });
  const shown = (await item.locator('blockquote').textContent())?.trim();
  expect(shown).toMatch(/^“‘[^“”"]+’[^“”"]+”$/);
  const translated = (await item.locator('.translation').textContent())?.trim();
  expect(translated).toMatch(/^Translation by this site: “[^“”"]*‘[^“”"]+’[^“”"]*”$/);
  await page.context().close();
});

test('following an evidence letter brings the excerpt into view and highlights it, without JavaScript', async ({
  browser,
}) => {
  const page = await staticPage(browser, '/en/partnerships/hoa-vang-vnpt-2022-2026/');
  const mark = page.locator('.facts .row', { hasText: 'Period' }).locator('a[href^="#evidence-"]').first();
  const target = (await mark.getAttribute('href')) ?? '';
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const item = page.locator(target);
  await expect(item).toBeInViewport();
  expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
  await page.context().close();
});

test('an inferred claim says so next to the fact, and its evidence gives the editor’s reasoning in both languages', async ({
  browser,
}) => {
  const hue = facts('places', 'hue');
  const inferred = (hue.evidence ?? []).find((e) => e.supports.includes('parent') && 'inferred' in e) as
    { inferred: { vi: string; en: string } } | undefined;
  expect(inferred, 'Huế’s parent is recorded as inferred').toBeDefined();
  for (const [lang, tag, label] of [
    ['vi', '(suy luận)', 'Suy luận:'],
    ['en', '(inferred)', 'Inferred:'],
  ] as const) {
    const page = await staticPage(browser, `/${lang}/${SECTION.places[lang]}/hue/`);
    const row = page.locator('.facts .row', { has: page.locator('dd a[href*="thua-thien-hue"]') });
    await expect(row).toContainText(tag);
    const href = (await row.locator('a[href^="#evidence-"]').first().getAttribute('href')) ?? '';
    await expect(page.locator(`${href} .inferred`)).toHaveText(`${label} ${inferred?.inferred[lang]}`);
    await page.context().close();
  }
});

test('every dated timeline item links to the evidence of its date, and that evidence is on the entry’s page', async ({
  page,
}) => {
  for (const [lang, path] of [
    ['vi', '/vi/dong-thoi-gian/'],
    ['en', '/en/timeline/'],
  ] as const) {
    await page.goto(path);
    const links = await page.locator('.timeline-list li').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        undated: !li.querySelector('time'),
        evidence: li.querySelector('a.evidence')?.getAttribute('href') ?? null,
      })),
    );
    const dated = links.filter((l) => !l.undated);
    expect(dated.length).toBeGreaterThan(10);
    for (const link of dated) {
      expect(link.evidence, `${lang} ${link.id}`).toMatch(/#evidence-[a-z]+$/);
      const [file, anchor] = (link.evidence as string).split('#');
      expect(readDist(`${file?.slice(1)}index.html`), `${link.id}: #${anchor}`).toContain(`id="${anchor}"`);
    }
    // Undated items have no date to support: no evidence link.
    for (const link of links.filter((l) => l.undated)) expect(link.evidence, link.id).toBeNull();
  }
});

test('"How we source" explains the rule in both languages, with a real entry’s evidence as the example', async ({
  page,
}) => {
  for (const [path, heading, footer] of [
    ['/vi/cach-dan-nguon/', 'Cách chúng tôi dẫn nguồn', '/vi/'],
    ['/en/how-we-source/', 'How we source', '/en/'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('main h2')).toHaveCount(7);
    await expect(page.locator('.example .evidence li').first()).toBeVisible();
    await expect(page.locator('.example .evidence .inferred').first()).toBeVisible();
    await page.goto(footer);
    await expect(page.locator(`footer a[href="${path}"]`)).toBeVisible();
  }
});

test('the dataset carries every excerpt with its source and quote: every partnership and event has evidence, from its own sources, of at most 20 words', () => {
  const dataset = JSON.parse(readDist('data/dataset.json')) as {
    collections: Record<string, { id: string; facts: Facts }[]>;
  };
  for (const collection of ['partnerships', 'events'] as const) {
    for (const entry of dataset.collections[collection] ?? []) {
      const items = [...(entry.facts.evidence ?? []), ...(entry.facts.figures ?? [])];
      expect(entry.facts.evidence?.length, `${collection}/${entry.id}`).toBeGreaterThan(0);
      for (const item of items) {
        expect(entry.facts.sources, `${entry.id}: ${item.source} is listed`).toContain(item.source);
        expect(typeof item.quote).toBe('string');
        expect(item.quote.trim().split(/\s+/).length, `${entry.id}: ${item.quote}`).toBeLessThanOrEqual(20);
      }
      expect(entry.facts.evidence, `${collection}/${entry.id} as written`).toEqual(
        facts(collection, entry.id).evidence,
      );
    }
  }
});
