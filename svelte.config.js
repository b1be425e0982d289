/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: {
    // *.ce.svelte files are compiled with customElement: true by vite.config.ts (dynamicCompileOptions);
    // tools that compile them without it (svelte-check) would warn about <svelte:options customElement>.
    warningFilter: (warning) => !(warning.code === 'options_missing_custom_element' && warning.filename?.endsWith('.ce.svelte')),
  },
};
