import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { tarikhEvents } from './src/extract/vite-plugin.ts';

export default defineConfig({
  plugins: [svelte(), svelteTesting(), tarikhEvents()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
