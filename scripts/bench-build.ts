/**
 * `npm run bench [-- 1000 5000 10000]`: generates synthetic bilingual content
 * of each size in a temporary directory, then checks, builds and indexes it
 * with this project's code, recording wall time, time per page, peak memory,
 * dist/ size and Pagefind index size in BENCHMARKS.md (section "build").
 * `npm run bench -- --history-only 10000` times only the history read
 * (section "build-history"), which takes minutes where the build takes many.
 *
 * The tree is a git repository with a history (`writeSyntheticHistory`: every
 * entry added, then edited, some texts changed, some corrected), so the build
 * makes every history page; reading that history (one `git log`, one
 * `git cat-file --batch`, every facts change compared) is timed on its own.
 *
 * Before building, the Open Graph card images of each size are measured on
 * their own (section "cards"): every card drawn into an empty cache, then
 * every card found again and read, as a rebuild does. The build then runs
 * with that cache kept, so the build table shows a rebuild with a warm card
 * cache. `--cards-only` measures the cards and skips the builds (and leaves
 * the build section as it is).
 *
 * Each phase runs under GNU time (`/usr/bin/time`) for its peak RSS. The
 * largest build's output is kept (its path is printed) so `npm run
 * bench:search -- <dir>` can measure search on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineReport, writeSection } from './lib/benchmarks.ts';
import { outputTimes } from './lib/build-log.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { countsFor, writeSyntheticContent } from './lib/synthetic.ts';
import { LANGS } from '../src/core/vocabulary.ts';
import { loadContentTree } from '../src/lib/content-loader.ts';
import { splitDrafts } from '../src/lib/drafts.ts';
import { buildEntries } from '../src/lib/entries.ts';
import { NO_HISTORY } from '../src/lib/git.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { hasOgCard, ogCardOf } from '../src/lib/og-card.ts';
import { cardImage, DRAW_CONCURRENCY, fillCardCache } from '../src/lib/og-cache.ts';
import { ogPng, ogRenderer } from '../src/lib/og-render.ts';

const CARDS_ONLY = process.argv.includes('--cards-only');
import { writeSyntheticHistory } from './lib/synthetic-history.ts';

const HISTORY_ONLY = process.argv.includes('--history-only');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000, 10000];
const TIME = '/usr/bin/time';

interface Phase {
  seconds: number;
  peakMb: number;
  /** User + system CPU seconds (GNU time): less sensitive than wall time to other work on the machine. */
  cpu: number;
  stdout: string;
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
    stdout: result.stdout,
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
const rows: string[] = [];
const historyRows: string[] = [];
const results: { size: number; total: number; peak: number; perPage: number }[] = [];
let keep = '';
const cardRows: string[] = [];
const shareRows: string[] = [];

/** Drops the content cache Astro keeps for a throwaway tree (under node_modules). */
function dropContentCache(size: number): void {
  for (const dir of readdirSync('node_modules', { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name.startsWith('.astro-') && dir.name.includes(`vdp-bench-${size}-`))
      rmSync(join('node_modules', dir.name), { recursive: true, force: true });
  }
}

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

for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `vdp-bench-${size}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cardCache = join(work, 'card-cache');
  writeSyntheticContent(content, size, size);
  console.log(`\n${size} entries (${JSON.stringify(countsFor(size))}) in ${work}`);
  // The history edits entries (their cards with them): the cards are measured on the content as built.
  const made = CARDS_ONLY ? undefined : writeSyntheticHistory(work, content);
  if (!HISTORY_ONLY) cardRows.push(`| ${size.toLocaleString('en')} ${await measureCards(content, cardCache)}`);
  if (!made) {
    rmSync(work, { recursive: true, force: true });
    continue;
  }
  const load = loadavg()[0] ?? Number.NaN;
  const history = timed('history', ['scripts/lib/read-history.ts', content], process.env);
  historyRows.push(
    `| ${size.toLocaleString('en')} | ${made.commits} | ${made.factsEdits.toLocaleString('en')} | ${made.proseEdits.toLocaleString('en')} | ${made.corrections.toLocaleString('en')} | ${history.seconds.toFixed(2)} s | ${history.cpu.toFixed(2)} s | ${history.peakMb.toFixed(0)} MB | ${load.toFixed(1)} |`,
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
  const phases = Object.fromEntries(
    buildSteps(out).map((step) => {
      const phase = timed(step.name, step.args, env);
      console.log(
        `  ${`${step.name}:`.padEnd(9)} ${phase.seconds.toFixed(1)} s (CPU ${phase.cpu.toFixed(1)} s), ${phase.peakMb.toFixed(0)} MB`,
      );
      return [step.name, phase];
    }),
  ) as Record<BuildStep['name'], Phase>;
  const { check, astro, pagefind } = phases;
  const outputs = outputTimes(astro.stdout);
  const cards = outputs.get('card images') ?? { count: 0, seconds: 0 };
  const withoutCards = check.seconds + astro.seconds + pagefind.seconds - cards.seconds;
  const share = cards.seconds / withoutCards;
  const kinds = ['other pages', 'histories', 'embeds', 'card images'].map((kind) => {
    const t = outputs.get(kind) ?? { count: 0, seconds: 0 };
    return `${t.count.toLocaleString('en')}: ${t.seconds.toFixed(1)} s`;
  });
  shareRows.push(
    `| ${size.toLocaleString('en')} | ${kinds.join(' | ')} | ${(check.seconds + astro.seconds + pagefind.seconds).toFixed(1)} s | ${withoutCards.toFixed(1)} s | +${(share * 100).toFixed(1)} % (${share <= 0.1 ? 'met' : '**missed**'}) |`,
  );
  console.log(`  ${/\[og\][^\n]*/.exec(astro.stdout)?.[0] ?? '[og] no card images'}`);
  console.log(`  outputs: ${[...outputs].map(([k, t]) => `${k} ${t.count} in ${t.seconds.toFixed(1)} s`).join(', ')}`);
  const pages = countHtml(out);
  const total = check.seconds + astro.seconds + pagefind.seconds;
  const peak = Math.max(check.peakMb, astro.peakMb, pagefind.peakMb);
  const row = [
    size.toLocaleString('en'),
    pages.toLocaleString('en'),
    `${total.toFixed(1)} s`,
    `${check.seconds.toFixed(1)} / ${astro.seconds.toFixed(1)} / ${pagefind.seconds.toFixed(1)} s`,
    `${((total * 1000) / pages).toFixed(2)} ms`,
    `${peak.toFixed(0)} MB`,
    `${mb(sizeOf(out))} MB`,
    `${mb(sizeOf(join(out, 'pagefind')))} MB`,
  ];
  rows.push(`| ${row.join(' | ')} |`);
  results.push({ size, total, peak, perPage: (total * 1000) / pages });
  console.log(`  ${pages} pages, ${((total * 1000) / pages).toFixed(2)} ms/page`);
  dropContentCache(size);
  if (keep) rmSync(keep, { recursive: true, force: true });
  keep = work;
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

/** The issue's targets at the largest size: under 4 minutes, under 4 GB, per page within 1.25× of the smallest. */
function targets(): string {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last || first === last) return '';
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const ratio = last.perPage / first.perPage;
  return [
    `Targets at ${last.size.toLocaleString('en')} entries:`,
    `total under 240 s: ${last.total.toFixed(0)} s, ${verdict(last.total < 240)};`,
    `peak memory under 4096 MB: ${last.peak.toFixed(0)} MB, ${verdict(last.peak < 4096)};`,
    `time per page within 1.25× of ${first.size.toLocaleString('en')} entries: ${ratio.toFixed(2)}×, ${verdict(ratio <= 1.25)}.`,
  ].join(' ');
}

if (!CARDS_ONLY && !HISTORY_ONLY)
  await writeSection(
    'build',
    [
      '## Build and index at scale (`npm run bench`)',
      '',
      `Synthetic bilingual records (every collection, references, figures, citations, all date precisions) generated into a temporary directory, then checked, built and indexed with this project's code at commit ${commit}. "Total" is content check + Astro build + Pagefind; time per page divides it by the HTML pages produced; peak memory is the largest resident set of the three phases (GNU time).`,
      '',
      '| entries | pages | total | check / build / index | per page | peak memory | dist/ | Pagefind index |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      targets(),
      '',
      machineReport(),
    ].join('\n'),
  );
if (!HISTORY_ONLY)
  await writeSection(
    'cards',
    [
      '## Card images at scale (`npm run bench`)',
      '',
      `The Open Graph images of the same synthetic records (partnerships and events, both languages), measured on their own at commit ${commit}: every card drawn with satori and resvg into an empty cache (${DRAW_CONCURRENCY} at a time: satori lays out on the main thread while resvg rasterises on libuv's threads), then every card looked up again by its content hash and read, which is all the image route does on a rebuild. CPU is user + system time of all the process's threads, less sensitive than wall time to other work on the machine. The build table above runs with the cache kept, so it is a rebuild with a warm card cache.`,
      '',
      '| entries | card images | cache empty: wall | CPU | per card (wall / CPU) | cache kept: wall | CPU | drawn | images read |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...cardRows,
      '',
      ...(shareRows.length
        ? [
            "What the card images cost a rebuild with a warm cache: Astro's build log times every page and file it writes, one after the other; the first image's time includes finding every card in the cache. The rebuild without the images is the same build less their time. Target (issue 15): the images add at most 10 %.",
            '',
            '| entries | other pages: count, time | history pages | embeddable cards | card images | rebuild (check + build + index) | the same without card images | card images add |',
            '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
            ...shareRows,
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
      '| entries | commits | facts edits compared | text edits | corrections | history read (wall) | CPU (user + sys) | peak memory | load average before |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...historyRows,
      '',
      `At commit ${commit}. ${machineReport()}`,
    ].join('\n'),
  );
if (!CARDS_ONLY && !HISTORY_ONLY)
  console.log(
    `\nBENCHMARKS.md updated. The ${SIZES.at(-1)}-entry build is kept at ${keep}/dist (for npm run bench:search -- ${keep}/dist).`,
  );
