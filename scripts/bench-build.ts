/**
 * `npm run bench [-- 1000 10000 50000] [--incremental-at 10000]`: generates
 * synthetic bilingual content of each size in a temporary directory, then
 * checks, builds and indexes it cold with this project's code, recording wall
 * time, time per page, peak memory, dist/ size and Pagefind index size in
 * BENCHMARKS.md (section "scale").
 *
 * At the `--incremental-at` size (default 10,000, when it is among the sizes)
 * it then measures the incremental build: a rebuild with nothing changed, then
 * one after each of an editor's edits (`scripts/lib/edits.ts`: one entry's
 * prose, one entry's facts, one new entry), each check + build + index,
 * counting the pages rendered and the pages Astro copied from its cache;
 * finally a cold build of the edited content, whose dist/ must be
 * byte-identical to the incremental one.
 *
 * Each phase runs under GNU time (`/usr/bin/time`) for its peak RSS. Rows are
 * kept per size and scenario in the section's data comment, so sizes measured
 * by separate runs (a 50,000-entry build takes a while) are shown together. The
 * largest build's output is kept (its path is printed) so `npm run
 * bench:search -- <dir>` can measure search on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { cacheDirFor } from '../src/core/config.ts';
import { treeDifferences } from '../tests/gates/determinism.ts';
import { machineReport, writeSection } from './lib/benchmarks.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { EDITS } from './lib/edits.ts';
import { countsFor, writeSyntheticContent } from './lib/synthetic.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'incremental-at': { type: 'string', default: '10000' } },
});
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
  /** Astro's log (the astro phase only). */
  log: string;
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
  /** 1-minute load average when the build started (other work on the shared machine). */
  load: number;
}

function timed(label: string, args: string[], env: NodeJS.ProcessEnv): Phase {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '__TIME__ %e %M', process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} failed with status ${result.status}`);
  }
  const match = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr);
  return {
    seconds,
    peakMb: match ? Number(match[2]) / 1024 : Number.NaN,
    log: stripVTControlCharacters(result.stdout),
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

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

/** Checks, builds and indexes `content` into `out`; `force` makes it cold (no cache read). */
function measure(scenario: string, entries: number, content: string, out: string, force: boolean): Row {
  const env = {
    ...process.env,
    VDP_CONTENT_DIR: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://example.org',
  };
  const load = loadavg()[0] ?? 0;
  const phases = Object.fromEntries(
    buildSteps(out, { force }).map((step) => {
      const phase = timed(step.name, step.args, env);
      console.log(`  ${`${step.name}:`.padEnd(9)} ${phase.seconds.toFixed(1)} s, ${phase.peakMb.toFixed(0)} MB`);
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
    rendered: (astro.log.match(/\.html \(\+\d/g) ?? []).length,
    reused: (astro.log.match(/\((?:cached|restored)\)/g) ?? []).length,
    distMb: sizeOf(out) / 1024 / 1024,
    pagefindMb: sizeOf(join(out, 'pagefind')) / 1024 / 1024,
    identical: null,
    date: TODAY,
    commit,
    load,
  };
  const total = row.check + row.build + row.index;
  console.log(
    `  ${scenario}: ${row.pages} pages (${row.rendered} rendered, ${row.reused} from the cache), ${total.toFixed(1)} s, ${((total * 1000) / row.pages).toFixed(2)} ms/page`,
  );
  return row;
}

/** Rows recorded by earlier runs (the section's data comment). */
function recorded(): Row[] {
  const match = new RegExp(`<!-- ${DATA_MARK} (.*?) -->`).exec(readFileSync(FILE, 'utf8'));
  return match ? (JSON.parse(match[1] as string) as Row[]) : [];
}

const measured: Row[] = [];
/** Replaces the row of the same size and scenario. */
const keep = (row: Row, into: Row[] = measured) => {
  const at = into.findIndex((r) => r.entries === row.entries && r.scenario === row.scenario);
  if (at >= 0) into.splice(at, 1, row);
  else into.push(row);
};

let kept = '';
for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `vdp-bench-${size}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  writeSyntheticContent(content, size, size);
  console.log(`\n${size} entries (${JSON.stringify(countsFor(size))}) in ${work}`);
  keep(measure('cold', size, content, out, true));
  if (size === INCREMENTAL_AT) {
    keep(measure('unchanged', size, content, out, false));
    for (const edit of EDITS) {
      edit.apply(content);
      keep(measure(edit.name, size, content, out, false));
    }
    // The same content, built cold: the last incremental build must match it byte for byte.
    const cold = join(work, 'dist-cold');
    console.log('  cold build of the edited content, to compare:');
    measure('cold-after-edits', size + 1, content, cold, true);
    const differences = treeDifferences(cold, out);
    console.log(`  incremental vs cold: ${differences.length} files differ ${differences.slice(0, 10).join(', ')}`);
    for (const row of measured)
      if (row.entries === size && row.scenario === EDITS.at(-1)?.name) row.identical = differences.length === 0;
    rmSync(cold, { recursive: true, force: true });
  }
  // The cache of this throwaway tree (a copy of every page) lives under node_modules; drop it.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
  if (kept) rmSync(kept, { recursive: true, force: true });
  kept = work;
}

// Read the recorded rows only now: another run (another size) may have written its own meanwhile.
const rows = recorded();
for (const row of measured) keep(row, rows);

const total = (r: Row) => r.check + r.build + r.index;
const perPage = (r: Row) => (total(r) * 1000) / r.pages;
const n = (value: number) => value.toLocaleString('en');
/** Megabytes, or a dash for a row recorded without the size. */
const mbOf = (value: number | null | undefined) => (typeof value === 'number' ? `${value.toFixed(1)} MB` : '—');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const loadNote = (r: Row) => `${r.date}, ${r.commit}, load ${r.load.toFixed(1)}`;

function coldTable(): string[] {
  const cold = rows.filter((r) => r.scenario === 'cold').sort((a, b) => a.entries - b.entries);
  return [
    '| entries | pages | total | check / build / index | per page | peak memory | dist/ | Pagefind index | measured (shared machine) |',
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
    '| entries | after | total | check / build / index | pages rendered / from cache | peak memory | target | identical to cold | measured (shared machine) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...incremental.map((r) => {
      const limit = r.scenario === 'unchanged' ? 10 : 15;
      const identical = r.identical === null ? '' : r.identical ? 'yes' : '**no**';
      return `| ${n(r.entries)} | ${SCENARIO_LABEL[r.scenario] ?? r.scenario} | ${total(r).toFixed(1)} s | ${r.check.toFixed(1)} / ${r.build.toFixed(1)} / ${r.index.toFixed(1)} s | ${n(r.rendered)} / ${n(r.reused)} | ${r.peakMb.toFixed(0)} MB | ≤ ${limit} s: ${verdict(total(r) <= limit)} | ${identical} | ${loadNote(r)} |`;
    }),
  ];
}

await writeSection(
  'scale',
  [
    '## Scale: cold and incremental builds (`npm run bench`)',
    '',
    `Synthetic bilingual records (every collection, references, figures, citations, all date precisions) generated into a temporary directory, then checked, built and indexed with this project's code. "Total" is content check + Astro build + Pagefind; time per page divides it by the HTML pages produced; peak memory is the largest resident set of the three phases (GNU time). **Measured on a 2-core machine shared with other engineers' builds and tests**: the load average at the start of each build is given, and wall times under load can be up to 2× those of a quiet machine; earlier quiet-machine figures are kept in the sections below.`,
    '',
    '### Cold builds',
    '',
    ...coldTable(),
    '',
    coldTargets(),
    '',
    '### Incremental builds',
    '',
    `After a cold build, Astro's incremental build (\`experimental.incrementalBuild\`) copies from its cache every page whose cache key (its page data and prose body, \`src/lib/pages/cache-key.ts\`) and code are unchanged. Each row is one rebuild after the change named, cumulative (each edit is made on top of the previous ones); "identical to cold" compares the last one's dist/, byte for byte, with a cold build of the same content. The content check and Pagefind still read everything.`,
    '',
    ...incrementalTable(),
    '',
    machineReport(),
    '',
    `<!-- ${DATA_MARK} ${JSON.stringify(rows)} -->`,
  ].join('\n'),
);
console.log(
  `\nBENCHMARKS.md updated. The ${SIZES.at(-1)}-entry build is kept at ${kept}/dist (for npm run bench:search -- ${kept}/dist).`,
);
