/**
 * The build's last step: Pagefind indexes the built pages (`--site <dir>`, run
 * from the project root so it reads ./pagefind.yml). When the pages it reads
 * (those its glob, in pagefind.yml, matches) are byte-identical to those the
 * last index was made from, that index is copied instead
 * (`scripts/lib/code-digest.ts`); Pagefind's output depends on nothing else. Pagefind runs once per
 * language, and the bundles are merged into one (`scripts/lib/pagefind-bundle.ts`: the same files
 * as one run over both, in less memory). `node scripts/index-search.ts <dir> [--force]`
 * (`--force`: always index).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, matchesGlob } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { LANGS } from '../src/core/vocabulary.ts';
import { parseStrictYaml } from '../src/lib/yaml.ts';
import { cacheIsStale, digestFiles, filesUnder, recordDigest } from './lib/code-digest.ts';
import { languageGlob, mergeBundle, PAGEFIND } from './lib/pagefind-bundle.ts';

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
  const bundles = LANGS.map((lang, i) => ({ lang, dir: i === 0 ? output : `${output}.${lang}` }));
  for (const { dir } of bundles) rmSync(dir, { recursive: true, force: true });
  for (const { lang, dir } of bundles) {
    const args = [PAGEFIND, '--site', site, '--glob', languageGlob(glob, lang), '--output-path', dir];
    const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      for (const bundle of bundles) rmSync(bundle.dir, { recursive: true, force: true });
      process.exit(result.status ?? 1);
    }
  }
  for (const { dir } of bundles.slice(1)) mergeBundle(dir, output);
  rmSync(kept, { recursive: true, force: true });
  cpSync(output, kept, { recursive: true });
  recordDigest(cacheDir, digest, STAMP);
}
