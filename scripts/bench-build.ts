/**
 * `npm run bench [-- 1000 10000 50000] [--incremental-at 10000]`: generates
 * synthetic bilingual content of each size in a temporary directory, then
 * checks, builds and indexes it cold with this project's code, recording wall
 * time, time per page, peak memory, dist/ size and Pagefind index size in
 * BENCHMARKS.md (section "scale"). Rows are kept per size and scenario in the
 * section's data comment, so sizes measured by separate runs (a 50,000-entry
 * build takes a while) are shown together.
 * `npm run bench -- --history-only 10000` times only the history read
 * (section "build-history"), which takes minutes where the build takes many.
 *
 * At the `--incremental-at` size (default 10,000, when it is among the sizes)
 * it then measures the incremental build: a rebuild with nothing changed, then
 * one after each of an editor's edits (`scripts/lib/edits.ts`: one entry's
 * prose, one entry's facts, one new entry), each check + build + index,
 * counting the pages rendered and the pages Astro copied from its cache;
 * finally a cold build of the edited content, whose dist/ must be
 * byte-identical to the incremental one.
 *
 * The tree is a git repository with a history (`writeSyntheticHistory`: every
 * entry added, then edited, some texts changed, some corrected), so the build
 * makes every history page; reading that history (one `git log`, one
 * `git cat-file --batch`, every facts change compared) is timed on its own.
 *
 * Before building, the Open Graph card images of each size are measured on
 * their own (section "cards"): every card drawn into an empty cache, then
 * every card found again and read, as a rebuild does. The builds then run
 * with that cache kept (Astro's own caches empty for a cold build), and the
 * cold build's log says what the images add to it. `--cards-only` measures
 * the cards and skips the builds (and leaves the scale section as it is).
 *
 * Each phase runs under GNU time (`/usr/bin/time`) for its peak RSS. The
 * largest build's output is kept (its path is printed) so `npm run
 * bench:search -- <dir>` can measure search on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { treeDifferences } from '../tests/gates/determinism.ts';
import { machineReport, mergeRows, writeSection } from './lib/benchmarks.ts';
import { copiedOutputs, outputTimes, renderedPages } from './lib/build-log.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { EDITS } from './lib/edits.ts';
import { countsFor, writeSyntheticContent } from './lib/synthetic.ts';
import { cacheDirFor } from '../src/core/config.ts';
import { LANGS } from '../src/core/vocabulary.ts';
import { loadContentTree } from '../src/lib/content-loader.ts';
import { splitDrafts } from '../src/lib/drafts.ts';
import { buildEntries } from '../src/lib/entries.ts';
import { NO_HISTORY } from '../src/lib/git.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { hasOgCard, ogCardOf } from '../src/lib/og-card.ts';
import { cardImage, DRAW_CONCURRENCY, fillCardCache } from '../src/lib/og-cache.ts';
import { ogPng, ogRenderer } from '../src/lib/og-render.ts';
import { writeSyntheticHistory } from './lib/synthetic-history.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'incremental-at': { type: 'string', default: '10000' },
    'cards-only': { type: 'boolean', default: false },
    'history-only': { type: 'boolean', default: false },
  },
});
const CARDS_ONLY = values['cards-only'];
const HISTORY_ONLY = values['history-only'];
const sizes = positionals.map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000, 50000];
const INCREMENTAL_AT = Number(values['incremental-at']);
const TIME = '/usr/bin/time';
const FILE = 'BENCHMARKS.md';
const DATA_MARK = 'scale-data';
const TODAY = new Date().toISOString().slice(0, 10);

interface Phase {
  seconds: number;
  peakMb: number;
  /** User + system CPU seconds (GNU time): less sensitive than wall time to other work on the machine. */
  cpu: number;
  /** The step's output, without terminal colours. */
  stdout: string;
}

/** One measured build, cold or incremental. */
interface Row {
  /** 'cold', or 'unchanged' and the names in EDITS. */
  scenario: string;
  entries: number;
  pages: number;
  check: number;
  build: number;
  index: number;
  peakMb: number;
  /** Pages Astro rendered, and copied from its cache. */
  rendered: number;
  reused: number;
  /** Null in rows recorded without the sizes. */
  distMb: number | null;
  pagefindMb: number | null;
  /** Incremental rows: dist/ byte-identical to a cold build of the same content (null: not compared). */
  identical: boolean | null;
  date: string;
  commit: string;
  /** 1-minute load average when the build started (other work on the machine). */
  load: number;
}

function timed(label: string, args: string[], env: NodeJS.ProcessEnv): Phase {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '__TIME__ %e %M %U %S', process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} failed with status ${result.status}`);
  }
  const match = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    peakMb: match ? Number(match[2]) / 1024 : Number.NaN,
    cpu: match ? Number(match[3]) + Number(match[4]) : Number.NaN,
    stdout: stripVTControlCharacters(result.stdout),
  };
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'),
  ).length;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const historyRows: string[] = [];
let kept = '';
const cardRows: string[] = [];
const shareRows: string[] = [];
// Table headers, by which `mergeRows` finds the rows of sizes measured by earlier runs.
const CARDS_HEADER =
  '| entries | card images | cache empty: wall | CPU | per card (wall / CPU) | cache kept: wall | CPU | drawn | images read | measured |';
const SHARE_HEADER =
  '| entries | other pages: count, time | history pages | embeddable cards | card images | rebuild (check + build + index) | the same without card images | card images add | measured |';
const HISTORY_HEADER =
  '| entries | commits | facts edits compared | text edits | corrections | history read (wall) | CPU (user + sys) | peak memory | load average before | measured |';

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

/** Wall and CPU (user + system, every thread of this process) seconds of some work. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/**
 * The card images of a content tree, on their own: all drawn into an empty
 * cache, then all found again and read (what the image route does on a rebuild).
 */
async function measureCards(content: string, cacheDir: string): Promise<string> {
  const { entries } = await loadContentTree(content);
  const graph = buildGraph(await buildEntries(splitDrafts(entries).published, NO_HISTORY));
  const cards = LANGS.flatMap((lang) =>
    graph
      .all()
      .filter(hasOgCard)
      .map((entry) => ogCardOf(graph, entry, lang)),
  );
  const renderer = ogRenderer();
  const cache = { dir: cacheDir, renderer: renderer.id, draw: (card: (typeof cards)[number]) => ogPng(card, renderer) };
  const cold = await measured(() => fillCardCache(cache, cards, DRAW_CONCURRENCY));
  const warm = await measured(async () => {
    const report = await fillCardCache(cache, cards, DRAW_CONCURRENCY);
    let bytes = 0;
    for (const card of cards) bytes += (await cardImage(cache, card)).length;
    return { ...report, bytes };
  });
  const per = (seconds: number) => `${((seconds * 1000) / cards.length).toFixed(1)} ms`;
  console.log(
    `  cards: ${cards.length}; cache empty ${cold.seconds.toFixed(1)} s (CPU ${cold.cpu.toFixed(1)} s), ${cold.value.drawn} drawn; cache kept ${warm.seconds.toFixed(1)} s (CPU ${warm.cpu.toFixed(1)} s), ${warm.value.drawn} drawn`,
  );
  return `| ${[
    cards.length.toLocaleString('en'),
    `${cold.seconds.toFixed(1)} s`,
    `${cold.cpu.toFixed(1)} s`,
    `${per(cold.seconds)} / ${per(cold.cpu)}`,
    `${warm.seconds.toFixed(2)} s`,
    `${warm.cpu.toFixed(2)} s`,
    `${warm.value.drawn}`,
    `${mb(warm.value.bytes)} MB`,
  ].join(' | ')} |`;
}

/** Content check + Astro build + Pagefind, in seconds, and that per HTML page in milliseconds. */
const total = (r: Row) => r.check + r.build + r.index;
const perPage = (r: Row) => (total(r) * 1000) / r.pages;

/** Checks, builds and indexes into `out` with `env`; `force` makes it cold (no cache read). */
function measure(
  scenario: string,
  entries: number,
  env: NodeJS.ProcessEnv,
  out: string,
  force: boolean,
): { row: Row; astro: string } {
  const load = loadavg()[0] ?? 0;
  const phases = Object.fromEntries(
    buildSteps(out, { force }).map((step) => {
      const phase = timed(step.name, step.args, env);
      console.log(
        `  ${`${step.name}:`.padEnd(9)} ${phase.seconds.toFixed(1)} s (CPU ${phase.cpu.toFixed(1)} s), ${phase.peakMb.toFixed(0)} MB`,
      );
      return [step.name, phase];
    }),
  ) as Record<BuildStep['name'], Phase>;
  const { check, astro, pagefind } = phases;
  const row: Row = {
    scenario,
    entries,
    pages: countHtml(out),
    check: check.seconds,
    build: astro.seconds,
    index: pagefind.seconds,
    peakMb: Math.max(check.peakMb, astro.peakMb, pagefind.peakMb),
    rendered: renderedPages(astro.stdout),
    reused: copiedOutputs(astro.stdout),
    distMb: sizeOf(out) / 1024 / 1024,
    pagefindMb: sizeOf(join(out, 'pagefind')) / 1024 / 1024,
    identical: null,
    date: TODAY,
    commit,
    load,
  };
  console.log(
    `  ${scenario}: ${row.pages} pages (${row.rendered} rendered, ${row.reused} from the cache), ${total(row).toFixed(1)} s, ${perPage(row).toFixed(2)} ms/page`,
  );
  return { row, astro: astro.stdout };
}

/** Rows recorded by earlier runs (the section's data comment). */
function recorded(): Row[] {
  const match = new RegExp(`<!-- ${DATA_MARK} (.*?) -->`).exec(readFileSync(FILE, 'utf8'));
  return match ? (JSON.parse(match[1] as string) as Row[]) : [];
}

const results: Row[] = [];
/** Replaces the row of the same size and scenario. */
const keep = (row: Row, into: Row[] = results) => {
  const at = into.findIndex((r) => r.entries === row.entries && r.scenario === row.scenario);
  if (at >= 0) into.splice(at, 1, row);
  else into.push(row);
};

for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `vdp-bench-${size}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cardCache = join(work, 'card-cache');
  writeSyntheticContent(content, size, size);
  console.log(`\n${size} entries (${JSON.stringify(countsFor(size))}) in ${work}`);
  // The history edits entries (their cards with them): the cards are measured on the content as built.
  const made = CARDS_ONLY ? undefined : writeSyntheticHistory(work, content);
  if (!HISTORY_ONLY)
    cardRows.push(`| ${size.toLocaleString('en')} ${await measureCards(content, cardCache)} ${TODAY}, ${commit} |`);
  if (!made) {
    rmSync(work, { recursive: true, force: true });
    continue;
  }
  const load = loadavg()[0] ?? Number.NaN;
  const history = timed('history', ['scripts/lib/read-history.ts', content], process.env);
  historyRows.push(
    `| ${size.toLocaleString('en')} | ${made.commits} | ${made.factsEdits.toLocaleString('en')} | ${made.proseEdits.toLocaleString('en')} | ${made.corrections.toLocaleString('en')} | ${history.seconds.toFixed(2)} s | ${history.cpu.toFixed(2)} s | ${history.peakMb.toFixed(0)} MB | ${load.toFixed(1)} | ${TODAY}, ${commit} |`,
  );
  console.log(
    `  history: ${made.commits} commits, ${made.factsEdits} facts edits read and compared in ${history.seconds.toFixed(2)} s (CPU ${history.cpu.toFixed(2)} s)`,
  );
  const env = {
    ...process.env,
    VDP_CONTENT_DIR: content,
    VDP_CARD_CACHE: cardCache,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://example.org',
  };
  if (HISTORY_ONLY) {
    rmSync(work, { recursive: true, force: true });
    continue;
  }
  const cold = measure('cold', size, env, out, true);
  keep(cold.row);
  const outputs = outputTimes(cold.astro);
  const cards = outputs.get('card images') ?? { count: 0, seconds: 0 };
  const withoutCards = total(cold.row) - cards.seconds;
  const share = cards.seconds / withoutCards;
  const kinds = ['other pages', 'histories', 'embeds', 'card images'].map((kind) => {
    const t = outputs.get(kind) ?? { count: 0, seconds: 0 };
    return `${t.count.toLocaleString('en')}: ${t.seconds.toFixed(1)} s`;
  });
  shareRows.push(
    `| ${size.toLocaleString('en')} | ${kinds.join(' | ')} | ${total(cold.row).toFixed(1)} s | ${withoutCards.toFixed(1)} s | +${(share * 100).toFixed(1)} % (${share <= 0.1 ? 'met' : '**missed**'}) | ${TODAY}, ${commit} |`,
  );
  console.log(`  ${/\[og\][^\n]*/.exec(cold.astro)?.[0] ?? '[og] no card images'}`);
  console.log(`  outputs: ${[...outputs].map(([k, t]) => `${k} ${t.count} in ${t.seconds.toFixed(1)} s`).join(', ')}`);
  if (size === INCREMENTAL_AT) {
    keep(measure('unchanged', size, env, out, false).row);
    for (const edit of EDITS) {
      edit.apply(content);
      keep(measure(edit.name, size, env, out, false).row);
    }
    // The same content, built cold: the last incremental build must match it byte for byte.
    const coldCopy = join(work, 'dist-cold');
    console.log('  cold build of the edited content, to compare:');
    measure('cold-after-edits', size + 1, env, coldCopy, true);
    const differences = treeDifferences(coldCopy, out);
    console.log(`  incremental vs cold: ${differences.length} files differ ${differences.slice(0, 10).join(', ')}`);
    for (const row of results)
      if (row.entries === size && row.scenario === EDITS.at(-1)?.name) row.identical = differences.length === 0;
    rmSync(coldCopy, { recursive: true, force: true });
  }
  // The cache of this throwaway tree (a copy of every page) lives under node_modules; drop it.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
  if (kept) rmSync(kept, { recursive: true, force: true });
  kept = work;
}

// Read the recorded rows only now: another run (another size) may have written its own meanwhile.
const rows = recorded();
for (const row of results) keep(row, rows);

const n = (value: number) => value.toLocaleString('en');
/** Megabytes, or a dash for a row recorded without the size. */
const mbOf = (value: number | null | undefined) => (typeof value === 'number' ? `${value.toFixed(1)} MB` : '—');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const loadNote = (r: Row) => `${r.date}, ${r.commit}, load ${r.load.toFixed(1)}`;

function coldTable(): string[] {
  const cold = rows.filter((r) => r.scenario === 'cold').sort((a, b) => a.entries - b.entries);
  return [
    '| entries | pages | total | check / build / index | per page | peak memory | dist/ | Pagefind index | measured |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...cold.map(
      (r) =>
        `| ${n(r.entries)} | ${n(r.pages)} | ${total(r).toFixed(1)} s | ${r.check.toFixed(1)} / ${r.build.toFixed(1)} / ${r.index.toFixed(1)} s | ${perPage(r).toFixed(2)} ms | ${r.peakMb.toFixed(0)} MB | ${mbOf(r.distMb)} | ${mbOf(r.pagefindMb)} | ${loadNote(r)} |`,
    ),
  ];
}

function coldTargets(): string {
  const cold = rows.filter((r) => r.scenario === 'cold').sort((a, b) => a.entries - b.entries);
  const big = cold.find((r) => r.entries === 50000);
  const small = cold.find((r) => r.entries === 1000);
  if (!big) return 'Cold targets at 50,000 entries: not measured yet.';
  const ratio = small ? perPage(big) / perPage(small) : Number.NaN;
  return [
    `Cold targets at 50,000 entries: at most 5 ms per page: ${perPage(big).toFixed(2)} ms, ${verdict(perPage(big) <= 5)};`,
    `peak memory under 4 GB (4096 MB): ${big.peakMb.toFixed(0)} MB, ${verdict(big.peakMb < 4096)};`,
    small
      ? `per page within 1.1× of 1,000 entries: ${ratio.toFixed(2)}×, ${verdict(ratio <= 1.1)}.`
      : 'per page against 1,000 entries: not measured.',
  ].join(' ');
}

const SCENARIO_LABEL: Record<string, string> = {
  unchanged: 'nothing changed',
  ...Object.fromEntries(EDITS.map((e) => [e.name, e.label])),
};

function incrementalTable(): string[] {
  const order = ['unchanged', ...EDITS.map((e) => e.name)];
  const incremental = rows
    .filter((r) => order.includes(r.scenario))
    .sort((a, b) => a.entries - b.entries || order.indexOf(a.scenario) - order.indexOf(b.scenario));
  return [
    '| entries | after | total | check / build / index | pages rendered / files from the cache | peak memory | target | identical to cold | measured |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...incremental.map((r) => {
      const limit = r.scenario === 'unchanged' ? 10 : 15;
      const identical = r.identical === null ? '' : r.identical ? 'yes' : '**no**';
      return `| ${n(r.entries)} | ${SCENARIO_LABEL[r.scenario] ?? r.scenario} | ${total(r).toFixed(1)} s | ${r.check.toFixed(1)} / ${r.build.toFixed(1)} / ${r.index.toFixed(1)} s | ${n(r.rendered)} / ${n(r.reused)} | ${r.peakMb.toFixed(0)} MB | ≤ ${limit} s: ${verdict(total(r) <= limit)} | ${identical} | ${loadNote(r)} |`;
    }),
  ];
}

if (!CARDS_ONLY && !HISTORY_ONLY)
  await writeSection(
    'scale',
    [
      '## Scale: cold and incremental builds (`npm run bench`)',
      '',
      `Synthetic bilingual records (every collection, references, figures, citations, all date precisions), each a git repository with a history (\`scripts/lib/synthetic-history.ts\`), generated into a temporary directory, then checked, built and indexed with this project's code. "Total" is content check + Astro build + Pagefind; time per page divides it by the HTML pages produced (entry, index, history and embeddable pages); peak memory is the largest resident set of the three phases (GNU time). The load average at the start of each build is given: above 2, other work shared the machine's 2 cores and the wall times are longer than a quiet machine gives.`,
      '',
      '### Cold builds',
      '',
      ...coldTable(),
      '',
      coldTargets(),
      '',
      '### Incremental builds',
      '',
      `After a cold build, Astro's incremental build (\`experimental.incrementalBuild\`) copies from its cache every page whose cache key (its page data, prose body and the record version, \`src/lib/pages/cache-key.ts\`) and code are unchanged, and every citation file and card image whose own key (what it is made of) is unchanged; “pages rendered / files from the cache” counts the HTML pages rendered, then every file copied (pages, citation files, card images). Each row is one rebuild after the change named, cumulative (each edit is made on top of the previous ones, in the working tree, not committed); "identical to cold" compares the last one's dist/, byte for byte, with a cold build of the same content. The content check and Pagefind still read everything when anything changed.`,
      '',
      ...incrementalTable(),
      '',
      machineReport(),
      '',
      `<!-- ${DATA_MARK} ${JSON.stringify(rows)} -->`,
    ].join('\n'),
  );
if (!HISTORY_ONLY)
  await writeSection(
    'cards',
    [
      '## Card images at scale (`npm run bench`)',
      '',
      `The Open Graph images of the same synthetic records (partnerships and events, both languages), measured on their own (the date and commit of each row in its last column): every card drawn with satori and resvg into an empty cache (${DRAW_CONCURRENCY} at a time: satori lays out on the main thread while resvg rasterises on libuv's threads), then every card looked up again by its content hash and read, which is all the image route does on a rebuild. CPU is user + system time of all the process's threads, less sensitive than wall time to other work on the machine. The cold builds of the scale section above run with this cache kept (Astro's own caches empty), so they are rebuilds with a warm card cache.`,
      '',
      CARDS_HEADER,
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...mergeRows('cards', CARDS_HEADER, cardRows),
      '',
      ...(shareRows.length
        ? [
            "What the card images cost a rebuild with a warm cache: Astro's build log times every page and file it writes, one after the other; the first image's time includes finding every card in the cache. The rebuild without the images is the same build less their time. Target (issue 15): the images add at most 10 %.",
            '',
            SHARE_HEADER,
            '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
            ...mergeRows('cards', SHARE_HEADER, shareRows),
            '',
          ]
        : []),
      machineReport(),
    ].join('\n'),
  );
if (!CARDS_ONLY)
  await writeSection(
    'build-history',
    [
      '### Reading the history (`npm run bench`, or `npm run bench -- --history-only 10000`)',
      '',
      'Reading the history (the same trees, each a git repository: one commit adding every entry, 20 commits that together change a fact of every entry and the Vietnamese text of one in ten, one commit correcting one in a hundred). The time is one process running `readRecordHistory` as the build does once: one `git log --raw` over the content, one `git cat-file --batch` for both versions of every facts file a commit modified, each pair parsed and compared; Node start-up included. CPU time (user + system, git included) says what it costs on an idle machine; wall time is what it took on this one, whose one-minute load average before the read is given (above the number of cores, other work was waiting for them).',
      '',
      HISTORY_HEADER,
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...mergeRows('build-history', HISTORY_HEADER, historyRows),
      '',
      machineReport(),
    ].join('\n'),
  );
if (!CARDS_ONLY && !HISTORY_ONLY)
  console.log(
    `\nBENCHMARKS.md updated. The ${SIZES.at(-1)}-entry build is kept at ${kept}/dist (for npm run bench:search -- ${kept}/dist).`,
  );
