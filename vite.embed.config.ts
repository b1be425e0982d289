/**
 * The `<tarikh-timeline>` bundle: `dist/embed.js`, one ES module with everything in it.
 * `vite build` (vite.config.ts) runs this build after the app's; it can also run alone:
 * `vite build -c vite.embed.config.ts`.
 *
 * Styles: Svelte's `css: 'injected'` would add `<style>` elements to the shadow root, which a
 * strict `style-src 'self'` blocks. Instead the components' CSS is extracted as usual and then
 * moved into the module as a string, which the element adopts as a constructed stylesheet
 * (`shadowRoot.adoptedStyleSheets`): CSP does not govern constructed stylesheets, so the
 * embed needs no 'unsafe-inline'.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { tarikhTypeColours } from './src/timeline/components/typeColours.ts';

export const CSS_PLACEHOLDER = '__TARIKH_EMBED_CSS__';

/** Replace the placeholder string in the JS with the extracted CSS and drop the CSS file. */
function inlineCssIntoModule(): Plugin {
  return {
    name: 'tarikh-embed-inline-css',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      const cssFiles = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      const css = cssFiles.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      for (const f of cssFiles) delete bundle[f.fileName];
      const placeholder = new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`, 'g');
      let replaced = 0;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(placeholder, () => {
          replaced++;
          return JSON.stringify(css);
        });
      }
      if (replaced !== 1) this.error(`tarikh embed: expected one CSS placeholder in the bundle, found ${replaced}`);
    },
  };
}

export default defineConfig({
  // The embed never reads public/ or data/: the app build copies those.
  publicDir: false,
  plugins: [
    svelte({
      dynamicCompileOptions: ({ filename }) => (filename.endsWith('.ce.svelte') ? { customElement: true } : undefined),
    }),
    tarikhTypeColours(),
    inlineCssIntoModule(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: !!process.env.TARIKH_EMBED_SOURCEMAP,
    target: 'es2022',
    minify: true,
    // An application build with a script entry (not library mode, which keeps whitespace in ES output).
    rollupOptions: {
      input: { embed: 'src/embed/element.ts' },
      // Keep the custom element's exports; the module is loaded by pages, not bundlers.
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: 'embed.js',
        codeSplitting: false,
        assetFileNames: 'embed-[name][extname]',
      },
    },
  },
});
