/**
 * `npm run bench:search -- <dist> [--label NAME]`: measures search on a
 * built and indexed site (`astro build` then `pagefind --site <dist>`), and
 * records the figures in BENCHMARKS.md between `<!-- search:start -->` and
 * `<!-- search:end -->`, one column per build (runs on other builds, such as
 * the 10,000-entry synthetic one from `npm run bench`, are kept).
 *
 * - Index size: the Pagefind files per language (metadata, word index
 *   chunks, page fragments, filters) and the runtime both languages share.
 * - First query in the header box: an entry page is opened, the box
 *   focused and a query typed; every byte fetched from the focus until the
 *   suggestions are shown and the network is idle is counted (the search
 *   bundle, Pagefind's runtime and WebAssembly, index chunks, fragments).
 * - First query on the search page: the same for `?q=…`, whose filters need
 *   Pagefind's filter index too; and for `?q=…&both=1`, which also loads
 *   the other language's index (`mergeIndex`) and its filter names.
 *
 * Bytes are response bodies before HTTP compression (Pagefind's index files
 * are gzip-compressed already); "with gzip" adds what a host compressing
 * JavaScript and JSON sends instead.
 *
 * Options: --label NAME (default: the directory and its page count),
 * --runs N (default 3; the time reported is the median),
 * --query-vi / --query-en (default "chuyển đổi số" and "digital
 * transformation"; "dien tu" is measured too, typed without diacritics).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { entryPath, pagePath } from '../src/lib/routes.ts';
import { type Lang } from '../src/core/vocabulary.ts';
import { findChromium } from './browser.ts';
import { machineReport, median, writeSection } from './lib/benchmarks.ts';
import { serveStatic } from './lib/static-server.ts';
import { throttle } from './lib/throttle.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    label: { type: 'string' },
    'query-vi': { type: 'string', default: 'chuyển đổi số' },
    'query-en': { type: 'string', default: 'digital transformation' },
    runs: { type: 'string', default: '3' },
  },
});
const DIST = positionals[0] ?? 'dist';
const PAGEFIND = join(DIST, 'pagefind');
const SECTION = 'search';
const DATA_MARK = 'search-data';
/** Each first query runs in a fresh page this many times; bytes are the same, time is the median. */
const RUNS = Math.max(1, Number(args.runs));

if (!existsSync(join(PAGEFIND, 'pagefind-entry.json'))) {
  console.error(`No Pagefind index in ${PAGEFIND}/. Build and index first: astro build && pagefind --site ${DIST}`);
  process.exit(1);
}

// ---------------------------------------------------------------- index size

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

const filesIn = (dir: string): { name: string; size: number }[] =>
  existsSync(dir) ? readdirSync(dir).map((name) => ({ name, size: statSync(join(dir, name)).size })) : [];

const sum = (files: { size: number }[]): number => files.reduce((total, f) => total + f.size, 0);

function indexSize(lang: Lang) {
  const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as Entry;
  const info = entry.languages[lang];
  const ofLang = (files: { name: string; size: number }[]) => files.filter((f) => f.name.startsWith(`${lang}_`));
  const index = ofLang(filesIn(join(PAGEFIND, 'index')));
  const fragments = ofLang(filesIn(join(PAGEFIND, 'fragment')));
  const filters = ofLang(filesIn(join(PAGEFIND, 'filter')));
  const meta = filesIn(PAGEFIND).filter((f) => f.name === `pagefind.${info?.hash}.pf_meta`);
  return {
    pages: info?.page_count ?? 0,
    meta: sum(meta),
    index: sum(index),
    indexFiles: index.length,
    fragments: sum(fragments),
    fragmentFiles: fragments.length,
    filters: sum(filters),
    total: sum(meta) + sum(index) + sum(fragments) + sum(filters),
  };
}

/** Pagefind's runtime as this site uses it (its own UI bundles are not loaded). */
function runtimeSize(): number {
  return sum(filesIn(PAGEFIND).filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/.test(f.name)));
}

// ---------------------------------------------------------------- first queries

interface Fetched {
  bytes: number;
  gzipBytes: number;
  requests: number;
  byKind: Record<string, number>;
  ms: number;
  /**
   * Header box: milliseconds from the last key of the query to the box
   * announcing the results of the whole query (the reader's wait once the
   * query is typed; the box's loading from the focus on is still under way).
   */
  afterTyping?: number;
  /** Milliseconds from each later key press to its results (header box). */
  later?: number[];
}

/** What search costs: Pagefind's files and the page's scripts (fonts and styles are the page's own). */
const isSearchFile = (path: string): boolean =>
  path.startsWith('/pagefind/') ||
  path.endsWith('.js') ||
  path.endsWith('/search-values.json') ||
  path.endsWith('/search-spellings.json');

function kindOf(path: string): string {
  if (path.startsWith('/_astro/')) return 'search UI';
  if (/\/pagefind\/(pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json)/.test(path)) return 'runtime';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('/search-values.json')) return 'filter names';
  if (path.endsWith('/search-spellings.json')) return 'spellings';
  return 'other';
}

/**
 * Records every response from now on that came over the network; `done()`
 * returns the totals. One served from Chromium's HTTP cache (the search box
 * fetches Pagefind's files early, and Pagefind's own requests then find them
 * there) received nothing: it is not counted again.
 */
function watch(page: Page, keep: (path: string) => boolean): () => Promise<Omit<Fetched, 'ms'>> {
  const pending: Promise<[string, Buffer] | undefined>[] = [];
  let counting = true;
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!counting || !keep(path)) return;
    const received = response
      .request()
      .sizes()
      .then((sizes) => sizes.responseHeadersSize + sizes.responseBodySize > 0)
      .catch(() => true);
    // A response still arriving when the page closes has no body to read: it is not counted.
    const body = response.body().catch(() => Buffer.alloc(0));
    pending.push(
      Promise.all([received, body]).then(([fromNetwork, bytes]) =>
        fromNetwork ? ([path, bytes] as [string, Buffer]) : undefined,
      ),
    );
  });
  return async () => {
    counting = false;
    const bodies = (await Promise.all(pending)).filter((entry) => entry !== undefined);
    const byKind: Record<string, number> = {};
    let bytes = 0;
    let gzipBytes = 0;
    for (const [path, body] of bodies) {
      byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + body.length;
      bytes += body.length;
      gzipBytes += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
    }
    return { bytes, gzipBytes, requests: bodies.length, byKind };
  };
}

/** A dated entry page of the language from the sitemap, else the home page. */
function anyEntryPage(lang: Lang): string {
  const sitemap = join(DIST, 'sitemap-0.xml');
  const paths = existsSync(sitemap)
    ? [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname)
    : [];
  const place = entryPath(lang, 'places', 'da-nang');
  if (paths.includes(place)) return place;
  return paths.find((p) => p.startsWith(`/${lang}/`) && p.split('/').length === 5) ?? `/${lang}/`;
}

type Measure = (browser: Browser, base: string, lang: Lang, query: string) => Promise<Fetched>;

async function headerQuery(
  browser: Browser,
  base: string,
  lang: Lang,
  query: string,
  { throttled = false, more = '' }: { throttled?: boolean; more?: string } = {},
): Promise<Fetched> {
  const page = await browser.newPage();
  await page.goto(base + anyEntryPage(lang), { waitUntil: 'networkidle' });
  if (throttled) await throttle(page);
  const done = watch(page, isSearchFile);
  const input = page.locator('#header-search');
  // Timed by the page's own clock, from the focus to the first suggestion in the list, and from
  // the last key to the announcement of the whole query's results: timed from here, Playwright's
  // round trips and its polling of a page slowed 4× would add 200–300 ms.
  type Clock = { benchFocus?: number; benchShown?: number; benchLastKey?: number; benchAnswered?: number };
  await page.evaluate((text) => {
    const w = window as unknown as Clock;
    const box = document.querySelector('#header-search');
    box?.addEventListener('focus', () => (w.benchFocus = performance.now()));
    // The keys of the first query only (the later keys of a run come after its answer).
    box?.addEventListener('input', () => {
      if (w.benchAnswered === undefined) w.benchLastKey = performance.now();
    });
    const list = document.querySelector('#header-search-listbox');
    if (list)
      new MutationObserver((_, observer) => {
        if (!list.querySelector('[role="option"]')) return;
        w.benchShown = performance.now();
        observer.disconnect();
      }).observe(list, { childList: true });
    const status = document.querySelector('header [role="status"]');
    if (status)
      new MutationObserver((_, observer) => {
        if (!status.textContent?.includes(`“${text}”`)) return;
        w.benchAnswered = performance.now();
        observer.disconnect();
      }).observe(status, { childList: true, characterData: true, subtree: true });
  }, query.trim());
  await input.focus();
  await input.pressSequentially(query);
  await page.locator('#header-search-listbox [role="option"]').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as Clock).benchAnswered !== undefined, null, {
    timeout: 60_000,
  });
  const { ms, afterTyping } = await page.evaluate(() => {
    const w = window as unknown as Clock;
    return {
      ms: (w.benchShown ?? Number.NaN) - (w.benchFocus ?? Number.NaN),
      afterTyping: (w.benchAnswered ?? Number.NaN) - (w.benchLastKey ?? Number.NaN),
    };
  });
  // Each later key: from the key press until the box announces the results of the text now in it.
  const later: number[] = [];
  let typed = query;
  for (const key of more) {
    typed += key;
    const pressed = performance.now();
    await input.pressSequentially(key);
    await page.waitForFunction(
      (text) => document.querySelector('header [role="status"]')?.textContent?.includes(`“${text}”`) ?? false,
      typed.trim(),
    );
    later.push(performance.now() - pressed);
  }
  await page.waitForLoadState('networkidle');
  const result = { ...(await done()), ms, afterTyping, ...(later.length ? { later } : {}) };
  await page.close();
  return result;
}

async function pageQuery(
  browser: Browser,
  base: string,
  lang: Lang,
  query: string,
  more: Record<string, string> = {},
): Promise<Fetched> {
  const page = await browser.newPage();
  const done = watch(page, isSearchFile);
  const started = performance.now();
  await page.goto(`${base}${pagePath(lang, 'search')}?${new URLSearchParams({ q: query, ...more })}`);
  await page.locator('.result').first().waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const result = { ...(await done()), ms };
  await page.close();
  return result;
}

// ---------------------------------------------------------------- report

interface Run {
  label: string;
  date: string;
  chromium: string;
  index: Record<Lang, ReturnType<typeof indexSize>>;
  runtime: number;
  /** Bytes of the inline scripts of an entry page. */
  bootstrap: number;
  queries: { name: string; fetched: Fetched }[];
}

function inlineScriptBytes(path: string): number {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g),
  ].reduce((total, m) => total + Buffer.byteLength(m[1] ?? ''), 0);
}

const kb = (bytes: number): string =>
  bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
const num = (n: number): string => n.toLocaleString('en-GB');

function table(runs: Run[]): string {
  const head = `| Measure | ${runs.map((r) => r.label).join(' | ')} |\n| --- |${runs.map(() => ' ---: |').join('')}`;
  const row = (name: string, cell: (run: Run) => string) => `| ${name} | ${runs.map(cell).join(' | ')} |`;
  const rows = [
    row('Pages indexed (vi / en)', (r) => `${num(r.index.vi.pages)} / ${num(r.index.en.pages)}`),
    ...(['vi', 'en'] as const).map((lang) =>
      row(
        `Index, ${lang}: total (metadata + word chunks + fragments + filters)`,
        (r) =>
          `${kb(r.index[lang].total)} (${kb(r.index[lang].meta)} + ${kb(r.index[lang].index)} in ${r.index[lang].indexFiles} + ${kb(r.index[lang].fragments)} in ${num(r.index[lang].fragmentFiles)} + ${kb(r.index[lang].filters)})`,
      ),
    ),
    row('Pagefind runtime (pagefind.js, worker, WebAssembly), shared', (r) => kb(r.runtime)),
    row('Header box bootstrap, inline in every page (loads nothing)', (r) => `${r.bootstrap} bytes`),
  ];
  const names = [...new Set(runs.flatMap((r) => r.queries.map((q) => q.name)))];
  for (const name of names) {
    const get = (r: Run) => r.queries.find((q) => q.name === name)?.fetched;
    rows.push(
      row(`${name}: bytes fetched (with gzip)`, (r) => {
        const f = get(r);
        return f ? `${kb(f.bytes)} (${kb(f.gzipBytes)}) in ${f.requests} requests` : '–';
      }),
      row(`${name}: of which search UI / runtime / metadata / index / fragments / filters`, (r) => {
        const f = get(r);
        if (!f) return '–';
        const k = f.byKind;
        return ['search UI', 'runtime', 'metadata', 'index chunks', 'fragments', 'filters']
          .map((x) => kb(k[x] ?? 0))
          .join(' / ');
      }),
      row(`${name}: time to results (median)`, (r) => {
        const f = get(r);
        return f ? `${Math.round(f.ms)} ms` : '–';
      }),
    );
    if (runs.some((r) => get(r)?.afterTyping !== undefined))
      rows.push(
        row(`${name}: from the last key to the results of the whole query (median)`, (r) => {
          const after = get(r)?.afterTyping;
          return after === undefined ? '–' : `${Math.round(after)} ms`;
        }),
      );
    if (runs.some((r) => get(r)?.later))
      rows.push(
        row(`${name}: each later key to its results (median, slowest)`, (r) => {
          const later = [...(get(r)?.later ?? [])].sort((a, b) => a - b);
          return later.length
            ? `${Math.round(later[Math.floor(later.length / 2)] ?? 0)} ms, ${Math.round(later.at(-1) ?? 0)} ms`
            : '–';
        }),
      );
  }
  return [head, ...rows].join('\n');
}

function previousRuns(): Run[] {
  const text = readFileSync('BENCHMARKS.md', 'utf8');
  const match = new RegExp(`<!-- ${DATA_MARK} (.*?) -->`, 's').exec(text);
  return match ? (JSON.parse(match[1] as string) as Run[]) : [];
}

async function main(): Promise<void> {
  const server = await serveStatic(DIST);
  const base = server.url;
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  try {
    const index = { vi: indexSize('vi'), en: indexSize('en') };
    const queries: Run['queries'] = [];
    const cases: [string, Lang, string, Measure][] = [
      [
        `Header box, vi, first query “${args['query-vi']}”`,
        'vi',
        args['query-vi'],
        (b, url, lang, query) => headerQuery(b, url, lang, query),
      ],
      [
        'Header box, vi, first query “dien tu”',
        'vi',
        'dien tu',
        (b, url, lang, query) => headerQuery(b, url, lang, query),
      ],
      [
        `Header box, en, first query “${args['query-en']}”`,
        'en',
        args['query-en'],
        (b, url, lang, query) => headerQuery(b, url, lang, query),
      ],
      [
        `Header box, vi, first query “${args['query-vi']}”, throttled (slow 4G, 4× CPU)`,
        'vi',
        args['query-vi'],
        (b, url, lang, query) => headerQuery(b, url, lang, query, { throttled: true }),
      ],
      [
        `Header box, vi, “chuyển” then each later key of “ đổi số”`,
        'vi',
        'chuyển',
        (b, url, lang, query) => headerQuery(b, url, lang, query, { more: ' đổi số' }),
      ],
      [
        `Search page, vi, first query “${args['query-vi']}”`,
        'vi',
        args['query-vi'],
        (b, url, lang, query) => pageQuery(b, url, lang, query),
      ],
      [
        `Search page, vi, both languages, first query “${args['query-vi']}”`,
        'vi',
        args['query-vi'],
        (b, url, lang, query) => pageQuery(b, url, lang, query, { both: '1' }),
      ],
    ];
    for (const [name, lang, query, run] of cases) {
      const tries: Fetched[] = [];
      for (let i = 0; i < RUNS; i += 1) tries.push(await run(browser, base, lang, query));
      const afterTyping = tries.flatMap((t) => (t.afterTyping === undefined ? [] : [t.afterTyping]));
      const later = tries.flatMap((t) => t.later ?? []);
      const fetched = {
        ...(tries[0] as Fetched),
        ms: median(tries.map((t) => t.ms)),
        ...(afterTyping.length ? { afterTyping: median(afterTyping) } : {}),
        ...(later.length ? { later } : {}),
      };
      const after =
        fetched.afterTyping === undefined ? '' : ` (${Math.round(fetched.afterTyping)} ms after the last key)`;
      console.log(
        `${name}: ${kb(fetched.bytes)} in ${fetched.requests} requests, ${Math.round(fetched.ms)} ms${after}`,
      );
      queries.push({ name, fetched });
    }
    const label = args.label ?? `\`${DIST}\` (${num(index.vi.pages + index.en.pages)} pages)`;
    const run: Run = {
      label,
      date: new Date().toISOString().slice(0, 10),
      chromium: browser.version(),
      index,
      runtime: runtimeSize(),
      bootstrap: inlineScriptBytes(anyEntryPage('vi')),
      queries,
    };
    const runs = [...previousRuns().filter((r) => r.label !== label), run];
    await writeSection(
      SECTION,
      [
        '## Search (`npm run bench:search -- <dist>`)',
        '',
        'Pagefind index of a built site and the bytes a reader’s first query fetches, in Chromium ' +
          `${run.chromium}. Bytes are response bodies before HTTP compression (Pagefind’s index files are ` +
          'gzip-compressed already); in brackets, what a host gzipping JavaScript and JSON sends. The ' +
          'header box fetches nothing before its first focus; its figures count everything from that focus to ' +
          'the suggestions being shown and the network idle, and its times run, by the page’s clock, from the focus ' +
          'to the first suggestion in the list (the columns before the “early fetches” ones were timed by ' +
          'Playwright, which adds its own round trips: 0–20 ms unthrottled, 200–300 ms throttled), and, from the ' +
          '“chunks ahead” columns on, also from the last key of the query to the box announcing the results of the ' +
          'whole query (Playwright types a key every 10–20 ms, so the loading started by the focus is still under ' +
          'way then). The search page also loads the filter index.',
        '',
        table(runs),
        '',
        `Columns measured on ${runs.map((r) => `${r.label}: ${r.date}`).join('; ')}. ${machineReport()}`,
        '',
        `<!-- ${DATA_MARK} ${JSON.stringify(runs)} -->`,
      ].join('\n'),
    );
    console.log('BENCHMARKS.md updated (section "search").');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
