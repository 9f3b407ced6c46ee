/**
 * The benchmark scripts keep the rows of sizes measured by earlier runs: a
 * 50,000-entry run, which takes an hour, must not wipe the 1,000 and 10,000
 * rows of the tables it shares with them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { mergeRows } from '../../scripts/lib/benchmarks.ts';

const dir = mkdtempSync(join(tmpdir(), 'vdp-benchmarks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = '| entries | time | measured |';
const file = join(dir, 'BENCHMARKS.md');
writeFileSync(
  file,
  [
    '# Benchmarks',
    '<!-- other:start -->',
    HEADER,
    '| ---: | ---: | --- |',
    '| 7 | other section | x |',
    '<!-- other:end -->',
    '<!-- cards:start -->',
    'Text.',
    '',
    '| entries | something else |',
    '| ---: | ---: |',
    '| 1,000 | not this table |',
    '',
    // Prettier pads the cells: the header is found by its cells, not its spacing.
    '| entries |   time | measured |',
    '| ------: | -----: | -------- |',
    '|   1,000 | 33.7 s | 2026-12-01, b2c3e68 |',
    '|  10,000 |  292 s | 2026-12-01, d026260 |',
    '',
    'After the table.',
    '<!-- cards:end -->',
  ].join('\n'),
);

test('keeps the rows of sizes not measured again, replaces the others, orders them by size', () => {
  const rows = mergeRows('cards', HEADER, ['| 50,000 | 2356 s | new |', '| 1,000 | 30.0 s | new |'], file);
  expect(rows).toEqual([
    '| 1,000 | 30.0 s | new |',
    '|  10,000 |  292 s | 2026-12-01, d026260 |',
    '| 50,000 | 2356 s | new |',
  ]);
});

test("returns this run's rows alone when the section has no such table yet", () => {
  expect(mergeRows('cards', '| entries | memory |', ['| 10 | 1 MB |'], file)).toEqual(['| 10 | 1 MB |']);
  expect(mergeRows('other', '| size |', [], file)).toEqual([]);
});
