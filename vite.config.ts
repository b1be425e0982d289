import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { tarikhEvents } from './src/extract/vite-plugin.ts';

export default defineConfig({
  // TARIKH_SKIP_EXTRACT=1 builds the view from the committed data/events.json as it is.
  plugins: [svelte(), svelteTesting(), tarikhEvents({ extract: !process.env.TARIKH_SKIP_EXTRACT })],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
