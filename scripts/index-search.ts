/**
 * The build's last step: Pagefind indexes the built pages (`--site <dir>`, run
 * from the project root so it reads ./pagefind.yml). When the pages it reads
 * (those its glob, in pagefind.yml, matches) are byte-identical to those the
 * last index was made from, that index is copied instead
 * (`scripts/lib/code-digest.ts`); Pagefind's output depends on nothing else. `node scripts/index-search.ts <dir> [--force]` (`--force`: always index).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, matchesGlob } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { parseStrictYaml } from '../src/lib/yaml.ts';
import { cacheIsStale, digestFiles, filesUnder, recordDigest } from './lib/code-digest.ts';

const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
const STAMP = 'vdp-pagefind-digest';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const site = positionals[0] ?? 'dist';
const cacheDir = cacheDirFor(CONTENT_DIR);
const kept = join(cacheDir, 'pagefind');
const output = join(site, 'pagefind');

// The pages Pagefind reads: those its configuration's glob matches.
const { glob } = parseStrictYaml(readFileSync('pagefind.yml', 'utf8')) as { glob: string };
const pages = filesUnder(site, '.', (path) => matchesGlob(path, glob));
const digest = createHash('sha256')
  .update(digestFiles(site, pages))
  .update(digestFiles('.', ['pagefind.yml', 'node_modules/pagefind/package.json']))
  .digest('hex');

if (!values.force && !cacheIsStale(cacheDir, digest, STAMP) && existsSync(kept)) {
  rmSync(output, { recursive: true, force: true });
  cpSync(kept, output, { recursive: true });
  console.log(`Search index: the ${pages.length} pages are unchanged since the last index; copied it.`);
} else {
  // Astro builds in place (`scripts/astro-build.ts`): an older index's files would stay beside the new one's.
  rmSync(output, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [PAGEFIND, '--site', site], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  rmSync(kept, { recursive: true, force: true });
  cpSync(output, kept, { recursive: true });
  recordDigest(cacheDir, digest, STAMP);
}
