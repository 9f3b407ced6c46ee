/**
 * Determinism of the incremental build: after an editor's edits (one entry's
 * prose, one entry's facts, one new entry), a build that reuses the last
 * build's cache must write a dist/ byte-identical to a cold build of the same
 * content, and must actually have reused pages (else it proves nothing).
 * A small synthetic record keeps the three builds quick.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSteps } from '../../scripts/lib/build-steps.ts';
import { EDITS } from '../../scripts/lib/edits.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { cacheDirFor } from '../../src/core/config.ts';
import { treeDifferences } from '../gates/determinism.ts';

const work = mkdtempSync(join(tmpdir(), 'vdp-incremental-'));
const content = join(work, 'content');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The cache holds a copy of every page: drop it with the tree.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
}, 60_000);

/** `npm run build`'s steps into `outDir`; `cold` ignores every cache (`--force`). Returns Astro's log. */
function build(outDir: string, cold: boolean): string {
  let log = '';
  for (const step of buildSteps(outDir, { force: cold })) {
    const result = spawnSync(process.execPath, step.args, {
      encoding: 'utf8',
      env: { ...process.env, VDP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://example.org' },
    });
    expect(result.status, `${step.name}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`).toBe(0);
    if (step.name === 'astro') log = stripVTControlCharacters(result.stdout);
  }
  return log;
}

const reused = (log: string) => (log.match(/\((?:cached|restored)\)/g) ?? []).length;
const rendered = (log: string) => (log.match(/\.html \(\+\d/g) ?? []).length;

describe('incremental build', () => {
  test('after edits to prose, facts and a new entry, writes what a cold build writes', () => {
    writeSyntheticContent(content, 40, 40);
    build(join(work, 'first'), true);
    for (const edit of EDITS) edit.apply(content);

    const incremental = build(join(work, 'incremental'), false);
    const cold = build(join(work, 'cold'), true);

    expect(treeDifferences(join(work, 'cold'), join(work, 'incremental'))).toEqual([]);
    expect(reused(cold)).toBe(0);
    // Most pages are reused; the edited entries and the pages that show them are rendered.
    expect(reused(incremental)).toBeGreaterThan(rendered(incremental));
    expect(rendered(incremental)).toBeGreaterThanOrEqual(EDITS.length);
  });
});
