/**
 * Search on the built site, in Chromium, both languages: the header
 * combobox, the search page with filters and sort, Vietnamese spelling
 * variants, phrase and name ranking, and what the index leaves out
 * (site chrome, untranslated fallback text).
 */
import { expect, test, type Page } from '@playwright/test';
import { containsPhrase, fold } from '../../src/components/search/vietnamese.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { entryPath, pagePath } from '../../src/lib/routes.ts';
import { type Lang } from '../../src/core/vocabulary.ts';
import { axeViolations, recordProblems } from '../gates/browser.ts';
import { readDist } from './utils.ts';

const STRINGS = { vi, en } as const;
const LANGS: Lang[] = ['vi', 'en'];

let problems: Awaited<ReturnType<typeof recordProblems>>;
test.beforeEach(async ({ page }) => {
  problems = await recordProblems(page);
});
test.afterEach(async ({ page }) => {
  if (test.info().status === 'skipped') return;
  expect(problems.console, 'console errors').toEqual([]);
  expect(await problems.csp(), 'CSP violations').toEqual([]);
  await page.close();
});

/** Opens the search page with a URL state and waits for its results. */
async function openSearch(page: Page, lang: Lang, params: Record<string, string>): Promise<void> {
  await page.goto(`${pagePath(lang, 'search')}?${new URLSearchParams(params)}`);
  await expect(page.locator('[data-status]')).toHaveText(/\d|„|“/);
}

/** The search page's status while a search runs, in either language. */
const SEARCHING = new RegExp(`^(?:${[en, vi].map((s) => s['search.loading']).join('|')})$`);

/**
 * Result paths on the search page, after loading every page of results. A search started by the
 * last action (a click, a choice) is waited for: it shows "Searching…" from that action on.
 */
async function allResults(page: Page): Promise<string[]> {
  await expect(page.locator('[data-status]')).not.toHaveText(SEARCHING);
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.result').count();
    await more.click();
    // Each page of results reads its fragments first: allow for a busy machine.
    await expect(page.locator('.result')).not.toHaveCount(before, { timeout: 15_000 });
  }
  return page
    .locator('.result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function firstResults(page: Page, lang: Lang, query: string, n = 3): Promise<string[]> {
  await openSearch(page, lang, { q: query });
  return (
    await page
      .locator('.result-title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  ).slice(0, n);
}

/** Indexed text of every page of the page's language, from Pagefind's own records. */
async function indexedText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(url);
    await pagefind.init();
    const all = await pagefind.search(null);
    const data = await Promise.all(
      all.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
    );
    return Object.fromEntries(data.map((d: { url: string; content: string }) => [d.url, d.content]));
  });
}

/** A response that came over the network, with its timings in milliseconds since the epoch. */
interface Fetched {
  path: string;
  search: string;
  started: number;
  ended: number;
}

/** Records the responses that come over the network from now on (not those from the HTTP cache). */
function networkLog(page: Page): Fetched[] {
  const network: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    const { startTime, responseEnd } = request.timing();
    void request.sizes().then((sizes) => {
      if (sizes.responseHeadersSize + sizes.responseBodySize > 0)
        network.push({ path: url.pathname, search: url.search, started: startTime, ended: startTime + responseEnd });
    });
  });
  return network;
}

/**
 * A phone's round trip (150 ms); with `slow4g`, also Lighthouse's slow-4G bandwidth (1.6 Mbit/s
 * down), or `downKbps` when given.
 */
async function phoneNetwork(page: Page, slow4g: boolean, downKbps = 1638.4): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: slow4g ? (downKbps * 1024) / 8 : -1,
    uploadThroughput: slow4g ? (750 * 1024) / 8 : -1,
  });
}

/**
 * Checks that the index chunks came over the network once each, the first of them before the
 * WebAssembly had arrived: before Pagefind, which needs it to know the chunks, could ask for any.
 */
function expectChunksAhead(network: Fetched[]): void {
  const chunks = network.filter((r) => r.path.startsWith('/pagefind/index/'));
  expect(chunks.length, 'index chunks fetched').toBeGreaterThan(0);
  expect(new Set(chunks.map((r) => r.path)).size, 'each chunk once').toBe(chunks.length);
  const wasm = network.filter((r) => r.path.startsWith('/pagefind/wasm.'));
  expect(wasm, 'the WebAssembly, once').toHaveLength(1);
  expect(Math.min(...chunks.map((r) => r.started))).toBeLessThan(wasm[0]?.ended ?? 0);
}

test.describe('header search box', () => {
  test('loads no search code until the box is focused, then its bundle and the index', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const path = entryPath('vi', 'places', 'da-nang');
    await page.goto(path, { waitUntil: 'networkidle' });
    const html = readDist(`${path}index.html`);
    expect([...html.matchAll(/<script\b[^>]*\bsrc=/g)], 'script files at load').toEqual([]);
    const inline = [...html.matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(
      inline.reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0),
      'inline bootstrap bytes',
    ).toBeLessThan(1024);
    expect(requests.filter((r) => r.endsWith('.js') || r.startsWith('/pagefind/'))).toEqual([]);

    await page.locator('#header-search').focus();
    await expect.poll(() => requests.filter((r) => r.startsWith('/pagefind/')).length).toBeGreaterThan(2);
    expect(requests.some((r) => /^\/_astro\/box-entry[\w-]*\.js$/.test(r))).toBe(true);
  });

  test('starts loading the search code when the pointer comes over the box, before any focus', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(entryPath('vi', 'places', 'da-nang'), { waitUntil: 'networkidle' });
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#header-search').hover();
    await expect.poll(() => requests.filter((r) => r.startsWith('/pagefind/')).length).toBeGreaterThan(2);
    await expect(page.locator('#header-search')).not.toBeFocused();
  });

  test('fetches what Pagefind loads in turn side by side, each file once', async ({ page }) => {
    // Pagefind alone loads its worker, then its entry file, then the WebAssembly and metadata the
    // entry names: three round trips. The box asks for them all at once, and Pagefind finds them in
    // the cache. With a round trip as long as a phone's (150 ms), the WebAssembly is then on its way
    // before Pagefind's own request for the entry file (`pagefind-entry.json?ts=…`) has come back.
    await page.goto(entryPath('vi', 'places', 'da-nang'), { waitUntil: 'networkidle' });
    const network = networkLog(page);
    await phoneNetwork(page, false);
    const input = page.locator('#header-search');
    await input.focus();
    await input.pressSequentially('chuyển đổi số');
    await expect(page.locator('#header-search-listbox [role="option"]').first()).toBeVisible({ timeout: 15_000 });

    const runtime = /^\/pagefind\/(?:pagefind-worker\.js|wasm\.unknown\.pagefind|pagefind\.vi_\w+\.pf_meta)$/;
    await expect
      .poll(() =>
        network
          .filter((r) => runtime.test(r.path))
          .map((r) => r.path.replace(/_\w+\./, '_*.'))
          .sort(),
      )
      .toEqual(['/pagefind/pagefind-worker.js', '/pagefind/pagefind.vi_*.pf_meta', '/pagefind/wasm.unknown.pagefind']);
    const wasm = network.find((r) => r.path.startsWith('/pagefind/wasm.'));
    const ownEntry = network.find((r) => r.path === '/pagefind/pagefind-entry.json' && r.search.startsWith('?ts='));
    expect(ownEntry, "Pagefind's own request for its entry file").toBeDefined();
    expect(wasm?.started ?? Infinity).toBeLessThan(ownEntry?.ended ?? 0);
  });

  test("fetches the query's index chunks before Pagefind could ask for them, each once", async ({ page }) => {
    // Pagefind knows which chunks a query needs only once its WebAssembly runs. The box reads the
    // chunk ranges from the metadata file, which is small and arrives long before the WebAssembly on
    // a phone's network (150 ms round trip, 1.6 Mbit/s), and fetches the chunks of the typed words
    // then: the first is on its way before the WebAssembly has arrived, and Pagefind finds them all
    // in the cache.
    await page.goto(entryPath('vi', 'places', 'da-nang'), { waitUntil: 'networkidle' });
    const network = networkLog(page);
    // A slower line than slow 4G (512 kbit/s): the WebAssembly (55 KB) then takes about 0.9 s
    // against 0.3 s, so that a busy machine's slower scripts cannot decide the order. The query
    // arrives at once, as a paste would: typed key by key, the typing speed would decide it.
    await phoneNetwork(page, true, 512);
    const input = page.locator('#header-search');
    await input.focus();
    await input.fill('chuyển đổi số');
    await expect(page.locator('#header-search-listbox [role="option"]').first()).toBeVisible({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');

    expectChunksAhead(network);
  });

  test('shows the results of the text in the box, not of what was typed before it', async ({ page }) => {
    await page.goto(entryPath('vi', 'places', 'da-nang'));
    const input = page.locator('#header-search');
    await input.click();
    await input.pressSequentially('vnpt');
    await expect(page.locator('#header-search-listbox [role="option"]').first()).toBeVisible();
    await input.fill('hoa vang');
    await expect(page.locator('#header-search-listbox .option-title').first()).toHaveText(/Hòa Vang/);
    await expect(page.locator('[data-status]').first()).toContainText('hoa vang');
  });

  for (const lang of LANGS) {
    test(`${lang}: typing lists matches, arrows move, Enter opens the active one`, async ({ page }) => {
      const place = entryPath(lang, 'places', 'hoa-vang');
      await page.goto(entryPath(lang, 'places', 'da-nang'));
      const input = page.locator('#header-search');
      await input.click();
      await input.pressSequentially('hoa vang');
      const options = page.locator('#header-search-listbox [role="option"]');
      await expect(options.first()).toBeVisible();
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('[data-status]').first()).toHaveText(/\d/);

      await input.press('ArrowDown');
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
      await input.press('ArrowDown');
      await input.press('ArrowUp');
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await input.press('Enter');
      await page.waitForURL(`**${place}`);
    });

    test(`${lang}: Escape closes the list and Enter without a choice opens the search page`, async ({ page }) => {
      await page.goto(entryPath(lang, 'places', 'da-nang'));
      const input = page.locator('#header-search');
      await input.fill('Viettel');
      await expect(page.locator('#header-search-listbox [role="option"]').first()).toBeVisible();
      await input.press('Escape');
      await expect(input).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('#header-search-listbox')).toBeHidden();
      await input.press('Enter');
      await page.waitForURL(`**${pagePath(lang, 'search')}?q=Viettel`);
      await expect(page.locator('.result').first()).toBeVisible();
      await expect(page.locator('#search-q')).toHaveValue('Viettel');
    });
  }

  test('has no axe violations with the list open, light and dark', async ({ page }) => {
    await page.goto(entryPath('vi', 'places', 'da-nang'));
    await page.locator('#header-search').fill('dien tu');
    await expect(page.locator('[role="option"]').first()).toBeVisible();
    await page.locator('#header-search').press('ArrowDown');
    await expect(page.locator('[role="option"][aria-selected="true"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});

test.describe('Vietnamese spellings', () => {
  test('with or without diacritics, and with "d" for "đ", a place’s name finds its own page first', async ({
    page,
  }) => {
    for (const query of ['Đà Nẵng', 'Da Nang', 'da nang', 'đà nẵng'.normalize('NFD')])
      expect((await firstResults(page, 'vi', query, 1))[0], query).toBe(entryPath('vi', 'places', 'da-nang'));
    for (const query of ['Da Nang', 'Đà Nẵng'])
      expect((await firstResults(page, 'en', query, 1))[0], query).toBe(entryPath('en', 'places', 'da-nang'));
  });

  test('either tone-mark placement finds the same pages', async ({ page }) => {
    const place = entryPath('vi', 'places', 'hoa-vang');
    for (const query of ['hoà vang', 'hòa vang', 'hoa vang'])
      expect((await firstResults(page, 'vi', query, 1))[0]).toBe(place);
    await openSearch(page, 'vi', { q: 'hoà vang' });
    const hoa = await allResults(page);
    await openSearch(page, 'vi', { q: 'hòa vang' });
    expect(new Set(await allResults(page))).toEqual(new Set(hoa));
    await openSearch(page, 'vi', { q: 'uỷ ban nhân dân' });
    const uy = await allResults(page);
    await openSearch(page, 'vi', { q: 'ủy ban nhân dân' });
    expect(uy.length).toBeGreaterThan(0);
    expect(new Set(await allResults(page))).toEqual(new Set(uy));
  });

  test('"dien tu" finds the pages of "điện tử", highlighted as written', async ({ page }) => {
    await openSearch(page, 'vi', { q: 'điện tử' });
    const exact = await allResults(page);
    expect(exact.length).toBeGreaterThan(0);
    await openSearch(page, 'vi', { q: 'dien tu' });
    const plain = await allResults(page);
    expect(plain).toEqual(expect.arrayContaining(exact));
    const marks = await page.locator('.result').first().locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['điện', 'tử']));
  });

  test('a person’s name typed with "d" for "đ" finds their page first', async ({ page }) => {
    for (const query of ['Phan Thiên Định', 'phan thien dinh'])
      expect((await firstResults(page, 'vi', query, 1))[0], query).toBe(entryPath('vi', 'people', 'phan-thien-dinh'));
  });
});

test.describe('British and American spellings', () => {
  // The site writes British English; readers type either spelling.
  const PAIRS = [
    ['organization', 'organisation'],
    ['operations center', 'operations centre'],
  ] as const;

  for (const [american, british] of PAIRS) {
    test(`en: “${american}” finds the pages of “${british}”, in the same order`, async ({ page }) => {
      await openSearch(page, 'en', { q: british });
      const expected = await allResults(page);
      expect(expected.length).toBeGreaterThan(0);
      await openSearch(page, 'en', { q: american });
      expect(await allResults(page)).toEqual(expected);
      await expect(page.locator('.result-excerpt mark').first()).toHaveText(
        new RegExp(british.split(' ').join('|'), 'i'),
      );
    });
  }

  test('en: the header box lists the operations centres for “operations center”', async ({ page }) => {
    await page.goto(entryPath('en', 'places', 'da-nang'));
    const input = page.locator('#header-search');
    await input.click();
    await input.pressSequentially('operations center');
    await expect(page.locator('[data-status]').first()).toContainText('operations center');
    await expect(page.locator('#header-search-listbox .option-title').first()).toHaveText(/operations centre/i);
  });
});

test.describe('phrase ranking', () => {
  const QUERIES = [
    ['vi', 'chuyển đổi số'],
    ['vi', 'thành phố thông minh'],
    ['vi', 'chuyen doi so'],
    ['vi', 'dien tu'],
    ['vi', 'vnpt da nang'],
    ['en', 'digital transformation'],
    ['en', 'smart city'],
    ['vi', 'chính quyền số'],
    ['en', 'digital government'],
    ['vi', 'hạ tầng số'],
    ['en', 'operations centre'],
    // Queries whose words often occur apart, so the ranking is tested on mixed results.
    ['vi', 'hợp tác toàn diện'],
    ['vi', 'dữ liệu số'],
    ['en', 'public services'],
  ] as const;

  /** For each result in order, whether its indexed text contains the query as a phrase. */
  async function phraseFlags(page: Page, lang: Lang, query: string): Promise<{ results: string[]; flags: boolean[] }> {
    await openSearch(page, lang, { q: query });
    const results = await allResults(page);
    const text = await indexedText(page);
    return { results, flags: results.map((path) => containsPhrase(text[path] ?? '', query)) };
  }

  for (const [lang, query] of QUERIES) {
    test(`${lang}: on the first page of results, pages containing “${query}” come first`, async ({ page }) => {
      const { results, flags } = await phraseFlags(page, lang, query);
      const first = flags.slice(0, 10);
      expect(first.filter(Boolean).length).toBeGreaterThan(0);
      const firstOther = first.indexOf(false);
      if (firstOther !== -1) expect(firstOther, results.join('\n')).toBeGreaterThan(first.lastIndexOf(true));
    });
  }

  test('the ranking is tested on queries whose words also occur apart', async ({ page }) => {
    test.setTimeout(180_000);
    const mixed: string[] = [];
    for (const [lang, query] of QUERIES) {
      const { flags } = await phraseFlags(page, lang, query);
      const first = flags.slice(0, 10);
      if (first.includes(true) && first.includes(false)) mixed.push(query);
    }
    expect(mixed.length, 'queries with both kinds of result').toBeGreaterThan(0);
  });
});

test.describe('search page', () => {
  test("opened with a query, fetches the query's index chunks before Pagefind could ask for them", async ({ page }) => {
    const network = networkLog(page);
    await phoneNetwork(page, true);
    await openSearch(page, 'vi', { q: 'chuyển đổi số' });
    await expect(page.locator('.result').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expectChunksAhead(network);
    // The metadata file, fetched for its chunk list, is Pagefind's own copy too.
    expect(network.filter((r) => r.path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  for (const lang of LANGS) {
    test(`${lang}: a filter narrows the results and its count, and lives in the URL`, async ({ page }) => {
      const type = STRINGS[lang]['collectionOne.events'];
      await openSearch(page, lang, { q: 'Viettel' });
      const all = await allResults(page);
      const option = page.locator('select[name="type"] option', { hasText: type });
      await expect(option).toHaveText(/\(\d+\)/);
      const count = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(all.length);

      await page.locator('select[name="type"]').selectOption(type);
      await expect(page).toHaveURL(new RegExp(`type=${encodeURIComponent(type).replace(/%20/g, '\\+')}`));
      const narrowed = await allResults(page);
      expect(narrowed).toHaveLength(count);
      expect(all).toEqual(expect.arrayContaining(narrowed));
      for (const meta of await page.locator('.result-meta').allInnerTexts()) expect(meta.startsWith(type)).toBe(true);

      await page.reload();
      await expect(page.locator('select[name="type"]')).toHaveValue(type);
      await expect(page.locator('[data-status]')).toHaveText(new RegExp(`^${count}\\D`));
      expect(await allResults(page)).toEqual(narrowed);
    });

    test(`${lang}: sorting by date puts dated results newest first`, async ({ page }) => {
      await openSearch(page, lang, { q: 'Viettel', sort: 'newest' });
      const years = (await page.locator('.result-meta').allInnerTexts())
        .map((meta) => /\b(20\d\d)\b/.exec(meta)?.[1])
        .filter((year): year is string => Boolean(year))
        .map(Number);
      expect(years.length).toBeGreaterThan(1);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    });
  }

  test('the language switcher carries the query to the other language’s search page', async ({ page }) => {
    await openSearch(page, 'vi', { q: 'Đà Nẵng', type: STRINGS.vi['collectionOne.events'] });
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(`${pagePath('en', 'search')}?${new URLSearchParams({ q: 'Đà Nẵng' })}`);
    await expect(page.locator('input[name="q"]')).toHaveValue('Đà Nẵng');
    await expect(page.locator('.result').first()).toBeVisible();
  });

  test('has no axe violations with results and filters, light and dark', async ({ page }) => {
    await openSearch(page, 'vi', { q: 'Đà Nẵng', type: vi['collectionOne.events'] });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});

test.describe('both languages', () => {
  const OTHER = { vi: 'en', en: 'vi' } as const;
  const resultLangs = (page: Page) =>
    page.locator('.result').evaluateAll((items) => items.map((li) => li.getAttribute('data-lang')));

  for (const lang of LANGS) {
    test(`${lang}: the toggle adds the other language’s pages, each marked with its language, and lives in the URL`, async ({
      page,
    }) => {
      const other = OTHER[lang];
      await openSearch(page, lang, { q: 'Facebook' });
      const own = await allResults(page);
      expect(own.length).toBeGreaterThan(0);
      for (const path of own) expect(path.startsWith(`/${lang}/`)).toBe(true);
      await expect(page.locator('.result-lang')).toHaveCount(0);

      await page.getByLabel(STRINGS[lang]['search.both']).check();
      await expect(page).toHaveURL(/[?&]both=1/);
      await expect(page.locator(`.result[data-lang="${other}"]`).first()).toBeVisible();
      const mixed = await allResults(page);
      expect(mixed.length).toBeGreaterThan(own.length);
      expect(mixed).toEqual(expect.arrayContaining(own));
      expect(new Set(mixed.map((path) => path.split('/')[1]))).toEqual(new Set([lang, other]));
      // Every result says its language, in the page's language; other-language text is marked as such.
      const langs = await resultLangs(page);
      const marks = await page.locator('.result .result-lang').allInnerTexts();
      expect(marks).toEqual(langs.map((l) => STRINGS[lang][`search.lang.${l as Lang}`]));
      const foreign = page.locator(`.result[data-lang="${other}"]`).first();
      await expect(foreign.locator('.result-title a')).toHaveAttribute('hreflang', other);
      await expect(foreign.locator('.result-excerpt')).toHaveAttribute('lang', other);

      // Remembered: a reload, and the language switcher, keep both languages.
      await page.reload();
      await expect(page.getByLabel(STRINGS[lang]['search.both'])).toBeChecked();
      await expect(page.locator(`.result[data-lang="${other}"]`).first()).toBeVisible();
      await expect(page.locator('a.lang-switch')).toHaveAttribute('href', /[?&]both=1/);

      await page.getByLabel(STRINGS[lang]['search.both']).uncheck();
      await expect(page).not.toHaveURL(/both=/);
      await expect(page.locator('.result-lang')).toHaveCount(0);
      expect(await allResults(page)).toEqual(own);
    });
  }

  test('a filter named in the page’s language also narrows the other language’s pages', async ({ page }) => {
    const type = vi['collectionOne.events'];
    await openSearch(page, 'vi', { q: 'Facebook', both: '1', type });
    await expect(page.locator('.result[data-lang="en"]').first()).toBeVisible();
    const option = page.locator('select[name="type"] option', { hasText: type });
    // Counts come after the first results: wait for them before reading one.
    await expect(option).toHaveText(/\(\d+\)/);
    const count = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
    const results = await allResults(page);
    expect(results).toHaveLength(count);
    for (const path of results) expect(path).toMatch(/^\/(vi\/su-kien|en\/events)\//);
    expect(new Set(results.map((path) => path.split('/')[1]))).toEqual(new Set(['vi', 'en']));
    // Only the page language's names are offered.
    await expect(page.locator('select[name="type"] option', { hasText: en['collectionOne.events'] })).toHaveCount(0);
  });

  /** Words of one language that the other language's index does not hold, tried in order. */
  const ONLY_IN = {
    vi: ['tuyên truyền', 'lãnh đạo', 'hiệu quả', 'hội nghị'],
    en: ['programme', 'response', 'signed'],
  } as const;

  for (const lang of LANGS) {
    test(`${lang}: a query with no result in the page’s language offers the other language’s pages`, async ({
      page,
    }) => {
      const other = OTHER[lang];
      let query = '';
      for (const word of ONLY_IN[other]) {
        await openSearch(page, lang, { q: word });
        if ((await page.locator('.result').count()) === 0) {
          query = word;
          break;
        }
      }
      expect(query, `a word of ${other} that no ${lang} page holds`).not.toBe('');
      const status = page.locator('[data-status]');
      const offer = page.getByRole('button', { name: STRINGS[lang]['search.showOther'] });
      await expect(offer).toBeVisible();
      const n = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
      expect(n).toBeGreaterThan(0);
      await expect(status).toContainText(STRINGS[lang]['search.noneHere'].replace('{q}', query));
      await offer.click();
      await expect(page).toHaveURL(/[?&]both=1/);
      await expect(page.locator('.result').first()).toBeVisible();
      await expect(offer).toBeHidden();
      const results = await allResults(page);
      expect(results).toHaveLength(n);
      for (const path of results) expect(path.startsWith(`/${other}/`)).toBe(true);
      await expect(page.locator('.result-title a').first()).toBeFocused();
    });
  }

  /**
   * Words that no page of the language holds, but that start with a short word
   * its pages do hold ("di", "a"): Pagefind 1.6 searches that word instead
   * (`src/components/search/matched.ts`).
   */
  const STAND_INS = [
    // English pages hold "disaster"; no page holds "axolotl".
    { lang: 'vi', query: 'disaster', other: true },
    { lang: 'en', query: 'axolotl', other: false },
  ] as const;

  for (const { lang, query, other } of STAND_INS) {
    test(`${lang}: “${query}”, held by no ${lang} page, finds nothing here rather than pages with a shorter word`, async ({
      page,
    }) => {
      await page.goto(pagePath(lang, 'search'));
      // The premise: Pagefind alone returns pages, none of which holds the word.
      const texts = Object.values(
        await page.evaluate(async (q) => {
          const url = '/pagefind/pagefind.js';
          const pagefind = await import(url);
          await pagefind.init();
          const found = await pagefind.search(q);
          return Promise.all(
            found.results.map(async (r: { data: () => Promise<{ content: string }> }) => (await r.data()).content),
          );
        }, query),
      );
      expect(texts.length, 'pages Pagefind returns').toBeGreaterThan(0);
      for (const text of texts) expect(fold(text)).not.toContain(fold(query));

      await openSearch(page, lang, { q: query });
      await expect(page.locator('.result')).toHaveCount(0);
      const status = page.locator('[data-status]');
      const offer = page.getByRole('button', { name: STRINGS[lang]['search.showOther'] });
      if (other) {
        await expect(status).toContainText(STRINGS[lang]['search.noneHere'].replace('{q}', query));
        const n = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
        expect(n).toBeGreaterThan(0);
        await offer.click();
        const results = await allResults(page);
        expect(results).toHaveLength(n);
        for (const path of results) expect(path.startsWith(`/${OTHER[lang]}/`)).toBe(true);
      } else {
        await expect(status).toHaveText(STRINGS[lang]['search.none'].replace('{q}', query));
        await expect(offer).toBeHidden();
      }

      // The header box says the same, and offers the search of both languages' pages.
      await page.goto(entryPath(lang, 'places', 'da-nang'));
      const input = page.locator('#header-search');
      await input.click();
      await input.pressSequentially(query);
      await expect(page.locator('[data-status]').first()).toHaveText(
        STRINGS[lang]['search.none'].replace('{q}', query),
      );
      const options = page.locator('#header-search-listbox [role="option"]');
      await expect(options).toHaveCount(1);
      await expect(options).toHaveText(STRINGS[lang]['search.seeOther'].replace('{q}', query));
      await input.press('ArrowDown');
      await input.press('Enter');
      await page.waitForURL(`**${pagePath(lang, 'search')}?q=${query}&both=1`);
      if (other) {
        await expect(page.locator('.result').first()).toBeVisible();
        for (const path of await allResults(page)) expect(path.startsWith(`/${OTHER[lang]}/`)).toBe(true);
      } else await expect(page.locator('[data-status]')).toHaveText(STRINGS[lang]['search.none'].replace('{q}', query));
    });
  }

  test('has no axe violations with both languages’ results, light and dark', async ({ page }) => {
    await openSearch(page, 'en', { q: 'Facebook', both: '1' });
    await expect(page.locator('.result[data-lang="vi"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});

test.describe('what the index leaves out', () => {
  test('an English query on /en/ returns English pages only', async ({ page }) => {
    await openSearch(page, 'en', { q: 'digital transformation' });
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) expect(path).toMatch(/^\/en\//);
  });

  // That an untranslated page's fallback text stays out of the English index
  // is tested on a fixture with such a page: tests/integration/fixture-build.test.ts.

  for (const lang of LANGS) {
    test(`${lang}: words that appear only in the header and footer match nothing`, async ({ page }) => {
      // Chrome words: the words of the skip link, header and footer that no
      // page's indexed text contains. Results may still come from other words
      // starting alike or sharing a stem ("tiếng" and "tied"), but no result
      // may highlight the chrome word itself.
      await page.goto(entryPath(lang, 'places', 'da-nang'));
      const chrome = await page.evaluate(() =>
        ['.skip-link', 'header', 'footer']
          .map((selector) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '')
          .join(' '),
      );
      const content = new Set(fold(Object.values(await indexedText(page)).join(' ')).split(' '));
      const words = [...new Set(fold(chrome).split(' '))].filter((w) => w.length >= 3 && !content.has(w));
      expect(words.length, 'chrome-only words to test').toBeGreaterThan(0);
      for (const word of words.slice(0, 8)) {
        await openSearch(page, lang, { q: word });
        const marks = (await page.locator('.result mark').allInnerTexts()).map(fold);
        expect(marks, word).not.toContain(word);
      }
    });
  }
});
