/**
 * Astro's content cache notices a changed entry but not changed code: its
 * digest covers `src/content.config.ts` alone, not the schemas and loaders
 * it imports, so after a schema change it would keep entries parsed by the
 * old code. `npm run build` compares a digest of the code with the one its
 * last build recorded in the cache folder, and builds cold when they differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files whose change can change what the build makes of the same content: the code, not the content. */
const FILES = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml'];
const DIRS = ['src'];
const SKIP = 'src/content';
const STAMP = 'vdp-code-digest';

/** Paths under `dir`, relative to `root`, sorted, without the content folder. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => path !== SKIP && !path.startsWith(`${SKIP}/`))
    .sort();
}

/** A digest of every code and configuration file under `root` (paths and bytes). */
export function codeDigest(root = '.'): string {
  const hash = createHash('sha256');
  const paths = [
    ...FILES.filter((file) => existsSync(join(root, file))),
    ...DIRS.flatMap((dir) => filesUnder(root, dir)),
  ];
  for (const path of paths)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  return hash.digest('hex');
}

/** Whether the cache in `cacheDir` was made by other code than `digest` (or by none recorded). */
export function cacheIsStale(cacheDir: string, digest: string): boolean {
  try {
    return readFileSync(join(cacheDir, STAMP), 'utf8') !== digest;
  } catch {
    return true;
  }
}

/** Records that the cache in `cacheDir` was made by the code of `digest`. */
export function recordDigest(cacheDir: string, digest: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, STAMP), digest);
}
