/**
 * Sharing and embedding, as a reuser meets them: the embeddable timeline
 * reproduces the timeline page's view from the same address, links back to
 * it with that view, and can be framed; the timeline page offers the
 * `<iframe>` code of the view on screen; every entry has an embeddable card
 * and offers its code without JavaScript; every partnership and event has an
 * Open Graph image per language, of the right size, named in the page's
 * head with what it shows. Expectations come from the content files and the
 * built files, read here independently of src/lib.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { axeViolations, recordProblems } from '../gates/browser.ts';
import { contentIds, DIST, readDist, SCREENSHOTS, sitemapPaths } from './utils.ts';

type Lang = 'vi' | 'en';
const LANGS: Lang[] = ['vi', 'en'];
const TIMELINE = { vi: '/vi/dong-thoi-gian/', en: '/en/timeline/' } as const;
const EMBED_TIMELINE = { vi: '/vi/nhung/dong-thoi-gian/', en: '/en/embed/timeline/' } as const;
const SECTIONS: Record<string, Record<Lang, string>> = {
  partnerships: { vi: 'hop-tac', en: 'partnerships' },
  events: { vi: 'su-kien', en: 'events' },
  organizations: { vi: 'to-chuc', en: 'organizations' },
  places: { vi: 'dia-phuong', en: 'places' },
  people: { vi: 'nhan-vat', en: 'people' },
  documents: { vi: 'van-ban', en: 'documents' },
  themes: { vi: 'chu-de', en: 'themes' },
  sources: { vi: 'nguon', en: 'sources' },
};
const EMBED = { vi: 'nhung', en: 'embed' } as const;
const entryPath = (lang: Lang, collection: string, id: string) => `/${lang}/${SECTIONS[collection]?.[lang]}/${id}/`;
const cardPath = (lang: Lang, collection: string, id: string) =>
  `/${lang}/${EMBED[lang]}/${SECTIONS[collection]?.[lang]}/${id}/`;

interface Facet {
  id: string;
}
interface TimelineFile {
  items: { id: string; facets: Record<string, string[]> }[];
  facets: Record<'theme' | 'partner' | 'place', Facet[]>;
}
const timelineData = (lang: Lang) => JSON.parse(readDist(`data/timeline.${lang}.json`)) as TimelineFile;

/** A filter value that keeps some items but not all, from the open-data file. */
function partialFacet(lang: Lang, facet: 'theme' | 'partner' | 'place'): string {
  const data = timelineData(lang);
  const counts = data.facets[facet].map((o) => ({
    id: o.id,
    n: data.items.filter((i) => i.facets[facet]?.includes(o.id)).length,
  }));
  const pick = counts.filter((c) => c.n > 1 && c.n < data.items.length).sort((a, b) => b.n - a.n)[0];
  if (!pick) throw new Error(`No ${facet} filter keeps some items but not all`);
  return pick.id;
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('vis-timeline-view')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

/** What a view shows: listed items, drawn entries, lanes, status line and the controls' values. */
async function viewOf(page: Page) {
  return {
    listed: await page
      .locator('li[data-id]:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))),
    drawn: [
      ...new Set(
        await page
          .locator('[data-timeline-target] .vis-item[data-entry]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry'))),
      ),
    ].sort(),
    lanes: await page.locator('[data-timeline-target] .vis-labelset .vis-label').allInnerTexts(),
    status: await page.locator('[data-timeline-status]').innerText(),
    controls: await page.evaluate(() => ({
      group: document.querySelector<HTMLInputElement>('input[name="group"]:checked')?.value,
      ...Object.fromEntries(
        [...document.querySelectorAll<HTMLSelectElement>('[data-timeline-controls] select')].map((s) => [
          s.name,
          s.value,
        ]),
      ),
    })),
  };
}

/** The `src` of the first `<iframe>` in some code, unescaped, as a site path with its query. */
function frameSrc(code: string): URL {
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
  if (!src) throw new Error(`No <iframe src> in ${code}`);
  return new URL(src.replace(/&amp;/g, '&'));
}

test.describe('embeddable timeline', () => {
  for (const lang of LANGS) {
    const theme = partialFacet(lang, 'theme');
    const partner = partialFacet(lang, 'partner');
    const queries = [
      `?group=locality&theme=${theme}`,
      `?group=none&partner=${partner}&from=2019-01-01&to=2023-06-30`,
      `?theme=${theme}&place=${partialFacet(lang, 'place')}`,
    ];
    for (const query of queries) {
      test(`${lang}: ${EMBED_TIMELINE[lang]}${query} shows what the timeline page shows for the same address`, async ({
        page,
        browser,
      }) => {
        await page.goto(`${TIMELINE[lang]}${query}`);
        await ready(page);
        const embed = await browser.newPage();
        const problems = await recordProblems(embed);
        await embed.goto(`${EMBED_TIMELINE[lang]}${query}`);
        await ready(embed);
        const full = await viewOf(page);
        const embedded = await viewOf(embed);
        expect(full.listed.length).toBeGreaterThan(0);
        expect(full.listed.length).toBeLessThan(timelineData(lang).items.length + 10);
        expect(embedded).toEqual(full);
        // The same window: both report the window they drew back into their address.
        await page.waitForTimeout(600);
        await embed.waitForTimeout(600);
        expect(new URL(embed.url()).search).toBe(new URL(page.url()).search);
        // The link back to the full view carries the view.
        const back = embed.locator('a.full');
        await expect(back).toHaveAttribute('href', `${TIMELINE[lang]}${new URL(embed.url()).search}`);
        expect(problems.console).toEqual([]);
        expect(await problems.csp()).toEqual([]);
        await embed.close();
      });
    }
  }

  test('the link back follows a view changed inside the embed, and entries open outside the frame', async ({
    page,
  }) => {
    await page.goto(EMBED_TIMELINE.en);
    await ready(page);
    const back = page.locator('a.full');
    await expect.poll(() => back.getAttribute('href')).toBe(`${TIMELINE.en}${new URL(page.url()).search}`);
    await page.locator('details.embed-controls > summary').click();
    await page.locator('input[name="group"][value="none"]').check();
    await expect(page).toHaveURL(/\?group=none/);
    await expect.poll(() => back.getAttribute('href')).toMatch(/^\/en\/timeline\/\?group=none/);
    await page.waitForTimeout(600);
    await expect(back).toHaveAttribute('href', `${TIMELINE.en}${new URL(page.url()).search}`);
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
  });

  test('carries the attribution (site, licence) and keeps out of search engines and the search index', async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await page.goto(EMBED_TIMELINE[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('.site-header, nav, .site-footer')).toHaveCount(0);
      const attribution = page.locator('.attribution');
      await expect(attribution.locator(`a[href="/${lang}/"]`)).toHaveText(
        lang === 'vi' ? 'Hợp tác chuyển đổi số' : 'Vietnam Digital Partnerships',
      );
      await expect(attribution.locator('a[rel~="license"]')).toHaveAttribute(
        'href',
        'https://creativecommons.org/licenses/by/4.0/',
      );
      await expect(attribution).toBeInViewport();
    }
    const sitemap = sitemapPaths();
    expect(sitemap.filter((p) => /^\/(vi\/nhung|en\/embed)\//.test(p))).toEqual([]);
    const indexed = readdirSync(join(DIST, 'pagefind', 'fragment')).map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', file)))
              .toString()
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(indexed.length).toBeGreaterThan(100);
    expect(indexed.filter((url) => /^\/(vi\/nhung|en\/embed)\//.test(url))).toEqual([]);
  });

  test('can be framed by another site', async ({ page, baseURL }) => {
    // Nothing forbids framing: no X-Frame-Options, no frame-ancestors (a <meta> CSP could not carry one anyway).
    const response = await page.request.get(`${EMBED_TIMELINE.en}?group=none`);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    expect(await response.text()).not.toMatch(/frame-ancestors/);
    await page.setContent(`<iframe src="${baseURL}${EMBED_TIMELINE.en}?group=none" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('vis-timeline-view')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(frame.locator('.attribution')).toBeVisible();
  });
});

test.describe('the timeline page offers the <iframe> code of the current view', () => {
  for (const lang of LANGS) {
    test(`${lang}: the code follows the lanes and filters chosen, and frames the same view`, async ({ page }) => {
      await page.goto(TIMELINE[lang]);
      await ready(page);
      const code = page.locator('details.embed-offer textarea');
      await expect(code).toHaveAttribute('readonly', '');
      expect(frameSrc(await code.inputValue()).pathname).toBe(EMBED_TIMELINE[lang]);
      // Once drawn, the view's window is in the address, and so in the code.
      await expect.poll(async () => frameSrc(await code.inputValue()).search).toBe(new URL(page.url()).search);
      await page.locator('input[name="group"][value="locality"]').check();
      await page.locator('select[name="theme"]').selectOption(partialFacet(lang, 'theme'));
      await expect(page).toHaveURL(/theme=/);
      await page.waitForTimeout(600);
      const src = frameSrc(await code.inputValue());
      expect(src.pathname).toBe(EMBED_TIMELINE[lang]);
      expect(src.search).toBe(new URL(page.url()).search);
      expect(await code.inputValue()).toMatch(/title="[^"]+"/);
      await page.locator('details.embed-offer > summary').click();
      await expect(code).toBeVisible();
      const preview = page.locator('details.embed-offer a[data-state-link]');
      await expect(preview).toHaveAttribute('href', `${EMBED_TIMELINE[lang]}${src.search}`);

      const full = await viewOf(page);
      await page.goto(`${src.pathname}${src.search}`);
      await ready(page);
      expect(await viewOf(page)).toEqual(full);
    });
  }
});

test.describe('embeddable cards', () => {
  const entries = Object.keys(SECTIONS).flatMap((collection) =>
    contentIds(collection).map((id) => ({ collection, id })),
  );

  test('every entry has a card in both languages: title, link to its page, attribution, no script', async ({
    request,
  }) => {
    expect(entries.length).toBeGreaterThan(50);
    for (const { collection, id } of entries) {
      for (const lang of LANGS) {
        const path = cardPath(lang, collection, id);
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        const page = readDist(`${entryPath(lang, collection, id).slice(1)}index.html`);
        const title = /<h1[^>]*>\s*([^<]+?)\s*<\/h1>/.exec(page)?.[1];
        const heading = /<h1[^>]*>\s*<a href="([^"]+)"[^>]*>([^<]+)<\/a>\s*<\/h1>/.exec(html);
        expect(heading?.slice(1), path).toEqual([entryPath(lang, collection, id), title]);
        expect(html, path).toContain('<meta name="robots" content="noindex">');
        expect(html, path).toMatch(/class="attribution"/);
        expect(html, path).not.toMatch(/<script\b/);
      }
    }
  });

  for (const lang of LANGS) {
    test(`${lang}: a partnership's card shows its period and parties, and passes axe in both schemes`, async ({
      page,
    }) => {
      const id = contentIds('partnerships')[0] as string;
      const problems = await recordProblems(page);
      await page.goto(cardPath(lang, 'partnerships', id));
      const entry = await page.context().newPage();
      await entry.goto(entryPath(lang, 'partnerships', id));
      await expect(page.locator('h1')).toHaveText(await entry.locator('h1').innerText());
      await expect(page.locator('.when time')).toHaveText(await entry.locator('.entry-header .when time').innerText());
      const partners = await entry
        .locator('.facts dt + dd a:not([href^="#"])')
        .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      const parties = await page.locator('.parties a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(parties.length).toBeGreaterThanOrEqual(2);
      for (const href of parties) expect(partners).toContain(href);
      await entry.close();
      expect(await axeViolations(page), 'axe, light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, ['color-contrast']), 'contrast, dark').toEqual([]);
      expect(problems.console).toEqual([]);
      expect(await problems.csp()).toEqual([]);
    });
  }

  test('each entry page offers its card’s <iframe> code without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of LANGS) {
      for (const collection of ['events', 'places']) {
        const id = contentIds(collection)[0] as string;
        await page.goto(entryPath(lang, collection, id));
        const offer = page.locator('details.embed-offer');
        await offer.locator('summary').click();
        const code = await offer.locator('pre code').innerText();
        const src = frameSrc(code);
        expect(src.pathname).toBe(cardPath(lang, collection, id));
        expect(code).toMatch(/title="[^"]+"/);
        await expect(offer.locator(`a[href="${cardPath(lang, collection, id)}"]`)).toBeVisible();
      }
    }
    await context.close();
  });
});

test.describe('Open Graph images', () => {
  const withImages = ['partnerships', 'events'].flatMap((collection) =>
    contentIds(collection).map((id) => ({ collection, id })),
  );

  test('every partnership and event has a 1200 × 630 PNG per language, each different', () => {
    expect(withImages.length).toBeGreaterThan(10);
    const seen = new Map<string, string>();
    for (const { collection, id } of withImages) {
      for (const lang of LANGS) {
        const png = readFileSync(join(DIST, 'og', lang, collection, `${id}.png`));
        expect(png.subarray(0, 8).toString('hex'), `${lang}/${collection}/${id}`).toBe('89504e470d0a1a0a');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
        const digest = png.toString('base64');
        expect(seen.get(digest), `${lang}/${collection}/${id} draws the same image as`).toBeUndefined();
        seen.set(digest, `${lang}/${collection}/${id}`);
      }
    }
  });

  test('each page names its image in the head, with the size and what it shows', async ({ request }) => {
    for (const { collection, id } of withImages) {
      for (const lang of LANGS) {
        const html = await (await request.get(entryPath(lang, collection, id))).text();
        const meta = (attr: string, name: string) =>
          new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
        const image = meta('property', 'og:image');
        expect(image && new URL(image).pathname).toBe(`/og/${lang}/${collection}/${id}.png`);
        expect(meta('property', 'og:image:width')).toBe('1200');
        expect(meta('property', 'og:image:height')).toBe('630');
        expect(meta('name', 'twitter:card')).toBe('summary_large_image');
        expect(meta('name', 'twitter:image')).toBe(image);
        const alt = (meta('property', 'og:image:alt') ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        const title = (/<h1[^>]*>\s*([^<]+?)\s*<\/h1>/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
        const date = /<p class="when"[^>]*>\s*<time[^>]*>([^<]+)<\/time>/.exec(html)?.[1] ?? '';
        expect(alt).toContain(title);
        expect(alt.toLowerCase()).toContain(date.toLowerCase());
        expect(alt).toContain(lang === 'vi' ? 'Hợp tác chuyển đổi số' : 'Vietnam Digital Partnerships');
      }
    }
  });

  test('pages without an image keep the small card', async ({ request }) => {
    const id = contentIds('places')[0] as string;
    const html = await (await request.get(entryPath('en', 'places', id))).text();
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });
});

test.describe('screenshots of the embeds', () => {
  const pages = (lang: Lang) => [
    ['embed-timeline', `${EMBED_TIMELINE[lang]}?group=locality`],
    ['embed-card', cardPath(lang, 'events', contentIds('events')[0] as string)],
  ];
  for (const lang of LANGS) {
    for (const [name, path] of pages(lang)) {
      test(`${name} (${lang}) fits 375 and 1280 px without horizontal overflow and passes axe`, async ({ page }) => {
        const problems = await recordProblems(page);
        await page.goto(path as string, { waitUntil: 'networkidle' });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 640 });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-${lang}-${width}.png` });
        }
        expect(await axeViolations(page), 'axe, light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, ['color-contrast']), 'contrast, dark').toEqual([]);
        expect(problems.console).toEqual([]);
        expect(await problems.csp()).toEqual([]);
      });
    }
  }
});
