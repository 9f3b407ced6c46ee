/**
 * The local host (`npm start`, the browser tests, the benchmarks) serves the
 * built site as GitHub Pages does where it matters to readers: the search
 * box fetches Pagefind's files early and Pagefind must then find them in the
 * browser's cache, so bundles and Pagefind's files are cacheable; pages are
 * not, so a rebuilt site shows at once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'vdp-serve-'));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'vi'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'vi', 'index.html'), '<!doctype html><title>vi</title>');
  writeFileSync(join(dir, 'pagefind', 'pagefind-worker.js'), 'self.onmessage = () => {};');
  writeFileSync(join(dir, 'pagefind', 'wasm.unknown.pagefind'), Buffer.from([31, 139, 8, 0]));
  writeFileSync(join(dir, '_astro', 'box-entry-abc123.js'), 'export {};');
  server = await serveStatic(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheControl = async (path: string): Promise<string | null> => {
  const response = await fetch(server.url + path);
  expect(response.status, path).toBe(200);
  return response.headers.get('cache-control');
};

test("lets the browser keep Pagefind's files and the bundles for ten minutes", async () => {
  for (const path of ['/pagefind/pagefind-worker.js', '/pagefind/wasm.unknown.pagefind', '/_astro/box-entry-abc123.js'])
    expect(await cacheControl(path), path).toBe('public, max-age=600');
});

test('leaves pages without a cache lifetime, so a rebuilt site shows at once', async () => {
  for (const path of ['/', '/vi/']) expect(await cacheControl(path), path).toBeNull();
});
