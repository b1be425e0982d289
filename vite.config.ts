import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { tarikhTypeColours } from './src/timeline/components/typeColours.ts';

// The Vite plugin as other sites get it: the package's compiled build (`tarikh/vite`, which
// runs the compiled CLI), brought up to date with the sources first (a no-op when it is).
execFileSync(process.execPath, ['scripts/build-package.mjs', '--only', 'node', '--quiet'], { stdio: 'inherit' });
const { tarikhEvents } = await import('tarikh/vite');

/** `*.ce.svelte` files are custom elements (`<tarikh-timeline>`); everything else is a plain component. */
const dynamicCompileOptions = ({ filename }: { filename: string }) =>
  filename.endsWith('.ce.svelte') ? { customElement: true } : undefined;

/**
 * After the app's build: build `dist/embed.js` (vite.embed.config.ts: one self-contained
 * module, styles adopted into the shadow root) and copy the demo page that loads it.
 */
function embedBundle(): Plugin {
  let building = false;
  let outDir = resolve('dist');
  return {
    name: 'tarikh-embed-bundle',
    configResolved(config) {
      building = config.command === 'build' && !process.env.VITEST;
      outDir = resolve(config.root, config.build.outDir);
    },
    // Dev: embed-demo.html's ./embed.js is the element's source (styles.ts adopts the dev CSS).
    configureServer(server) {
      server.middlewares.use('/embed.js', (_req, res) => {
        res.statusCode = 307;
        res.setHeader('Location', '/src/embed/element.ts');
        res.end();
      });
    },
    async closeBundle() {
      if (!building) return;
      // Beside the app, wherever --outDir put it.
      await build({ configFile: resolve('vite.embed.config.ts'), logLevel: 'warn', build: { outDir } });
      copyFileSync(resolve('embed-demo.html'), resolve(outDir, 'embed-demo.html'));
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of a site (and embed.html beside it).
  base: './',
  // TARIKH_SKIP_EXTRACT=1 builds the view from the committed data/events.json as it is;
  // TARIKH_APPROVED_ONLY=1 publishes only the events a person approved.
  // TARIKH_ARTICLES, TARIKH_EVENTS and TARIKH_CORRECTIONS name other data (the review test builds from a copy).
  plugins: [
    svelte({ dynamicCompileOptions }),
    svelteTesting(),
    tarikhTypeColours(),
    tarikhEvents({
      extract: !process.env.TARIKH_SKIP_EXTRACT,
      articlesDir: process.env.TARIKH_ARTICLES,
      eventsFile: process.env.TARIKH_EVENTS ?? 'data/events.json',
      correctionsFile: process.env.TARIKH_CORRECTIONS,
      approvedOnly: process.env.TARIKH_APPROVED_ONLY === '1',
    }),
    embedBundle(),
  ],
  build: {
    rollupOptions: {
      // The app and the page made for iframes; embed-demo.html loads dist/embed.js as it is.
      input: { main: resolve('index.html'), embed: resolve('embed.html') },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
