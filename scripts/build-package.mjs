#!/usr/bin/env node
/**
 * Builds the package into lib/, each part in its own folder, only when one of its sources is
 * newer than what was built (or with --force):
 *
 *   lib/node/     the API, the `tarikh` command, the Vite plugin, the worker (vite.package.config.ts)
 *   lib/embed/    embed.js, the <tarikh-timeline> element (vite.embed.config.ts)
 *   lib/types/    type declarations (tsconfig.package.json)
 *   lib/schemas/  the events and corrections JSON Schemas
 *
 *   node scripts/build-package.mjs [--only node,embed,types,schemas] [--force] [--quiet]
 *
 * `npm ci` runs it for lib/node (the prepare script: this repository's own scripts run the
 * compiled CLI and plugin), `npm pack` for every part (prepack), and loading vite.config.ts
 * for lib/node, so that dev, build and tests never run a stale CLI. A part is built into a
 * temporary folder and then put in place, so a failed build leaves the previous one whole.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files whose change may change a part (tests and fixtures cannot). */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') visit(child);
      } else if (!/\.(test|spec)\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(child).mtimeMs);
    }
  };
  visit(join(ROOT, 'src'));
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.package.json', 'vite.package.config.ts', 'vite.embed.config.ts', 'svelte.config.js']) {
    newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  }
  return newest;
}

const PARTS = {
  node: {
    marker: 'bin.js',
    async build(outDir) {
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'vite.package.config.ts'), logLevel: 'warn', build: { outDir } });
      // The gazetteer reads its generated data as files beside its module (world.ts): JSON
      // parsed at run time, not 2 MB of JavaScript compiled on every start.
      for (const name of ['world.generated.json', 'world.index.generated.json']) copyFileSync(join(ROOT, 'src/extract/gazetteer', name), join(outDir, name));
    },
  },
  embed: {
    marker: 'embed.js',
    async build(outDir) {
      const { build } = await import('vite');
      // (no plugin-timing notice: Svelte's compiler is the slow part, and that is expected)
      await build({ configFile: join(ROOT, 'vite.embed.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { checks: { pluginTimings: false } } } });
    },
  },
  types: {
    marker: 'index.d.ts',
    async build(outDir) {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.package.json'), '--outDir', outDir], { stdio: 'inherit' });
    },
  },
  schemas: {
    marker: 'events.schema.json',
    async build(outDir) {
      mkdirSync(outDir, { recursive: true });
      for (const name of ['events.schema.json', 'corrections.schema.json']) copyFileSync(join(ROOT, 'src/events', name), join(outDir, name));
    },
  },
};

const { values } = parseArgs({
  options: { only: { type: 'string' }, force: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
});
const names = values.only ? values.only.split(',') : Object.keys(PARTS);
for (const name of names) if (!PARTS[name]) throw new Error(`build-package: no part "${name}" (parts: ${Object.keys(PARTS).join(', ')})`);

process.chdir(ROOT);
const newest = newestSource();
for (const name of names) {
  const part = PARTS[name];
  const final = join(ROOT, 'lib', name);
  const marker = join(final, part.marker);
  if (!values.force && existsSync(marker) && statSync(marker).mtimeMs > newest) continue;
  const started = performance.now();
  const temporary = join(ROOT, 'lib', `.${name}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    await part.build(temporary);
    rmSync(final, { recursive: true, force: true });
    renameSync(temporary, final);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  if (!values.quiet) process.stderr.write(`tarikh package: built lib/${name}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
