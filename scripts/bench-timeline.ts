/**
 * `npm run bench:timeline`: builds the site from a synthetic content tree
 * with 5,000 dated timeline items (partnerships and events with realistic
 * lanes and a mix of date precisions, plus some undated ones), opens the
 * timeline page in Chromium and measures what a reader waits for: first
 * paint, the first drawing of the timeline, the redraw after a zoom and
 * after a filter change, the JavaScript heap, long tasks, and the page's
 * JavaScript (gzip). Writes the figures into BENCHMARKS.md between
 * `<!-- timeline:start -->` and `<!-- timeline:end -->`.
 *
 * Options: --items N (default 5000), --runs N (default 3), --port N
 * (default 4331), --skip-build (reuse the last bench build).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { MAX_DRAWN } from '../src/components/timeline/windowing.ts';
import { findChromium } from './browser.ts';
import { median, writeSection } from './lib/benchmarks.ts';
import { serveStatic } from './lib/static-server.ts';
import { random } from './lib/synthetic.ts';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4331' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const ITEMS = Number(args.items);
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const CONTENT = '.dev-content-bench-timeline';
const DIST = 'dist-bench-timeline';
const BIN = 'node_modules/.bin';
const CHROMIUM = findChromium();
const launch = (args: string[] = ['--no-sandbox']) =>
  chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args });

// ---------------------------------------------------------------- synthetic content

const rand = random(20_221_122);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const PROVINCES = [
  ['ha-noi', 'Hà Nội', 'Hanoi'],
  ['ho-chi-minh', 'TP. Hồ Chí Minh', 'Ho Chi Minh City'],
  ['da-nang', 'Đà Nẵng', 'Da Nang'],
  ['hai-phong', 'Hải Phòng', 'Hai Phong'],
  ['can-tho', 'Cần Thơ', 'Can Tho'],
  ['thua-thien-hue', 'Thừa Thiên Huế', 'Thua Thien Hue'],
  ['quang-ninh', 'Quảng Ninh', 'Quang Ninh'],
  ['binh-duong', 'Bình Dương', 'Binh Duong'],
  ['khanh-hoa', 'Khánh Hòa', 'Khanh Hoa'],
  ['nghe-an', 'Nghệ An', 'Nghe An'],
  ['lam-dong', 'Lâm Đồng', 'Lam Dong'],
  ['dong-thap', 'Đồng Tháp', 'Dong Thap'],
] as const;
const COMPANIES = [
  ['viettel', 'Viettel'],
  ['vnpt', 'VNPT'],
  ['fpt', 'FPT'],
  ['cmc', 'CMC'],
  ['mobifone', 'MobiFone'],
  ['meta', 'Meta'],
  ['microsoft', 'Microsoft'],
  ['grab', 'Grab'],
] as const;
const THEMES = [
  ['chinh-quyen-so', 'Chính quyền số', 'Digital government'],
  ['kinh-te-so', 'Kinh tế số', 'Digital economy'],
  ['xa-hoi-so', 'Xã hội số', 'Digital society'],
  ['ha-tang-so', 'Hạ tầng số', 'Digital infrastructure'],
  ['ky-nang-so', 'Kỹ năng số', 'Digital skills'],
  ['thanh-pho-thong-minh', 'Thành phố thông minh', 'Smart city'],
  ['du-lieu', 'Dữ liệu', 'Data'],
  ['y-te-so', 'Y tế số', 'Digital health'],
] as const;
const EVENT_KINDS = [
  ['signing', 'Ký kết', 'Signing'],
  ['launch', 'Khởi động', 'Launch'],
  ['opening', 'Khai trương', 'Opening'],
  ['training', 'Đào tạo', 'Training'],
  ['result', 'Kết quả', 'Result'],
] as const;

interface Files {
  [path: string]: string;
}

/** Front matter of a prose file; long titles get the short title the schema asks for. */
function front(title: string, summary: string): string {
  const short = title.length > 70 ? `shortTitle: ${JSON.stringify(`${title.slice(0, 66).trimEnd()}…`)}\n` : '';
  return `---\ntitle: ${JSON.stringify(title)}\n${short}summary: ${JSON.stringify(summary)}\n---\n\n`;
}

const prose = (vi: string, en: string, summary: [string, string]): Files => ({
  'vi.mdx': `${front(vi, summary[0])}Nội dung thử nghiệm.\n`,
  'en.mdx': `${front(en, summary[1])}Benchmark body.\n`,
});

function entry(files: Map<string, Files>, collection: string, id: string, facts: string, words: Files): void {
  files.set(`${collection}/${id}`, { 'facts.yaml': facts, ...words });
}

/** A date of a partnership's period, EDTF, in a realistic mix. */
function period(): { edtf: string; from: number; to: number } {
  const year = int(2015, 2024);
  const roll = rand();
  if (roll < 0.5) {
    const to = Math.min(year + int(1, 5), 2030);
    return { edtf: `${year}/${to}`, from: year, to };
  }
  if (roll < 0.8) return { edtf: `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}/..`, from: year, to: 2025 };
  return { edtf: String(year), from: year, to: year };
}

/** An event date within [from, to] years, EDTF plus an optional part of the month. */
function eventDate(from: number, to: number, afterOpenStart: string | null): { date: string; part?: string } {
  // An open period starts on a day; keep its events from the year after, so they always fall within it.
  const year = int(afterOpenStart ? from + 1 : from, Math.max(to, afterOpenStart ? from + 1 : from));
  const roll = rand();
  if (roll < 0.45) return { date: `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}` };
  if (roll < 0.6) return { date: `${year}-${pad(int(1, 12))}`, part: pick(['early', 'mid', 'late']) };
  if (roll < 0.75) return { date: `${year}-${pad(int(1, 12))}` };
  if (roll < 0.9) return { date: String(year) };
  return { date: `${year}?-${pad(int(1, 12))}-${pad(int(1, 28))}` };
}

function syntheticTree(items: number): { files: Map<string, Files>; counts: Record<string, number> } {
  const files = new Map<string, Files>();
  /** Names of places and organisations (vi, en), for realistic titles and labels. */
  const names = new Map<string, [string, string]>();
  const sum = (what: string): [string, string] => [
    `Mục thử nghiệm cho đo hiệu năng: ${what}.`,
    `A benchmark entry standing in for ${what}.`,
  ];
  const source = 'bench-nguon';
  entry(
    files,
    'sources',
    source,
    `publisher: Bench\npublished: 2025-06-30\nlanguage: vi\narchiveFile: bench.txt\n`,
    prose('Nguồn thử nghiệm', 'Benchmark source', sum('a source')),
  );
  entry(
    files,
    'places',
    'viet-nam',
    `level: country\nsources: [${source}]\n`,
    prose('Việt Nam', 'Viet Nam', sum('the country')),
  );
  const districts: Record<string, string[]> = {};
  for (const [id, vi, en] of PROVINCES) {
    names.set(id, [vi, en]);
    entry(files, 'places', id, `level: province\nparent: viet-nam\nsources: [${source}]\n`, prose(vi, en, sum(en)));
    entry(files, 'organizations', `ubnd-${id}`, `kind: government\nplaces: [${id}]\nsources: [${source}]\n`, {
      ...prose(`UBND ${vi}`, `${en} People's Committee`, sum(`${en} People's Committee`)),
    });
    districts[id] = [];
    for (let k = 1; k <= 4; k++) {
      const district = `${id}-quan-${k}`;
      districts[id].push(district);
      names.set(district, [`Quận ${k}, ${vi}`, `District ${k}, ${en}`]);
      entry(
        files,
        'places',
        district,
        `level: district\nparent: ${id}\nsources: [${source}]\n`,
        prose(`Quận ${k}, ${vi}`, `District ${k}, ${en}`, sum(`a district of ${en}`)),
      );
    }
  }
  const partnerOrgs: string[] = [];
  for (const [id, name] of COMPANIES) {
    names.set(id, [name, name]);
    entry(files, 'organizations', id, `kind: company\nsources: [${source}]\n`, prose(name, name, sum(name)));
    partnerOrgs.push(id);
    for (const [province, vi, en] of PROVINCES.slice(0, 4)) {
      const branch = `${id}-${province}`;
      names.set(branch, [`${name} ${vi}`, `${name} ${en}`]);
      entry(
        files,
        'organizations',
        branch,
        `kind: branch\nparent: ${id}\nplaces: [${province}]\nsources: [${source}]\n`,
        prose(`${name} ${vi}`, `${name} ${en}`, sum(`${name}'s ${en} branch`)),
      );
      partnerOrgs.push(branch);
    }
  }
  THEMES.forEach(([id, vi, en], order) =>
    entry(files, 'themes', id, `order: ${order}\n`, prose(vi, en, sum(`the theme ${en}`))),
  );

  const partnershipCount = Math.round(items / 10);
  const partnerships: { id: string; from: number; to: number; open: string | null; partner: string; place: string }[] =
    [];
  for (let i = 1; i <= partnershipCount + 10; i++) {
    const id = `bench-hop-tac-${pad(i, 5)}`;
    const undated = i > partnershipCount;
    const p = undated ? { edtf: 'unknown', from: 2015, to: 2025 } : period();
    const partner = pick(partnerOrgs);
    const [province] = pick(PROVINCES);
    const place = rand() < 0.5 ? province : pick(districts[province] as string[]);
    const themes = [pick(THEMES)[0], pick(THEMES)[0]].filter((t, k, all) => all.indexOf(t) === k);
    const [partnerVi, partnerEn] = names.get(partner) as [string, string];
    const [placeVi, placeEn] = names.get(place) as [string, string];
    entry(
      files,
      'partnerships',
      id,
      [
        `kind: ${pick(['memorandum', 'agreement', 'programme', 'project'])}`,
        `partners: [${partner}]`,
        `counterparts: [ubnd-${province}]`,
        `localities: [${place}]`,
        `period: '${p.edtf}'`,
        `status: ${pick(['signed', 'under-way', 'completed', 'not-stated'])}`,
        `themes: [${themes.join(', ')}]`,
        `sources: [${source}]`,
        '',
      ].join('\n'),
      prose(
        `${partnerVi} – ${placeVi}: hợp tác số ${i}`,
        `${partnerEn} – ${placeEn}: partnership ${i}`,
        sum(`partnership ${i}`),
      ),
    );
    if (!undated) {
      partnerships.push({
        id,
        from: p.from,
        to: p.to,
        open: p.edtf.endsWith('/..') ? p.edtf : null,
        partner,
        place,
      });
    }
  }

  const orgVi = (id: string) => names.get(id)?.[0] ?? `UBND ${names.get(id.replace('ubnd-', ''))?.[0]}`;
  const orgEn = (id: string) => names.get(id)?.[1] ?? `${names.get(id.replace('ubnd-', ''))?.[1]} People's Committee`;
  const eventCount = items - partnershipCount;
  for (let i = 1; i <= eventCount + 50; i++) {
    const id = `bench-su-kien-${pad(i, 5)}`;
    const undated = i > eventCount;
    const linked = rand() < 0.6 ? pick(partnerships) : null;
    const when = undated
      ? { date: 'unknown' }
      : linked
        ? eventDate(linked.from, linked.to, linked.open)
        : eventDate(2015, 2025, null);
    const [province] = pick(PROVINCES);
    const place = linked?.place ?? (rand() < 0.4 ? province : pick(districts[province] as string[]));
    const org = linked?.partner ?? (rand() < 0.5 ? pick(partnerOrgs) : `ubnd-${province}`);
    const [kind, kindVi, kindEn] = pick(EVENT_KINDS);
    entry(
      files,
      'events',
      id,
      [
        `kind: ${kind}`,
        `date: '${when.date}'`,
        ...('part' in when && when.part ? [`datePart: ${when.part}`] : []),
        ...(linked ? [`partnership: ${linked.id}`] : []),
        `organizations: [${org}]`,
        `places: [${place}]`,
        `themes: [${pick(THEMES)[0]}]`,
        `sources: [${source}]`,
        '',
      ].join('\n'),
      prose(
        `${kindVi}: ${orgVi(org)}, ${(names.get(place) as [string, string])[0]} (${i})`,
        `${kindEn}: ${orgEn(org)}, ${(names.get(place) as [string, string])[1]} (${i})`,
        sum(`event ${i}`),
      ),
    );
  }
  return {
    files,
    counts: { partnerships: partnershipCount, events: eventCount, undatedPartnerships: 10, undatedEvents: 50 },
  };
}

function writeTree(files: Map<string, Files>): void {
  rmSync(CONTENT, { recursive: true, force: true });
  for (const [dir, contents] of files) {
    mkdirSync(join(CONTENT, dir), { recursive: true });
    for (const [name, text] of Object.entries(contents)) writeFileSync(join(CONTENT, dir, name), text);
  }
}

// ---------------------------------------------------------------- build and serve

function build(): number {
  const started = performance.now();
  const result = spawnSync(`${BIN}/astro`, ['build', '--outDir', DIST], {
    env: { ...process.env, VDP_CONTENT_DIR: CONTENT },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The benchmark build failed.');
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------- measurements

interface Run {
  fcp: number;
  ready: number;
  zoom: number;
  zoomOut: number;
  filter: number;
  heapMb: number;
  longestTask: number;
  blocking: number;
  drawn: number;
}

/** Milliseconds from `start()` until vis-timeline has stopped redrawing for 300 ms. */
async function settle(page: Page, action: string): Promise<number> {
  return page.evaluate(async (what) => {
    const host = document.querySelector('vis-timeline-view') as HTMLElement;
    let last = 0;
    const onChange = () => (last = performance.now());
    host.addEventListener('vdp-timeline-changed', onChange);
    const t0 = performance.now();
    if (what === 'zoom-in') (document.querySelector('[data-zoom="in"]') as HTMLButtonElement).click();
    else if (what === 'zoom-out') (document.querySelector('[data-zoom="fit"]') as HTMLButtonElement).click();
    else {
      const select = document.querySelector('select[name="partner"]') as HTMLSelectElement;
      select.value = (select.options[1] as HTMLOptionElement).value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (last > 0 && performance.now() - last > 300) break;
      if (performance.now() - t0 > 20_000) break;
    }
    host.removeEventListener('vdp-timeline-changed', onChange);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return last - t0;
  }, action);
}

async function measure(url: string): Promise<Run> {
  const browser = await launch(['--no-sandbox', '--disable-gpu']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(url);
  await page.waitForSelector('vis-timeline-view[data-state="ready"]', { timeout: 120_000 });
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('timeline:ready')[0]?.startTime ?? NaN,
    tasks: (window as unknown as { __tasks: number[] }).__tasks,
  }));
  const drawn = await page.locator('[data-timeline-target] .vis-item').count();
  const zoom = await settle(page, 'zoom-in');
  const zoomOut = await settle(page, 'zoom-out');
  const filter = await settle(page, 'filter');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await browser.close();
  return {
    fcp: timing.fcp,
    ready: timing.ready,
    zoom,
    zoomOut,
    filter,
    heapMb: usedSize / 1024 / 1024,
    longestTask: Math.max(0, ...timing.tasks),
    blocking: timing.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    drawn,
  };
}

/** gzip sizes of what a page loads, scripts split by whether they load with the page or after first paint. */
async function assetSizes(url: string): Promise<{ initial: number; lazy: number; lazyCss: number }> {
  const browser = await launch();
  const page = await browser.newPage();
  const loaded: { path: string; type: string }[] = [];
  page.on('request', (r) => loaded.push({ path: new URL(r.url()).pathname, type: r.resourceType() }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const initialAssets = await page
    .locator('script[src], link[rel="stylesheet"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href')));
  await page.waitForSelector('vis-timeline-view[data-state="ready"]', { timeout: 120_000 });
  await browser.close();
  const size = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  const total = (type: string, initial: boolean) =>
    [...new Set(loaded.filter((r) => r.type === type).map((r) => r.path))]
      .filter((path) => initialAssets.includes(path) === initial)
      .reduce((sum, path) => sum + size(path), 0);
  return { initial: total('script', true), lazy: total('script', false), lazyCss: total('stylesheet', false) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

// ---------------------------------------------------------------- report

async function main(): Promise<void> {
  let buildSeconds: number | null = null;
  const tree = syntheticTree(ITEMS);
  if (!args['skip-build'] || !existsSync(join(DIST, 'index.html'))) {
    console.log(`Writing ${tree.files.size} synthetic entries to ${CONTENT}/ …`);
    writeTree(tree.files);
    console.log(`Building ${DIST}/ …`);
    buildSeconds = build();
  }
  const server = await serveStatic(DIST, PORT).catch((error: unknown) => {
    throw new Error(`Port ${PORT} is in use or ${DIST}/ is missing; pass --port with a free one.`, { cause: error });
  });
  try {
    const pages = { en: `http://localhost:${PORT}/en/timeline/`, vi: `http://localhost:${PORT}/vi/dong-thoi-gian/` };
    const dated = (JSON.parse(readFileSync(join(DIST, 'data/timeline.en.json'), 'utf8')) as { items: unknown[] }).items
      .length;
    const load = loadavg()[0] ?? 0;
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await measure(`${pages.en}?group=partner`);
      console.log(`run ${i + 1}:`, run);
      runs.push(run);
    }
    const js = { vi: await assetSizes(pages.vi), en: await assetSizes(pages.en) };
    const html = gzipSync(readFileSync(join(DIST, 'en/timeline/index.html')), { level: 9 }).length;
    const m = (key: keyof Run) => median(runs.map((r) => r[key]));
    const probe = await launch();
    const chromiumVersion = probe.version();
    await probe.close();
    const rows: [string, string][] = [
      [
        'Items on the timeline',
        `${dated.toLocaleString('en')} dated (${tree.counts['partnerships']} partnerships, ${tree.counts['events']} events: 45 % day, 15 % part of a month, 15 % month, 15 % year, 10 % year inferred); ${(tree.counts['undatedPartnerships'] ?? 0) + (tree.counts['undatedEvents'] ?? 0)} undated, listed apart`,
      ],
      [
        'Lanes and windowing',
        `by partner company (${COMPANIES.length} + “no partner”); only marks around the visible window are drawn, and above ${MAX_DRAWN} of them events are counted into clusters to zoom into`,
      ],
      ['First contentful paint (the list)', ms(m('fcp'))],
      ['Timeline drawn (navigation → first vis-timeline render)', ms(m('ready'))],
      ['Settled after zoom in', ms(m('zoom'))],
      ['Settled after “show all”', ms(m('zoomOut'))],
      ['Settled after a filter change (list + timeline)', ms(m('filter'))],
      ['JS heap after render (after GC)', `${m('heapMb').toFixed(1)} MB`],
      ['Longest main-thread task during load', ms(m('longestTask'))],
      ['Total blocking time during load', ms(m('blocking'))],
      ['vis items in the DOM after first render', String(m('drawn'))],
      ['HTML of the page (gzip)', kb(html)],
      ['JS loaded at page load (gzip): the custom element', kb(js.en.initial)],
      ['JS loaded after first paint (gzip), /en/: vis-timeline, moment, en-gb', kb(js.en.lazy)],
      ['JS loaded after first paint (gzip), /vi/: vis-timeline, moment, vi', kb(js.vi.lazy)],
      ['CSS loaded after first paint (gzip): vis-timeline and its theme', kb(js.en.lazyCss)],
      [
        'Total JS of the timeline page (gzip), budget 170 KB',
        `${kb(js.en.initial + js.en.lazy)} (en), ${kb(js.vi.initial + js.vi.lazy)} (vi)`,
      ],
      ...(buildSeconds
        ? ([
            ['`astro build` of the benchmark site (content cache kept between runs)', `${buildSeconds.toFixed(0)} s`],
          ] as [string, string][])
        : []),
    ];
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const markdown = [
      '## Timeline',
      '',
      `Written by \`npm run bench:timeline\` on ${new Date().toISOString().slice(0, 10)}: a synthetic content tree built with \`astro build\`, the timeline page opened in Chromium ${chromiumVersion} at 1280 × 900 with reduced motion (no animations), median of ${RUNS} runs. Machine: ${cpu}, ${cpus().length} threads, Node ${process.version}; load average ${load.toFixed(1)} when measuring (other work on the machine makes timings noisy).`,
      '',
      '| Measure | Value |',
      '| --- | --- |',
      ...rows.map(([k, v]) => `| ${k} | ${v} |`),
      '',
      'Entry pages ship no timeline JavaScript: their mini timelines are SVG drawn at build time.',
    ].join('\n');
    await writeSection('timeline', markdown);
    console.log(`\n${markdown}\n\nWritten to BENCHMARKS.md.`);
  } finally {
    await server.close();
  }
}

await main();
