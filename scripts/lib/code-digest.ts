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
 * - Everything Astro reads, and the folder it wrote: with both unchanged,
 *   `astro build` would write what is there, so it is not run
 *   (`scripts/astro-build.ts`).
 * - The built pages: Pagefind's index depends only on the HTML and its
 *   configuration, so an unchanged site reuses the last index. (Pagefind
 *   cannot update an index: its API builds one from every page, so a changed
 *   page means indexing them all.)
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Files whose change can change what the build makes of the same content: the code, not the content. */
const CODE_FILES = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml'];
const CONTENT = 'src/content';
const GENERATED = 'src/generated';

/**
 * Files under `dir` (paths relative to `root`, `/`-separated, sorted) that `keep` accepts.
 * Symbolic links are not followed. Walked folder by folder: Node's recursive `readdirSync`
 * took 3.0 s over the 60,000 folders of a 10,000-entry build, this walk 0.9 s.
 */
export function filesUnder(root: string, dir: string, keep: (path: string) => boolean = () => true): string[] {
  const start = relative(root, join(root, dir)).split('\\').join('/');
  if (!existsSync(join(root, start))) return [];
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && keep(path)) files.push(path);
    }
  };
  walk(start);
  return files.sort();
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

/** The name of a stamp that records what a step left in the output folder `dir` (one stamp per folder). */
export const folderStamp = (step: string, dir: string): string =>
  `vdp-${step}-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}`;

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

/** The commits that made the content folder's history (their ids cover its texts, dates and trailers). */
function contentCommits(contentDir: string): string {
  const log = spawnSync('git', ['-C', contentDir, 'log', '--format=%H', '--', '.'], { encoding: 'utf8' });
  return log.status === 0 ? log.stdout : 'no history';
}

/**
 * A digest of everything `astro build` reads: the code (`codeDigest`), the
 * content's files and its git history (the history pages), `public/`, the
 * environment the configuration reads (`src/core/config.ts`) and Node's
 * version. Same digest, same pages: the determinism test builds twice.
 */
export function astroInputsDigest(contentDir: string, env: NodeJS.ProcessEnv = process.env, root = '.'): string {
  const settings = ['VDP_CONTENT_DIR', 'SITE_URL', 'REPOSITORY_URL', 'VDP_CARD_CACHE'].map((name) => [
    name,
    env[name] ?? null,
  ]);
  return createHash('sha256')
    .update(codeDigest(root))
    .update(digestFiles(contentDir, filesUnder(contentDir, '.')))
    .update(contentCommits(contentDir))
    .update(digestFiles(root, filesUnder(root, 'public')))
    .update(JSON.stringify([settings, process.version]))
    .digest('hex');
}

/**
 * A fingerprint of the files under `dir` but those in the folders `skip`:
 * each one's path, size and modification time. A file written, removed or
 * touched since changes it; it reads no file, so it is quick on 100,000 files.
 */
export function outputFingerprint(dir: string, skip: readonly string[] = []): string {
  return statFingerprint(
    dir,
    filesUnder(dir, '.', (p) => !skip.some((folder) => p.startsWith(`${folder}/`))),
  );
}

/** A fingerprint of the given files under `root`: each one's path, size and modification time, in order. */
export function statFingerprint(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const { size, mtimeMs } = statSync(join(root, path));
    hash.update(`${path}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}
