import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { contentIds, DIST, SCREENSHOTS, sitemapPaths, watchErrors } from './utils.ts';

const SECTIONS = {
  partnerships: ['hop-tac', 'partnerships', 'Article'],
  events: ['su-kien', 'events', 'Event'],
  organizations: ['to-chuc', 'organizations', 'Organization'],
  places: ['dia-phuong', 'places', 'AdministrativeArea'],
  people: ['nhan-vat', 'people', 'Person'],
  documents: ['van-ban', 'documents', 'Legislation'],
  themes: ['chu-de', 'themes', 'DefinedTerm'],
  sources: ['nguon', 'sources', 'NewsArticle'],
} as const;

const first = (collection: keyof typeof SECTIONS) => {
  const preferred: Partial<Record<keyof typeof SECTIONS, string>> = {
    partnerships: 'facebook-thua-thien-hue-toan-dien',
    events: '2020-10-05-facebook-thua-thien-hue-khoi-dong',
    places: 'da-nang',
    documents: 'nghi-quyet-54-nq-tw',
  };
  const ids = contentIds(collection);
  return preferred[collection] && ids.includes(preferred[collection] as string)
    ? (preferred[collection] as string)
    : (ids[0] as string);
};

const templates = [
  { name: 'home', vi: '/vi/', en: '/en/' },
  { name: 'timeline', vi: '/vi/dong-thoi-gian/', en: '/en/timeline/' },
  { name: 'search', vi: '/vi/tim-kiem/', en: '/en/search/' },
  { name: 'matrix', vi: '/vi/ma-tran-hop-tac/', en: '/en/partnership-matrix/' },
  { name: 'open-data', vi: '/vi/du-lieu-mo/', en: '/en/open-data/' },
  { name: 'translations', vi: '/vi/tinh-trang-dich/', en: '/en/translation-status/' },
  { name: 'about', vi: '/vi/gioi-thieu/', en: '/en/about/' },
  { name: 'sourcing', vi: '/vi/cach-dan-nguon/', en: '/en/how-we-source/' },
  { name: 'accessibility', vi: '/vi/kha-nang-tiep-can/', en: '/en/accessibility/' },
  { name: 'changes', vi: '/vi/thay-doi/', en: '/en/changes/' },
  {
    name: 'history',
    vi: `/vi/su-kien/${first('events')}/lich-su/`,
    en: `/en/events/${first('events')}/history/`,
  },
  ...Object.entries(SECTIONS).flatMap(([collection, [vi, en]]) => [
    { name: `${collection}-index`, vi: `/vi/${vi}/`, en: `/en/${en}/` },
    {
      name: `${collection}-entry`,
      vi: `/vi/${vi}/${first(collection as keyof typeof SECTIONS)}/`,
      en: `/en/${en}/${first(collection as keyof typeof SECTIONS)}/`,
    },
  ]),
];

test.describe('every template, both languages', () => {
  for (const template of templates) {
    for (const lang of ['vi', 'en'] as const) {
      test(`${template.name} (${lang}) renders with its own title and description, and looks right at 375 and 1280 px`, async ({
        page,
      }) => {
        const errors = watchErrors(page);
        const response = await page.goto(template[lang]);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await page.title()).not.toBe('');
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
        await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `${SCREENSHOTS}/${template.name}-${lang}-${width}.png`,
            fullPage: width === 1280,
          });
        }
        expect(errors).toEqual([]);
      });
    }
  }
});

test.describe('web font', () => {
  for (const template of templates) {
    test(`${template.name}: text is set in Be Vietnam Pro, from preloaded files only`, async ({ page }) => {
      // A font file found only through the stylesheet arrives after layout: later first paint, text shifting.
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font') fetched.push(new URL(request.url()).pathname);
      });
      await page.goto(template.vi, { waitUntil: 'networkidle' });
      const preloaded = await page
        .locator('link[rel="preload"][as="font"]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      expect(fetched.length).toBeGreaterThan(0);
      expect(fetched.filter((path) => !preloaded.includes(path))).toEqual([]);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.status === 'loaded' && face.family.replace(/["']/g, '') === 'Be Vietnam Pro')
          .map((face) => face.weight);
      });
      expect(new Set(loaded)).toEqual(new Set(['400', '700']));
    });
  }
});

test('the local server compresses text as production hosts do, and leaves Pagefind’s compressed index alone', async ({
  request,
}) => {
  const encoding = async (path: string) =>
    (await request.get(path, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding'];
  expect(await encoding('/vi/')).toBe('gzip');
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await request.get('/vi/')).text())?.[1];
  expect(await encoding(stylesheet ?? '')).toBe('gzip');
  const chunk = readdirSync(`${DIST}/pagefind/index`)[0];
  expect(await encoding(`/pagefind/index/${chunk}`)).toBeUndefined();
});

test.describe('structured data', () => {
  for (const [collection, [vi, , type]] of Object.entries(SECTIONS)) {
    test(`${collection} pages describe themselves as schema.org ${type}`, async ({ page }) => {
      await page.goto(`/vi/${vi}/${first(collection as keyof typeof SECTIONS)}/`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = JSON.parse(blocks[0] as string) as Record<string, unknown>[];
      const main = data[0] as Record<string, unknown>;
      expect(main['@type']).toEqual(
        collection === 'documents' ? expect.stringMatching(/Legislation|CreativeWork/) : type,
      );
      expect(main['url']).toMatch(new RegExp(`/vi/${vi}/`));
      expect(main['name']).toBe(await page.locator('h1').innerText());
      expect(data[1]?.['@type']).toBe('BreadcrumbList');
    });
  }
});

test('cross-links lead from an event to its partnership to an organisation and back', async ({ page }) => {
  const event = '2020-10-05-facebook-thua-thien-hue-khoi-dong';
  await page.goto(`/en/events/${event}/`);
  const facts = page.locator('.facts');
  await facts.locator('dt:has-text("Partnership") + dd a:not([href^="#"])').click();
  await expect(page).toHaveURL(/\/en\/partnerships\/facebook-thua-thien-hue-toan-dien\/$/);
  await expect(page.locator(`a[href="/en/events/${event}/"]`).first()).toBeVisible();
  await page.locator('.facts dt:has-text("Technology partners") + dd a:not([href^="#"])').first().click();
  await expect(page).toHaveURL(/\/en\/organizations\/facebook\/$/);
  await page.locator('a[href="/en/partnerships/facebook-thua-thien-hue-toan-dien/"]').first().click();
  await expect(page).toHaveURL(/\/en\/partnerships\/facebook-thua-thien-hue-toan-dien\/$/);
  await page.locator(`a[href="/en/events/${event}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/en/events/${event}/$`));
});

test('inline citations point at numbered notes that link to the source pages', async ({ page }) => {
  await page.goto('/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/');
  const cites = page.locator('.prose sup.cite a');
  expect(await cites.count()).toBeGreaterThan(0);
  const target = await cites.first().getAttribute('href');
  expect(target).toMatch(/^#note-\d+$/);
  const note = page.locator(target as string);
  await expect(note.locator('a')).toHaveAttribute('href', /^\/vi\/nguon\//);
});

test('every page in the sitemap has a unique title and description', async ({ request }) => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(100);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(titles.get(title), `title "${title}" on ${path}`).toBeUndefined();
    titles.set(title, path);
    if (!/\/(tim-kiem|search)\/$/.test(path)) {
      expect(descriptions.get(description), `description on ${path}`).toBeUndefined();
      descriptions.set(description, path);
    }
  }
});
