#!/usr/bin/env node
// Finds a Chromium for the browser tests, the way the README promises:
// $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else (as root on Debian) installs
// Debian's chromium with apt, else leaves Playwright to use its own browser.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (!existsSync(fromEnv)) {
    console.error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    process.exit(1);
  }
  console.log(`browser: ${fromEnv} (from CHROMIUM_PATH)`);
  process.exit(0);
}
if (existsSync('/usr/bin/chromium')) {
  console.log('browser: /usr/bin/chromium');
  process.exit(0);
}
const isDebian = existsSync('/etc/debian_version') || /debian/i.test(readIfExists('/etc/os-release'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log('browser: none found; installing Debian chromium with apt-get …');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing chromium with apt-get failed. Install a Chromium and set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) {
    console.log('browser: /usr/bin/chromium (installed)');
    process.exit(0);
  }
}
console.log("browser: no system Chromium; using Playwright's own (run `npx playwright install chromium` once if it is missing)");

function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
