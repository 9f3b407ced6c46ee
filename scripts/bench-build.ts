/**
 * `npm run bench [-- 1000 5000 10000]`: generates synthetic bilingual content
 * of each size in a temporary directory, then checks, builds and indexes it
 * with this project's code, recording wall time, time per page, peak memory,
 * dist/ size and Pagefind index size in BENCHMARKS.md (section "build").
 *
 * Each size is built twice with a card-image cache of its own: first with
 * the cache empty (every Open Graph image drawn), then again with the cache
 * kept (none drawn) and Astro's content cache dropped, so that the second
 * build differs from the first only by the images it finds. The main table
 * shows the second build, the rebuild editors and CI make; a second table
 * compares the two (section "cards").
 *
 * Each phase runs under GNU time (`/usr/bin/time`) for its peak RSS. The
 * largest build's output is kept (its path is printed) so `npm run
 * bench:search -- <dir>` can measure search on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineReport, writeSection } from './lib/benchmarks.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { countsFor, writeSyntheticContent } from './lib/synthetic.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000, 10000];
const TIME = '/usr/bin/time';

interface Phase {
  seconds: number;
  peakMb: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
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
const results: { size: number; total: number; peak: number; perPage: number }[] = [];
let keep = '';
const cardRows: string[] = [];

/** Drops the content cache Astro keeps for a throwaway tree (under node_modules). */
function dropContentCache(size: number): void {
  for (const dir of readdirSync('node_modules', { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name.startsWith('.astro-') && dir.name.includes(`vdp-bench-${size}-`))
      rmSync(join('node_modules', dir.name), { recursive: true, force: true });
  }
}

/** Checks, builds and indexes once, printing each phase. */
function build(out: string, env: NodeJS.ProcessEnv): Record<BuildStep['name'], Phase> {
  return Object.fromEntries(
    buildSteps(out).map((step) => {
      const phase = timed(step.name, step.args, env);
      console.log(
        `    ${`${step.name}:`.padEnd(9)} ${phase.seconds.toFixed(1)} s (CPU ${phase.cpu.toFixed(1)} s), ${phase.peakMb.toFixed(0)} MB`,
      );
      return [step.name, phase];
    }),
  ) as Record<BuildStep['name'], Phase>;
}

/** What the card-image route reported: "[og] N card images: D drawn, C from the cache (…) in S s". */
function cardReport(stdout: string): { cards: number; drawn: number; seconds: number } {
  const match = /\[og\] (\d+) card images: (\d+) drawn, \d+ from the cache \(.*\) in ([\d.]+) s/.exec(stdout);
  if (!match) throw new Error('The build printed no [og] line: were the card images built?');
  return { cards: Number(match[1]), drawn: Number(match[2]), seconds: Number(match[3]) };
}

const sumOf = (phases: Record<BuildStep['name'], Phase>, key: 'seconds' | 'cpu') =>
  phases.check[key] + phases.astro[key] + phases.pagefind[key];

for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `vdp-bench-${size}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cardCache = join(work, 'card-cache');
  writeSyntheticContent(content, size, size);
  const env = {
    ...process.env,
    VDP_CONTENT_DIR: content,
    VDP_CARD_CACHE: cardCache,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://example.org',
  };
  console.log(`\n${size} entries (${JSON.stringify(countsFor(size))}) in ${work}`);
  console.log('  card cache empty:');
  const cold = build(out, env);
  const coldCards = cardReport(cold.astro.stdout);
  // The second build may reuse only the card images, not Astro's content cache.
  dropContentCache(size);
  console.log('  card cache kept:');
  const phases = build(out, env);
  const warmCards = cardReport(phases.astro.stdout);
  const { check, astro, pagefind } = phases;
  const pages = countHtml(out);
  const total = sumOf(phases, 'seconds');
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
  const coldTotal = sumOf(cold, 'seconds');
  cardRows.push(
    `| ${[
      size.toLocaleString('en'),
      coldCards.cards.toLocaleString('en'),
      `${coldTotal.toFixed(1)} s (CPU ${sumOf(cold, 'cpu').toFixed(0)} s)`,
      `${coldCards.seconds.toFixed(1)} s for ${coldCards.drawn.toLocaleString('en')} (${((coldCards.seconds * 1000) / Math.max(1, coldCards.drawn)).toFixed(1)} ms each)`,
      `${total.toFixed(1)} s (CPU ${sumOf(phases, 'cpu').toFixed(0)} s)`,
      `${warmCards.seconds.toFixed(1)} s, ${warmCards.drawn} drawn`,
      `${mb(sizeOf(join(out, 'og')))} MB`,
    ].join(' | ')} |`,
  );
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
await writeSection(
  'cards',
  [
    '## Card images at scale (`npm run bench`)',
    '',
    `The same synthetic records, each built twice at commit ${commit} with a card-image cache of its own: first with the cache empty, so every Open Graph image (partnerships and events, both languages) is drawn with satori and resvg, then again with the cache kept and Astro's content cache dropped, so that only the images differ. "Card phase" is the time the image route spends filling the cache before it writes the first image (drawing, or finding, every card); the build table above shows the second build. CPU is user + system time of the three phases, less sensitive than wall time to other work on the machine.`,
    '',
    '| entries | card images | build, cache empty | card phase, cache empty | build, cache kept | card phase, cache kept | images in dist/ |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cardRows,
    '',
    machineReport(),
  ].join('\n'),
);
console.log(
  `\nBENCHMARKS.md updated. The ${SIZES.at(-1)}-entry build is kept at ${keep}/dist (for npm run bench:search -- ${keep}/dist).`,
);
