/**
 * The output folder of an Astro build made in place (`scripts/astro-build.ts`):
 * which files the last build left there and which no build wrote or kept.
 *
 * Astro's incremental build (`experimental.incrementalBuild`) records, in
 * `incremental-build.json` in its cache folder, every page it made with a
 * cache key and the file it wrote. With `vite.build.emptyOutDir: false`,
 * a page whose key and code are unchanged and whose file is already in the
 * output folder is left there as it is (Astro's `existsInDist`); every other
 * output (pages without a key, scripts, styles, `public/`, the sitemap) is
 * written again. What is neither written nor recorded is what an earlier
 * build left: the pages of a removed entry, a script whose name changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './code-digest.ts';

/** Astro's manifest of keyed outputs, in its cache folder (`astro/dist/core/build/incremental.js`). */
export const ASTRO_MANIFEST = 'incremental-build.json';

/** The manifest format this code reads (Astro's `CACHE_VERSION`). */
const MANIFEST_VERSION = 1;

interface Manifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** The manifest's bytes as read, or null when there is none. */
function readManifest(cacheDir: string): string | null {
  try {
    return readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8');
  } catch {
    return null;
  }
}

/**
 * A digest of Astro's manifest: equal digests, equal keys for every page. A
 * build made in place is correct only if the manifest is the one its last
 * build of that folder wrote (another folder built from the same cache since
 * would leave keys that the pages there do not match).
 * @example manifestDigest('node_modules/.astro') // 'none', or 64 hex digits
 */
export function manifestDigest(cacheDir: string): string {
  const text = readManifest(cacheDir);
  return text === null ? 'none' : createHash('sha256').update(text).digest('hex');
}

/**
 * The files (paths relative to the output folder, `/`-separated) that Astro's
 * manifest says its last build made with a cache key; null when there is no
 * manifest, or one Astro would not read either (not JSON, another format):
 * then nothing can be kept in place.
 */
export function keyedOutputs(cacheDir: string): Set<string> | null {
  const text = readManifest(cacheDir);
  if (text === null) return null;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    return null;
  }
  if (manifest?.version !== MANIFEST_VERSION || typeof manifest.routes !== 'object') return null;
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes))
    for (const { outputFile } of Object.values(route.paths)) files.add(decodeURI(outputFile));
  return files;
}

/**
 * Files under `dir` (outside the folders `skip`) last modified before `since`
 * (milliseconds, as `mtimeMs`) and not in `kept`: what no build wrote or kept.
 * @example staleFiles('dist', started, keyedOutputs(cache)!, ['pagefind']) // ['vi/su-kien/removed/index.html']
 */
export function staleFiles(dir: string, since: number, kept: ReadonlySet<string>, skip: readonly string[]): string[] {
  return filesUnder(dir, '.', (path) => !skip.some((folder) => path.startsWith(`${folder}/`))).filter(
    (path) => !kept.has(path) && statSync(join(dir, path)).mtimeMs < since,
  );
}

/** Removes `files` (relative to `dir`), then every folder under `dir` they leave empty. */
export function removeFiles(dir: string, files: readonly string[]): void {
  for (const file of files) rmSync(join(dir, file));
  const folders = new Set(
    files.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    if (readdirSync(join(dir, folder)).length === 0) rmdirSync(join(dir, folder));
  }
}
