/**
 * `npm run build`: checks the content, builds the site and indexes it for
 * search. `--out-dir <dir>` builds elsewhere than `dist/` (the determinism
 * test builds a second copy). Stops at the first failing step with its status.
 *
 * Incremental: pages whose cache key is unchanged are copied from the last
 * build's cache. The build is cold (`--force`) when asked, and when the code
 * changed since the cache was made (`scripts/lib/code-digest.ts`).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, cacheDirFor } from '../src/core/config.ts';
import { buildSteps } from './lib/build-steps.ts';
import { cacheIsStale, codeDigest, recordDigest } from './lib/code-digest.ts';

const { values } = parseArgs({
  options: { 'out-dir': { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } },
});

const cacheDir = cacheDirFor(CONTENT_DIR);
const digest = codeDigest();
const force = values.force || cacheIsStale(cacheDir, digest);
if (force && !values.force) console.log('The code changed since the last build (or there was none): building cold.');

for (const step of buildSteps(values['out-dir'], { force })) {
  const result = spawnSync(process.execPath, step.args, { stdio: 'inherit' });
  if (result.status !== 0) {
    if (step.name !== 'check') console.error(`\nThe build stopped: ${step.name} failed (status ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
recordDigest(cacheDir, digest);
