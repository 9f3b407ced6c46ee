/**
 * The build's last step: Pagefind indexes the built pages (`--site <dir>`, run
 * from the project root so it reads ./pagefind.yml), once per language, and
 * the bundles are merged into one (`scripts/lib/pagefind-bundle.ts`: the same
 * files as one run over both, in less memory). When the pages a language's
 * run reads (those its glob matches: pagefind.yml's, in the language's
 * folder) are byte-identical to those its last index was made from, that
 * index is copied instead (`scripts/lib/code-digest.ts`); Pagefind's output
 * depends on nothing else. An edit to one language's text then indexes that
 * language alone. `node scripts/index-search.ts <dir> [--force]` (`--force`:
 * always index).
 *
 * When the searchable pages and `<dir>/pagefind/` are as this step left them
 * in the same folder (every file's path, size and time, as the Astro step
 * fingerprints its folder: `outputFingerprint`), nothing is read or copied:
 * the index there is the one those pages make. The record is a stamp per
 * output folder, removed before the index is made, so a run that fails
 * leaves none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, matchesGlob } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { LANGS } from '../src/core/vocabulary.ts';
import { parseStrictYaml } from '../src/lib/yaml.ts';
import {
  cacheIsStale,
  digestFiles,
  filesUnder,
  folderStamp,
  outputFingerprint,
  recordDigest,
  statFingerprint,
} from './lib/code-digest.ts';
import { languageGlob, mergeBundle, PAGEFIND } from './lib/pagefind-bundle.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const site = positionals[0] ?? 'dist';
const cacheDir = cacheDirFor(CONTENT_DIR);
// Each language's bundle as its last run wrote it, before the merge.
const kept = join(cacheDir, 'pagefind-by-language');
const output = join(site, 'pagefind');

// The pages Pagefind reads: those its configuration's glob matches, in each language's folder.
const { glob } = parseStrictYaml(readFileSync('pagefind.yml', 'utf8')) as { glob: string };
const searchable = filesUnder(site, '.', (path) => matchesGlob(path, glob));
const tool = digestFiles('.', ['pagefind.yml', 'node_modules/pagefind/package.json']);

// The pages and the index as they are now, against what this step left in this folder.
const stamp = folderStamp('pagefind', site);
const folder = (): string => `${tool} ${statFingerprint(site, searchable)} ${outputFingerprint(output)}`;
if (!values.force && !cacheIsStale(cacheDir, folder(), stamp)) {
  console.log(
    `Search index: the ${searchable.length} searchable pages and ${output} are as the last index left them; kept it.`,
  );
  process.exit(0);
}
rmSync(join(cacheDir, stamp), { force: true });

const bundles = LANGS.map((lang, i) => {
  const own = languageGlob(glob, lang);
  const pages = searchable.filter((path) => matchesGlob(path, own));
  return {
    lang,
    glob: own,
    pages,
    digest: createHash('sha256').update(digestFiles(site, pages)).update(tool).digest('hex'),
    // The first language's run writes the bundle; the others' are merged into it.
    dir: i === 0 ? output : `${output}.${lang}`,
    kept: join(kept, lang),
    stamp: `vdp-pagefind-digest-${lang}`,
  };
});

// Astro builds in place (`scripts/astro-build.ts`): an older index's files would stay beside the new one's.
for (const { dir } of bundles) rmSync(dir, { recursive: true, force: true });
for (const bundle of bundles) {
  if (!values.force && !cacheIsStale(cacheDir, bundle.digest, bundle.stamp) && existsSync(bundle.kept)) {
    cpSync(bundle.kept, bundle.dir, { recursive: true });
    console.log(
      `Search index, ${bundle.lang}: the ${bundle.pages.length} pages are unchanged since the last index; copied it.`,
    );
    continue;
  }
  const args = [PAGEFIND, '--site', site, '--glob', bundle.glob, '--output-path', bundle.dir];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    for (const { dir } of bundles) rmSync(dir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
  rmSync(bundle.kept, { recursive: true, force: true });
  cpSync(bundle.dir, bundle.kept, { recursive: true });
  recordDigest(cacheDir, bundle.digest, bundle.stamp);
}
for (const { dir } of bundles.slice(1)) mergeBundle(dir, output);
recordDigest(cacheDir, folder(), stamp);
