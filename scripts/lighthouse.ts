/**
 * `npm run lighthouse`: Lighthouse with its default mobile settings (emulated
 * phone, simulated slow 4G and CPU) on one page of every template (home,
 * entries, an index, history, Changes, timeline, search, the trust pages and
 * the embeds) in both languages, against the built site
 * served locally with the system Chromium. Writes the four category scores,
 * LCP, TBT, CLS and transferred bytes to BENCHMARKS.md (section "lighthouse")
 * and exits 1 if a template misses its target.
 *
 * Each page is measured three times (`LIGHTHOUSE_RUNS`) and the median run
 * (by FCP and TTI, Lighthouse's own `computeMedianRun`) is kept: a single
 * run's simulated timings move with whatever else the machine is doing.
 *
 * Target: 100 in all four categories on every template, the timeline and
 * its embeddable view included. The embeddable views are
 * kept out of search engines on purpose (`noindex`): for them the SEO score
 * leaves out the one audit that asks to be indexed (`is-crawlable`).
 *
 * `npm run lighthouse -- changes timeline` runs only the named templates and
 * prints where each page's main thread spends its time and its long tasks,
 * without touching BENCHMARKS.md: for investigating one template.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { findChromium } from './browser.ts';
import { machineReport, writeSection } from './lib/benchmarks.ts';
import { serveStatic } from './lib/static-server.ts';

const PORT = 4321;
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const ORIGIN = `http://localhost:${PORT}`;
const PAGES = [
  { template: 'home', vi: '/vi/', en: '/en/' },
  {
    template: 'event',
    vi: '/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/',
    en: '/en/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/',
  },
  {
    template: 'partnership',
    vi: '/vi/hop-tac/hoa-vang-vnpt-2022-2026/',
    en: '/en/partnerships/hoa-vang-vnpt-2022-2026/',
  },
  {
    template: 'history',
    vi: '/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/lich-su/',
    en: '/en/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/history/',
  },
  { template: 'changes', vi: '/vi/thay-doi/', en: '/en/changes/' },
  { template: 'timeline', vi: '/vi/dong-thoi-gian/', en: '/en/timeline/' },
  { template: 'search', vi: '/vi/tim-kiem/?q=chuyen+doi+so', en: '/en/search/?q=digital+transformation' },
  { template: 'how we source', vi: '/vi/cach-dan-nguon/', en: '/en/how-we-source/' },
  { template: 'accessibility', vi: '/vi/kha-nang-tiep-can/', en: '/en/accessibility/' },
  { template: 'open data', vi: '/vi/du-lieu-mo/', en: '/en/open-data/' },
  { template: 'index', vi: '/vi/su-kien/', en: '/en/events/' },
  { template: 'place', vi: '/vi/dia-phuong/da-nang/', en: '/en/places/da-nang/' },
  {
    template: 'embed-timeline',
    vi: '/vi/nhung/dong-thoi-gian/?group=locality',
    en: '/en/embed/timeline/?group=locality',
    noindex: true,
  },
  {
    template: 'embed-card',
    vi: '/vi/nhung/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/',
    en: '/en/embed/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/',
    noindex: true,
  },
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html')) {
  console.error(
    'No built site in dist/. Run `npm run build` first (with the default SITE_URL, so canonical URLs match the local server).',
  );
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found. Run `node scripts/ensure-browser.ts` or set CHROMIUM_PATH.');
  process.exit(1);
}

const server = await serveStatic('dist', PORT);

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

interface Row {
  template: string;
  lang: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

const only = process.argv.slice(2);
const unknown = only.filter((t) => !PAGES.some((p) => p.template === t));
if (unknown.length) {
  console.error(`Unknown template(s): ${unknown.join(', ')}. Known: ${PAGES.map((p) => p.template).join(', ')}.`);
  process.exit(2);
}
const rows: Row[] = [];
try {
  for (const page of PAGES.filter((p) => only.length === 0 || only.includes(p.template))) {
    for (const lang of ['vi', 'en'] as const) {
      const noindex = 'noindex' in page && page.noindex;
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(
          `${ORIGIN}${page[lang]}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          noindex ? { extends: 'lighthouse:default', settings: { skipAudits: ['is-crawlable'] } } : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page[lang]}`);
        runs.push(result.lhr);
      }
      const lhr = computeMedianRun(runs) as (typeof runs)[number];
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const row: Row = {
        template: page.template,
        lang,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as Row['scores'],
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
      };
      rows.push(row);
      const failing = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map(([id]) => id);
      console.log(
        `${page.template} (${lang}): ${CATEGORIES.map((c) => `${c} ${row.scores[c]}`).join(', ')}${failing.length ? ` — below 1: ${failing.slice(0, 8).join(', ')}` : ''}`,
      );
      if (only.length) {
        const details = (id: string) =>
          (lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        console.log(`  TBT ${Math.round(row.tbt)} ms, LCP ${Math.round(row.lcp)} ms`);
        for (const item of details('mainthread-work-breakdown'))
          console.log(`  main thread: ${String(item.groupLabel)} ${Math.round(Number(item.duration))} ms`);
        for (const item of details('long-tasks'))
          console.log(
            `  long task: ${Math.round(Number(item.duration))} ms at ${Math.round(Number(item.startTime))} ms (${String(item.url)})`,
          );
        for (const item of details('bootup-time'))
          console.log(`  script: ${String(item.url)} ${Math.round(Number(item.total))} ms`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

if (only.length) process.exit(0);
const misses = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] < 100));
const table = [
  '## Lighthouse, mobile (`npm run lighthouse`)',
  '',
  `Lighthouse defaults: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown; system Chromium; the built site served by \`scripts/serve.ts\`, which compresses text as production hosts do. Each page is measured ${RUNS} times and the median run kept (Lighthouse’s \`computeMedianRun\`). Target: 100 in every category on every template. The embeddable views (timeline and card) say \`noindex\` on purpose, so their SEO score leaves out the audit that asks a page to be indexable (\`is-crawlable\`).`,
  '',
  '| page | lang | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.template} | ${r.lang} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(0)} KiB |`,
  ),
  '',
  misses.length === 0
    ? 'Every template meets its target.'
    : `Below target: ${misses.map((r) => `${r.template} (${r.lang})`).join(', ')}.`,
  '',
  machineReport(),
].join('\n');
await writeSection('lighthouse', table);
console.log('\nBENCHMARKS.md updated.');
process.exit(misses.length === 0 ? 0 : 1);
