/**
 * `node scripts/profile-search.mjs <dist> <vi|en> <query> [runs]`: a first
 * query in the header box, taken apart (BENCHMARKS.md, issue 16). Pagefind's
 * `pagefind.js` is served through a wrapper that times each call (options,
 * init, every search, every fragment read); requests come from Chromium's
 * network timings; the moment the first suggestion enters the list is read
 * in the page. Prints the last run's timeline and every run's time from the
 * focus to the first suggestion, with their median.
 *
 * `THROTTLE=1`: under Lighthouse's mobile throttling (`lib/throttle.ts`).
 * `WRAP=0`: Pagefind as served, without the timing wrapper (Playwright's
 * routing, which serves the wrapper, turns Chromium's HTTP cache off, and
 * the search box's early fetches rely on it).
 */
import { chromium } from '@playwright/test';
import { findChromium } from './browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { throttle } from './lib/throttle.ts';
const [dist, lang, query, runsArg] = process.argv.slice(2);
const server = await serveStatic(dist, 0);
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
const wrapper = `
import * as real from '/pagefind/pagefind.js?real';
const t0 = () => (window.__t0 ?? 0);
const log = (what, start) => (window.__log ??= []).push([what, Math.round(start - t0()), Math.round(performance.now() - t0())]);
const wrapResult = (r, term) => ({ ...r, data: async () => { const s = performance.now(); const d = await r.data(); log('data ' + r.id.slice(0, 8), s); return d; } });
export const options = async (o) => { const s = performance.now(); await real.options(o); log('options', s); };
export const init = async () => { const s = performance.now(); await real.init(); log('init', s); };
export const search = async (term, o) => { const s = performance.now(); const r = await real.search(term, o); log('search ' + JSON.stringify(term) + ' -> ' + (r?.results.length ?? 0), s); return r && { ...r, results: r.results.map((x) => wrapResult(x, term)) }; };
export const filters = async () => { const s = performance.now(); const f = await real.filters(); log('filters', s); return f; };
export const preload = (...a) => real.preload?.(...a);
export const debouncedSearch = (...a) => real.debouncedSearch(...a);
export const mergeIndex = (...a) => real.mergeIndex(...a);
export const destroy = (...a) => real.destroy?.(...a);
`;
const path = lang === 'vi' ? '/vi/dia-phuong/da-nang/' : '/en/places/da-nang/';
const totals = [];
for (let run = 0; run < Number(runsArg ?? 3); run++) {
  const page = await browser.newPage();
  if (process.env.WRAP !== '0')
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: wrapper }),
    );
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  if (process.env.THROTTLE === '1') await throttle(page);
  const reqs = [];
  page.context().on('requestfinished', (r) => {
    const t = r.timing();
    reqs.push([new URL(r.url()).pathname.replace(/^\/pagefind\//, 'pf/'), t.startTime, t.startTime + t.responseEnd]);
  });
  const input = page.locator('#header-search');
  await page.evaluate(() => {
    window.__t0 = performance.now();
    const box = document.querySelector('#header-search-listbox');
    new MutationObserver(() => {
      if (!window.__shown && box.querySelector('[role=option]')) window.__shown = performance.now() - window.__t0;
    }).observe(box, { childList: true });
  });
  const focusWall = Date.now() - (await page.evaluate(() => performance.now() - window.__t0));
  await input.focus();
  const started = Date.now();
  await input.pressSequentially(query);
  await page.evaluate(() => {
    window.__typed = performance.now() - window.__t0;
  });
  await page.locator('#header-search-listbox [role="option"]').first().waitFor();
  const wall = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const out = await page.evaluate(() => ({
    typed: Math.round(window.__typed),
    shown: Math.round(window.__shown),
    log: window.__log ?? [],
    res: performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= window.__t0)
      .map((e) => [
        new URL(e.name).pathname.replace(/^\/pagefind\//, 'pf/'),
        Math.round(e.startTime - window.__t0),
        Math.round(e.responseEnd - window.__t0),
        e.transferSize,
      ]),
  }));
  totals.push(out.shown);
  if (run === Number(runsArg ?? 3) - 1) {
    console.log('typed at', out.typed, 'ms; shown at', out.shown, 'ms; seen by Playwright at', wall, 'ms (from focus)');
    const data = out.log.filter(([n]) => n.startsWith('data'));
    for (const [n, s, e] of out.log.filter(([n]) => !n.startsWith('data')))
      console.log('  call', n.padEnd(60), s, '->', e);
    if (data.length)
      console.log(
        '  call',
        (data.length + ' x data()').padEnd(60),
        Math.min(...data.map((d) => d[1])),
        '->',
        Math.max(...data.map((d) => d[2])),
      );
    const groups = new Map();
    for (const [n, s, e] of reqs) {
      const k = n.replace(/[a-z]{2}_[0-9a-f]+\.pf_(fragment|index)$/, '$1').replace(/\.pf_meta$/, '.meta');
      const g = groups.get(k) ?? { n: 0, s: Infinity, e: 0 };
      g.n++;
      g.s = Math.min(g.s, s - focusWall);
      g.e = Math.max(g.e, e - focusWall);
      groups.set(k, g);
    }
    for (const [k, g] of groups)
      console.log('  net ', (g.n + ' x ' + k).slice(0, 58).padEnd(60), Math.round(g.s), '->', Math.round(g.e));
  }
  await page.close();
}
console.log('runs', totals.join(' '), 'median', totals.sort((a, b) => a - b)[Math.floor(totals.length / 2)]);
await browser.close();
await server.close();
