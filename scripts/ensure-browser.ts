/**
 * Makes sure the browser tests have a Chromium. If none is found, installs
 * Debian's chromium with apt-get (when running as root with apt available;
 * `npx playwright install` cannot download on some networks), else tries
 * `npx playwright install chromium`. Stops with instructions if both fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

const found = findChromium();
if (found) {
  console.log(`Browser tests will use ${found}`);
  process.exit(0);
}
if (process.env['CHROMIUM_PATH']) {
  console.error(`CHROMIUM_PATH is set to ${process.env['CHROMIUM_PATH']}, which does not exist.`);
  process.exit(1);
}

const run = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }).status ===
      0 ||
    (spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
        .status === 0);
  if (ok && findChromium()) {
    console.log(`Installed ${findChromium()}`);
    process.exit(0);
  }
}

console.log('Trying `npx playwright install chromium`…');
if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) {
  console.log(`Installed ${findChromium()}`);
  process.exit(0);
}

console.error(
  [
    'No Chromium is available for the browser tests, and none could be installed.',
    'Install one, then run the tests again:',
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    '  - any system with internet: npx playwright install chromium',
    '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
