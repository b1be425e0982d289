/** Profile Tarikh alone: tsx bench/render/try-profile.ts [events] (prints the top functions). */
import { chromium } from '@playwright/test';
import { buildTarikh } from './build.ts';
import { startServer } from './server.ts';
import { documentsFor } from './data.ts';
import { profileTarikh } from './profile.ts';

const n = Number(process.argv[2] ?? 10000);
const built = await buildTarikh();
const server = await startServer({ '/': built.profileDir });
server.setData(`tarikh-${n}.json`, documentsFor(n).tarikh);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'] });
try {
  for (const summary of await profileTarikh(browser, server.origin, `/data/tarikh-${n}.json`, 20)) {
    console.log(`\n${summary.phase}: ${summary.wallMs.toFixed(0)} ms profiled`);
    for (const key of ['selfMs', 'totalMs'] as const) {
      console.log(`  by ${key}:`);
      for (const f of [...summary.functions].sort((a, b) => b[key] - a[key]).slice(0, 25)) console.log(`    ${f.selfMs.toFixed(0).padStart(6)} ${f.totalMs.toFixed(0).padStart(6)}  ${f.name}  ${key === 'selfMs' ? f.hotLines.map((l) => `L${l.line}:${l.ticks}`).join(' ') : ''}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
