/**
 * `npm run build`: checks the content, builds the site and indexes it for
 * search. `--out-dir <dir>` builds elsewhere than `dist/` (the determinism
 * test builds a second copy). Stops at the first failing step with its status.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildSteps } from './lib/build-steps.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });

for (const step of buildSteps(values['out-dir'])) {
  const result = spawnSync(process.execPath, step.args, { stdio: 'inherit' });
  if (result.status !== 0) {
    if (step.name !== 'check') console.error(`\nThe build stopped: ${step.name} failed (status ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
