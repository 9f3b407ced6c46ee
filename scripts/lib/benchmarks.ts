/** Shared by the benchmark scripts: machine description and BENCHMARKS.md sections. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in
 * BENCHMARKS.md with `markdown`, formatted as the project's Prettier would so
 * that `npm run lint` stays green after a benchmark run.
 */
export async function writeSection(name: string, markdown: string, file = 'BENCHMARKS.md'): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  const formatted = await format(markdown.trim(), { ...(await resolveConfig(file)), parser: 'markdown' });
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${formatted}\n${text.slice(to)}`);
}

/** The cells of a Markdown table row, trimmed. */
const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/**
 * This run's rows of a table in a section of BENCHMARKS.md, with the rows
 * earlier runs left there: a row measured again (same first cell, such as
 * the number of entries) replaces the old one, the others stay, ordered by
 * their first cell's number. Sizes measured by separate runs (a 50,000-entry
 * run takes an hour) so share one table. The table is found by its header.
 */
export function mergeRows(name: string, header: string, rows: readonly string[], file = 'BENCHMARKS.md'): string[] {
  const text = readFileSync(file, 'utf8');
  const section = text.slice(text.indexOf(`<!-- ${name}:start -->`), text.indexOf(`<!-- ${name}:end -->`));
  const lines = section.split('\n');
  const want = cells(header).join('|');
  const at = lines.findIndex((line) => line.startsWith('|') && cells(line).join('|') === want);
  const earlier: string[] = [];
  // The header, the alignment row, then data rows up to the first line that is not a row.
  for (const line of at < 0 ? [] : lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    earlier.push(line);
  }
  const key = (row: string): string => cells(row)[0] ?? '';
  const byKey = new Map(earlier.map((row) => [key(row), row]));
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.entries()]
    .sort(([a], [b]) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
    .map(([, row]) => row);
}

const version = (pkg: string): string => {
  try {
    return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

/** "Machine: …; Node …; astro …" for the record under a benchmark table. */
export function machineReport(): string {
  const cpu = cpus();
  return [
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${process.platform} ${process.arch}.`,
    `Node ${process.version}; astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, pagefind ${version('pagefind')}, vis-timeline ${version('vis-timeline')}, Playwright ${version('@playwright/test')}.`,
    `Measured on ${new Date().toISOString().slice(0, 10)}.`,
  ].join(' ');
}

/** The median of some measurements (the upper one of the middle two for an even count). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
