/**
 * The build's Astro step: `astro build --outDir <dir>`, skipped when nothing
 * it reads has changed since it last built `<dir>` and `<dir>` is as it left
 * it. Astro's incremental build copies an unchanged page from its cache, but
 * still starts, loads every entry and walks every route (about 75 s at
 * 10,000 entries); with nothing changed the output it would write is the one
 * already there.
 *
 * What Astro reads is digested by `astroInputsDigest` (code, content, its
 * history, `public/`, the environment); the output folder by
 * `outputFingerprint` (every file's path, size and time, `pagefind/` left to
 * the next step). Both are recorded after a build that succeeded, in a stamp
 * per output folder; the stamp is removed before a build starts, so a build
 * that fails leaves none. `--force`: always build (cold).
 * `node scripts/astro-build.ts <dir> [--force]`
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { astroInputsDigest, cacheIsStale, outputFingerprint, recordDigest } from './lib/code-digest.ts';

/** Folders of the output another step writes. */
const OTHER_STEPS = ['pagefind'];

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const outDir = positionals[0] ?? 'dist';
const cacheDir = cacheDirFor(CONTENT_DIR);
const stamp = `vdp-astro-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}`;
const inputs = astroInputsDigest(CONTENT_DIR);
const state = (): string => `${inputs} ${outputFingerprint(outDir, OTHER_STEPS)}`;

if (!values.force && !cacheIsStale(cacheDir, state(), stamp)) {
  console.log(`Astro: nothing it reads changed since it built ${outDir}, and ${outDir} is as it left it; kept it.`);
} else {
  rmSync(join(cacheDir, stamp), { force: true });
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(values.force ? ['--force'] : [])];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recordDigest(cacheDir, state(), stamp);
}
