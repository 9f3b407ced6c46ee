import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ASTRO_MANIFEST,
  keyedOutputs,
  manifestDigest,
  removeFiles,
  staleFiles,
} from '../../scripts/lib/build-output.ts';
import { filesUnder } from '../../scripts/lib/code-digest.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vdp-output-'));
  dirs.push(dir);
  return dir;
};
/** Writes `path` under `dir`, last modified at `seconds` (since the epoch). */
const file = (dir: string, path: string, seconds: number) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), path);
  utimesSync(join(dir, path), seconds, seconds);
};

/** A manifest as Astro 7.3's incremental build writes it. */
const manifest = (outputs: Record<string, string[]>, version = 1) =>
  JSON.stringify({
    version,
    configHash: 'c',
    lockfileHash: 'l',
    keyDigest: 'k',
    routes: Object.fromEntries(
      Object.entries(outputs).map(([route, files]) => [
        route,
        {
          dependencyHash: 'd',
          paths: Object.fromEntries(files.map((f, i) => [`/p${i}`, { cacheKey: 'x', outputFile: f }])),
        },
      ]),
    ),
  });

describe('keyedOutputs', () => {
  test('lists every output file of every route, decoded', () => {
    const cache = tempDir();
    writeFileSync(
      join(cache, ASTRO_MANIFEST),
      manifest({
        'src/pages/[lang]/[...slug].astro': ['vi/su-kien/a/index.html', 'vi/%C4%91%C3%A0-n%E1%BA%B5ng/index.html'],
        'src/pages/og/[lang]/[...slug].png.ts': ['og/vi/a.png'],
      }),
    );
    expect([...(keyedOutputs(cache) ?? [])].sort()).toEqual([
      'og/vi/a.png',
      'vi/su-kien/a/index.html',
      'vi/đà-nẵng/index.html',
    ]);
  });

  test('is null without a manifest, or with one Astro would not read either', () => {
    const cache = tempDir();
    expect(keyedOutputs(cache)).toBeNull();
    writeFileSync(join(cache, ASTRO_MANIFEST), manifest({ r: ['a.html'] }, 2));
    expect(keyedOutputs(cache)).toBeNull();
    writeFileSync(join(cache, ASTRO_MANIFEST), '{"version": 1, "rou');
    expect(keyedOutputs(cache)).toBeNull();
    writeFileSync(join(cache, ASTRO_MANIFEST), 'null');
    expect(keyedOutputs(cache)).toBeNull();
  });
});

describe('manifestDigest', () => {
  test('changes with the manifest, and says when there is none', () => {
    const cache = tempDir();
    expect(manifestDigest(cache)).toBe('none');
    writeFileSync(join(cache, ASTRO_MANIFEST), manifest({ r: ['a.html'] }));
    const first = manifestDigest(cache);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(manifestDigest(cache)).toBe(first);
    writeFileSync(join(cache, ASTRO_MANIFEST), manifest({ r: ['b.html'] }));
    expect(manifestDigest(cache)).not.toBe(first);
  });
});

describe('staleFiles and removeFiles', () => {
  test('finds the files older than the build and not kept, outside the skipped folders', () => {
    const dir = tempDir();
    file(dir, 'vi/kept/index.html', 1000);
    file(dir, 'vi/removed/index.html', 1000);
    file(dir, 'vi/written/index.html', 3000);
    file(dir, '_astro/old.js', 1000);
    file(dir, 'pagefind/old.pf_fragment', 1000);
    const stale = staleFiles(dir, 2000 * 1000, new Set(['vi/kept/index.html']), ['pagefind']);
    expect(stale).toEqual(['_astro/old.js', 'vi/removed/index.html']);
  });

  test('removes the files and the folders they leave empty, and nothing else', () => {
    const dir = tempDir();
    file(dir, 'vi/su-kien/a/index.html', 1000);
    file(dir, 'vi/su-kien/b/index.html', 1000);
    file(dir, 'og/vi/a.png', 1000);
    removeFiles(dir, ['vi/su-kien/a/index.html', 'og/vi/a.png']);
    expect(filesUnder(dir, '.')).toEqual(['vi/su-kien/b/index.html']);
    expect(existsSync(join(dir, 'vi/su-kien/a'))).toBe(false);
    expect(existsSync(join(dir, 'og'))).toBe(false);
    expect(existsSync(join(dir, 'vi/su-kien'))).toBe(true);
  });
});
