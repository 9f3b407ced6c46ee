/**
 * The build's Astro step: `astro build --outDir <dir>`, skipped when nothing
 * it reads has changed since it last built `<dir>` and `<dir>` is as it left
 * it. Astro's incremental build renders only the pages whose cache key or
 * code changed; this step decides what it starts from.
 *
 * - Nothing changed: Astro is not run. What Astro reads is digested by
 *   `astroInputsDigest` (code, content, its history, `public/`, the
 *   environment); the output folder by `outputFingerprint` (every file's
 *   path, size and time, `pagefind/` left to the next step).
 * - Something changed, and `<dir>` is as Astro's last build from this cache
 *   left it (same fingerprint, same manifest of page keys): Astro builds in
 *   place (`vite.build.emptyOutDir: false` in astro.config.mjs). A page it
 *   does not render is left where it is, instead of the folder being emptied
 *   (13 s at 10,000 entries) and 130,000 files copied back from the cache.
 *   Then the files no build wrote or kept (a removed entry's pages) are
 *   removed (`scripts/lib/build-output.ts`).
 * - Otherwise (another folder was built from the cache since, the folder
 *   was changed by hand, `--force`): `<dir>` is emptied first, and Astro
 *   copies the unchanged pages from its cache (none with `--force`).
 *
 * The record is a stamp per output folder, removed before a build starts,
 * so a build that fails leaves none and the next one starts from empty.
 * `node scripts/astro-build.ts <dir> [--force]`
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { keyedOutputs, manifestDigest, removeFiles, staleFiles } from './lib/build-output.ts';
import { astroInputsDigest, folderStamp, outputFingerprint, recordDigest } from './lib/code-digest.ts';

/** Folders of the output another step writes. */
const OTHER_STEPS = ['pagefind'];

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const outDir = positionals[0] ?? 'dist';
const cacheDir = cacheDirFor(CONTENT_DIR);
const stamp = folderStamp('astro', outDir);
const inputs = astroInputsDigest(CONTENT_DIR);
/** The output folder and the cache's page keys, as they are now. */
const output = (): string => `${outputFingerprint(outDir, OTHER_STEPS)} ${manifestDigest(cacheDir)}`;

const recorded = (() => {
  try {
    return readFileSync(join(cacheDir, stamp), 'utf8');
  } catch {
    return null;
  }
})();
const now = output();

if (!values.force && recorded === `${inputs} ${now}`) {
  console.log(`Astro: nothing it reads changed since it built ${outDir}, and ${outDir} is as it left it; kept it.`);
} else {
  const kept = !values.force && recorded?.endsWith(` ${now}`) === true ? keyedOutputs(cacheDir) : null;
  rmSync(join(cacheDir, stamp), { force: true });
  if (!kept) rmSync(outDir, { recursive: true, force: true });
  // The build's start by the file system's clock: what Astro writes is newer.
  const marker = join(cacheDir, `${stamp}.start`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, '');
  const started = statSync(marker).mtimeMs;
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(values.force ? ['--force'] : [])];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (kept) {
    // Astro's manifest now lists what this build made or kept with a key.
    const stale = staleFiles(outDir, started, keyedOutputs(cacheDir) ?? kept, OTHER_STEPS);
    removeFiles(outDir, stale);
    console.log(
      `Astro built ${outDir} in place; removed ${stale.length} file${stale.length === 1 ? '' : 's'} no page makes any more.`,
    );
  }
  rmSync(marker);
  recordDigest(cacheDir, `${inputs} ${output()}`, stamp);
}
