/**
 * The timeline as a reader meets it: drawn from the collections, localized,
 * filterable through the URL, honest about undated items, and complete as a
 * plain ordered list without JavaScript. Expectations come from the content
 * files, read here independently of src/lib.
 */
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, contentIds, readDist, SCREENSHOTS, watchErrors } from './utils.ts';

const PAGE = { vi: '/vi/dong-thoi-gian/', en: '/en/timeline/' } as const;

const facts = (collection: string, id: string) =>
  load(readFileSync(join(CONTENT, collection, id, 'facts.yaml'), 'utf8')) as Record<string, unknown>;

/** The date field of each entry of a collection, as written in its facts file. */
function dates(collection: 'events' | 'partnerships'): Map<string, string> {
  const field = collection === 'events' ? 'date' : 'period';
  return new Map(
    contentIds(collection).map((id) => {
      const value = facts(collection, id)[field];
      // js-yaml reads 2020-10-05 as a Date; only "unknown" matters here.
      return [`${collection}/${id}`, value instanceof Date ? 'dated' : String(value)];
    }),
  );
}

const all = new Map([...dates('events'), ...dates('partnerships')]);
const dated = [...all].filter(([, date]) => date !== 'unknown').map(([id]) => id);
const undated = [...all].filter(([, date]) => date === 'unknown').map(([id]) => id);

interface DataItem {
  id: string;
  type: string;
  href: string;
  start: string;
  facets: Record<string, string[]>;
}
const openData = (lang: 'vi' | 'en') =>
  JSON.parse(readDist(`data/timeline.${lang}.json`)) as { items: DataItem[]; undated: { id: string }[] };

async function ready(page: Page): Promise<void> {
  await expect(page.locator('vis-timeline-view')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
}

/** Distinct entries drawn by vis-timeline (an item may be drawn in several lanes). */
async function drawnEntries(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-timeline-target] .vis-item[data-entry]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
  return [...new Set(ids)].sort();
}

test.describe('timeline', () => {
  test('draws one item per dated event and partnership, in the list and on the timeline', async ({ page }) => {
    expect(dated.length).toBeGreaterThan(0);
    const errors = watchErrors(page);
    await page.goto(`${PAGE.en}?group=none`);
    await ready(page);
    await expect(page.locator('ol.timeline-list > li')).toHaveCount(dated.length);
    expect(await drawnEntries(page)).toEqual([...dated].sort());
    expect(
      openData('en')
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([...dated].sort());
    expect(errors).toEqual([]);
  });

  test('the page embeds the same data as the open-data file, which adds the record version', async ({ page }) => {
    await page.goto(PAGE.vi);
    const island = await page.locator('script[data-timeline-data]').textContent();
    const { recordVersion, ...data } = openData('vi') as ReturnType<typeof openData> & { recordVersion: unknown };
    expect(JSON.parse(island ?? '')).toEqual(data);
    // The footer names the same version (or none, without git history).
    const footer = await page.locator('footer .version').getAttribute('data-record-version');
    const version = recordVersion as { date: string; commit: string } | null;
    expect(footer).toBe(version ? `${version.date} ${version.commit}` : null);
  });

  for (const [lang, month, foreign] of [
    ['vi', 'tháng 4', /\b(Apr|April|Jun|June)\b/],
    ['en', 'Apr', /tháng|Thg/],
  ] as const) {
    test(`labels months in ${lang === 'vi' ? 'Vietnamese' : 'English'} on /${lang}/`, async ({ page }) => {
      await page.goto(`${PAGE[lang]}?from=2022-01-01&to=2022-12-31`);
      await ready(page);
      const labels = await page.locator('.vis-time-axis .vis-text').allTextContents();
      expect(labels).toContain(month);
      expect(labels.join(' ')).not.toMatch(foreign);
    });
  }

  test('a filter chosen in the form goes into the URL, survives a reload and the back button', async ({ page }) => {
    const items = openData('en').items;
    const partner = items.flatMap((i) => i.facets['partner'] ?? [])[0] as string;
    const expected = items.filter((i) => i.facets['partner']?.includes(partner)).length;
    expect(expected).toBeLessThan(items.length);
    await page.goto(PAGE.en);
    await ready(page);
    await page.getByRole('combobox', { name: 'Partner' }).selectOption(partner);
    await expect(page).toHaveURL(new RegExp(`[?&]partner=${partner}(&|$)`));
    await expect(page.locator('ol.timeline-list > li:visible')).toHaveCount(expected);

    await page.reload();
    await ready(page);
    await expect(page.getByRole('combobox', { name: 'Partner' })).toHaveValue(partner);
    await expect(page.locator('ol.timeline-list > li:visible')).toHaveCount(expected);
    await expect(page.locator('[data-timeline-status]')).toContainText(`Showing ${expected} of ${items.length}`);
    expect((await drawnEntries(page)).length).toBe(expected);

    await page.getByRole('radio', { name: 'By locality' }).check();
    await expect(page).toHaveURL(/group=locality/);
    await page.goBack();
    await expect(page).not.toHaveURL(/group=locality/);
    await expect(page.getByRole('radio', { name: 'By partner' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Partner' })).toHaveValue(partner);
  });

  test('clicking an item on the timeline opens its page', async ({ page }) => {
    const point = openData('vi').items.find((i) => i.type === 'point') as DataItem;
    await page.goto(`${PAGE.vi}?group=none`);
    await ready(page);
    await page.locator(`[data-timeline-target] .vis-item.vis-point[data-entry="${point.id}"]`).click();
    await expect(page).toHaveURL(point.href);
  });

  test('keyboard users move through the items with arrows and open one with Enter', async ({ page }) => {
    const first = openData('en').items[0] as DataItem;
    await page.goto(`${PAGE.en}?group=none`);
    await ready(page);
    await page.locator('[data-timeline-target]').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-timeline-announce]')).toContainText('Press Enter to open');
    await expect(page.locator(`.vis-item.vis-selected[data-entry="${first.id}"]`).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(first.href);
  });

  test('an undated item is listed apart and never placed on the axis', async ({ page }) => {
    expect(undated.length).toBeGreaterThan(0);
    await page.goto(`${PAGE.vi}?group=none`);
    await ready(page);
    const drawn = await drawnEntries(page);
    for (const id of undated) {
      expect(drawn).not.toContain(id);
      await expect(page.locator(`ol.timeline-list > li[data-id="${id}"]`)).toHaveCount(0);
      await expect(page.locator(`ul.timeline-list > li[data-id="${id}"]`)).toHaveCount(1);
    }
    expect(
      openData('vi')
        .undated.map((u) => u.id)
        .sort(),
    ).toEqual([...undated].sort());
  });

  test('without JavaScript the ordered list is present, complete and chronological', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE.vi);
    const items = page.locator('ol.timeline-list > li');
    await expect(items).toHaveCount(dated.length);
    await expect(page.locator('[data-timeline-controls]')).toBeHidden();
    await expect(page.locator('[data-timeline-canvas]')).toBeHidden();
    // <time datetime> keeps each date's precision (2018, 2022-04, 2020-10-05); compare first days.
    const starts = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    const firstDays = starts.map((s) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s));
    expect(firstDays.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s))).toBe(true);
    expect(firstDays).toEqual([...firstDays].sort());
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect([...ids].sort()).toEqual([...dated].sort());
    await expect(page.locator('ol.timeline-list a').first()).toHaveAttribute('href', /^\/vi\//);
    await context.close();
  });

  test('loads vis-timeline only after first paint, and only where a timeline is shown', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    // A partnership with a dated event has a mini timeline.
    const withEvent = dated
      .filter((id) => id.startsWith('events/'))
      .map((id) => facts('events', id.split('/')[1] as string)['partnership'])
      .find(Boolean);
    const entry = `/vi/hop-tac/${String(withEvent)}/`;
    await page.goto(entry);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /timeline|vis|moment|locale/.test(s))).toEqual([]);
    await expect(page.locator('svg.mini')).toBeVisible();

    await page.goto(PAGE.vi, { waitUntil: 'domcontentloaded' });
    const initial = await page.locator('script[src]').evaluateAll((els) => els.map((el) => el.getAttribute('src')));
    expect(initial.some((src) => src?.includes('timeline-vis'))).toBe(false);
    await ready(page);
    expect(scripts.some((s) => s.includes('timeline-vis'))).toBe(true);
    expect(scripts.some((s) => s.includes('locale-vi'))).toBe(true);
    expect(scripts.some((s) => s.includes('locale-en'))).toBe(false);
  });

  for (const lang of ['vi', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`fits 320, 375 and 1280 px without errors (${lang}, ${colorScheme}); screenshots to look at`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        const errors = watchErrors(page);
        for (const width of [320, 375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(PAGE[lang]);
          await ready(page);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
          const box = await page.locator('[data-timeline-target]').boundingBox();
          expect(box?.height ?? 0, 'the drawing has room').toBeGreaterThan(200);
          await page.locator('[data-timeline-canvas]').scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${SCREENSHOTS}/timeline-drawn-${lang}-${width}-${colorScheme}.png` });
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
