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
 * Each phase runs under GNU time (`/usr/bin/time`) for its peak RSS. The
 * largest build's output is kept (its path is printed) so `npm run
 * bench:search -- <dir>` can measure search on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineReport, writeSection } from './lib/benchmarks.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { countsFor, writeSyntheticContent } from './lib/synthetic.ts';
import { writeSyntheticHistory } from './lib/synthetic-history.ts';

const HISTORY_ONLY = process.argv.includes('--history-only');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000, 10000];
const TIME = '/usr/bin/time';

interface Phase {
  seconds: number;
  peakMb: number;
  /** User + system CPU time (GNU time), less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
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
    cpuSeconds: match ? Number(match[3]) + Number(match[4]) : Number.NaN,
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
for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `vdp-bench-${size}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  writeSyntheticContent(content, size, size);
  const made = writeSyntheticHistory(work, content);
  const load = loadavg()[0] ?? Number.NaN;
  const history = timed('history', ['scripts/lib/read-history.ts', content], process.env);
  historyRows.push(
    `| ${size.toLocaleString('en')} | ${made.commits} | ${made.factsEdits.toLocaleString('en')} | ${made.proseEdits.toLocaleString('en')} | ${made.corrections.toLocaleString('en')} | ${history.seconds.toFixed(2)} s | ${history.cpuSeconds.toFixed(2)} s | ${history.peakMb.toFixed(0)} MB | ${load.toFixed(1)} |`,
  );
  const env = {
    ...process.env,
    VDP_CONTENT_DIR: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://example.org',
  };
  console.log(`\n${size} entries (${JSON.stringify(countsFor(size))}) in ${work}`);
  console.log(
    `  history: ${made.commits} commits, ${made.factsEdits} facts edits read and compared in ${history.seconds.toFixed(2)} s (CPU ${history.cpuSeconds.toFixed(2)} s)`,
  );
  if (HISTORY_ONLY) {
    rmSync(work, { recursive: true, force: true });
    continue;
  }
  const phases = Object.fromEntries(
    buildSteps(out).map((step) => {
      const phase = timed(step.name, step.args, env);
      console.log(`  ${`${step.name}:`.padEnd(9)} ${phase.seconds.toFixed(1)} s, ${phase.peakMb.toFixed(0)} MB`);
      return [step.name, phase];
    }),
  ) as Record<BuildStep['name'], Phase>;
  const { check, astro, pagefind } = phases;
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
  // The content cache of this throwaway tree lives under node_modules; drop it.
  for (const dir of readdirSync('node_modules', { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name.startsWith('.astro-') && dir.name.includes(`vdp-bench-${size}-`))
      rmSync(join('node_modules', dir.name), { recursive: true, force: true });
  }
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

if (!HISTORY_ONLY)
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
if (!HISTORY_ONLY)
  console.log(
    `\nBENCHMARKS.md updated. The ${SIZES.at(-1)}-entry build is kept at ${keep}/dist (for npm run bench:search -- ${keep}/dist).`,
  );
