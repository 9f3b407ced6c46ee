/**
 * `npm run check:content [-- <content dir>]`: validates every content file
 * and the links between entries without building pages. Prints all problems,
 * grouped by file, and exits 1 if there are any.
 *
 * `--cached` (the build's first step): when the content and the code are
 * byte-identical to those of the last check that passed, the verdict cannot
 * differ, so the check is not run again (`scripts/lib/code-digest.ts`).
 * `--record` (a cold build's): checks, and records a pass for the next build.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { cacheDirFor, CONTENT_DIR } from '../src/core/config.ts';
import { cacheIsStale, codeDigest, digestFiles, filesUnder, recordDigest } from './lib/code-digest.ts';

const STAMP = 'vdp-check-digest';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { cached: { type: 'boolean' }, record: { type: 'boolean' } },
});
const root = (positionals[0] ?? CONTENT_DIR).replace(/\/$/, '');
const cacheDir = cacheDirFor(root);
const stamped = Boolean(values.cached || values.record);
const digest = stamped
  ? createHash('sha256')
      .update(codeDigest())
      .update(digestFiles(root, filesUnder(root, '.')))
      .digest('hex')
  : '';
if (values.cached && !cacheIsStale(cacheDir, digest, STAMP)) {
  console.log(`✔ ${root} and the code are unchanged since the last content check, which passed.`);
  process.exit(0);
}

// Loaded once the check is to run: the loaders and rules take longer to load (0.7 s) than a cached check takes.
const [{ loadContentTree }, { splitDrafts }, { checkIntegrity, formatProblems }] = await Promise.all([
  import('../src/lib/content-loader.ts'),
  import('../src/lib/drafts.ts'),
  import('../src/lib/integrity.ts'),
]);
const { entries, problems } = await loadContentTree(root);
problems.push(...(await checkIntegrity(entries)));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}. Nothing was built.`);
  process.exit(1);
}
if (stamped) recordDigest(cacheDir, digest, STAMP);
const drafts = splitDrafts(entries).drafts.length;
const unpublished = drafts ? ` (${drafts} draft${drafts === 1 ? '' : 's'}, not published)` : '';
console.log(`✔ ${entries.length} entries in ${root} passed the content checks${unpublished}.`);
