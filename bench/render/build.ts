/**
 * Builds Tarikh for the benchmark into node_modules/.cache/tarikh-bench/ (never dist/, which
 * other work uses): the app page (index.html + src/main.ts, the same sources as `vite build`,
 * with ?src= pointing at the benchmark's data) and, when vite.embed.config.ts exists, the
 * `<tarikh-timeline>` embed bundle for the size comparison.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { tarikhTypeColours } from '../../src/timeline/components/typeColours.ts';

// TARIKH_BENCH_CACHE: another place, so that runs from several checkouts at once do not overwrite each other's builds.
export const CACHE = resolve(process.env.TARIKH_BENCH_CACHE || 'node_modules/.cache/tarikh-bench');
const APP_DIR = resolve(CACHE, 'app');
const EMBED_DIR = resolve(CACHE, 'embed');
/** The same app, not minified, so a CPU profile names Tarikh's functions. */
const PROFILE_DIR = resolve(CACHE, 'app-unminified');

function buildApp(outDir: string, minify: boolean) {
  return build({
    configFile: false,
    root: resolve('.'),
    logLevel: 'warn',
    publicDir: false,
    plugins: [svelte({ dynamicCompileOptions: ({ filename }) => (filename.endsWith('.ce.svelte') ? { customElement: true } : undefined) }), tarikhTypeColours()],
    build: { outDir, emptyOutDir: true, minify, rollupOptions: { input: { main: resolve('index.html') } } },
  });
}

export async function buildTarikh(): Promise<{ appDir: string; profileDir: string; embedFile: string | null; embedNote: string }> {
  await buildApp(APP_DIR, true);
  await buildApp(PROFILE_DIR, false);
  let embedFile: string | null = null;
  let embedNote = '';
  if (existsSync('vite.embed.config.ts')) {
    try {
      await build({ configFile: resolve('vite.embed.config.ts'), logLevel: 'warn', build: { outDir: EMBED_DIR, emptyOutDir: true } });
      if (existsSync(resolve(EMBED_DIR, 'embed.js'))) embedFile = resolve(EMBED_DIR, 'embed.js');
    } catch (error) {
      embedNote = `the embed build failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
  }
  if (!embedFile && existsSync('dist/embed.js')) embedFile = resolve('dist/embed.js');
  return { appDir: APP_DIR, profileDir: PROFILE_DIR, embedFile, embedNote };
}
