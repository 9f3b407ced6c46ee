/**
 * Builds fixture content trees with the real Astro build: a valid tree must
 * build (and show the fallback notice for its missing translation); a tree
 * with a bad reference must stop the build with the file and field named.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { overlayFixture, VALID_FIXTURE } from '../unit/helpers.ts';

function astroBuild(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'vdp-dist-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, VDP_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('astro build of fixtures', () => {
  test('builds the valid minimal fixture, with the fallback notice and the translation status', () => {
    const { status, output, outDir } = astroBuild(VALID_FIXTURE);
    expect(status, output).toBe(0);
    const fallback = readFileSync(join(outDir, 'en/events/su-kien-b/index.html'), 'utf8');
    expect(fallback).toContain('has not been translated into English yet');
    expect(fallback).toMatch(
      /<div class="prose[^"]*"[^>]*lang="vi"[^>]*data-pagefind-ignore="all"|<div[^>]*lang="vi"[^>]*data-pagefind-ignore="all"[^>]*class="prose/,
    );
    const status_ = readFileSync(join(outDir, 'en/translation-status/index.html'), 'utf8');
    expect(status_).toMatch(/data-status="missing"[\s\S]*su-kien-b/);
  });

  test('stops the build on an unknown reference, naming the file and field', () => {
    const root = overlayFixture('tests/fixtures/cases/unknown-reference');
    const { status, output } = astroBuild(root);
    expect(status).not.toBe(0);
    expect(output).toContain(`${root.replace(/^\//, '')}/events/su-kien-a/facts.yaml`.split('/').slice(-3).join('/'));
    expect(output).toMatch(/organizations\[0\]: unknown organizations id "cong-ty-b"/);
  });
});
