/**
 * Digests that let a build skip work it has done before, recorded as stamps
 * in the cache folder.
 *
 * - The code: Astro's content cache notices a changed entry but not changed
 *   code (its digest covers `src/content.config.ts` alone, not the schemas and
 *   loaders it imports), so `npm run build` builds cold when the code differs
 *   from the code that made the cache.
 * - The content and the code: the content check's verdict depends on nothing
 *   else, so a check that passed is not run again on the same files.
 * - The built pages: Pagefind's index depends only on the HTML and its
 *   configuration, so an unchanged site reuses the last index. (Pagefind
 *   cannot update an index: its API builds one from every page, so a changed
 *   page means indexing them all.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files whose change can change what the build makes of the same content: the code, not the content. */
const CODE_FILES = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml'];
const CONTENT = 'src/content';
const GENERATED = 'src/generated';

/** Files under `dir` (paths relative to `root`, `/`-separated, sorted) that `keep` accepts. */
export function filesUnder(root: string, dir: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter(keep)
    .sort();
}

/** A digest of the given files under `root`: their paths and bytes, in order. */
export function digestFiles(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * A digest of every code and configuration file under `root`: `src/` but not `src/content/` or
 * `src/generated/`, `scripts/` (the build's own steps and the font-subsetting integration), config, lockfile.
 */
export function codeDigest(root = '.'): string {
  // Content is tracked page by page; src/generated/ is made by the build from code the digest covers.
  const derived = [CONTENT, GENERATED];
  const code = filesUnder(root, 'src', (path) => !derived.some((dir) => path === dir || path.startsWith(`${dir}/`)));
  return digestFiles(root, [
    ...CODE_FILES.filter((file) => existsSync(join(root, file))),
    ...code,
    ...filesUnder(root, 'scripts'),
  ]);
}

/** Whether the stamp `name` in `cacheDir` records another digest than `digest` (or none). */
export function cacheIsStale(cacheDir: string, digest: string, name = 'vdp-code-digest'): boolean {
  try {
    return readFileSync(join(cacheDir, name), 'utf8') !== digest;
  } catch {
    return true;
  }
}

/** Records `digest` as the stamp `name` in `cacheDir`. */
export function recordDigest(cacheDir: string, digest: string, name = 'vdp-code-digest'): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, name), digest);
}
