/**
 * The package's Node side, compiled into lib/ (scripts/build-package.mjs runs this build,
 * then the embed's and the type declarations):
 *
 *   lib/index.js    the API (`tarikh`)
 *   lib/bin.js      the `tarikh` command
 *   lib/vite.js     the Vite plugin (`tarikh/vite`)
 *   lib/worker.js   a worker thread of `--jobs`
 *   lib/world*.json the generated gazetteer, read by world.ts at run time (scripts/build-package.mjs copies them)
 *
 * Dependencies stay imports (they are the package's dependencies); shared code goes into
 * chunks beside the entries, all in one folder, because the pool finds lib/worker.js and the
 * plugin lib/bin.js relative to their own module.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'lib/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        index: resolve('src/index.ts'),
        bin: resolve('src/extract/bin.ts'),
        vite: resolve('src/extract/vite-plugin.ts'),
        worker: resolve('src/extract/parallel/worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
