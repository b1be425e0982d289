/**
 * Whether the page is being printed. A printed timeline is the whole chronological list of
 * the shown events, not the visible range (the band is hidden in print). The only window
 * listeners a timeline has, removed with it. Construct it while a component initialises.
 */
import { flushSync } from 'svelte';

export class PrintMode {
  active = $state(false);

  constructor() {
    $effect(() => {
      // Synchronously: the browser lays out the printed page right after beforeprint.
      const start = () => flushSync(() => (this.active = true));
      const end = () => (this.active = false);
      const media = globalThis.matchMedia?.('print');
      const change = (e: MediaQueryListEvent) => (e.matches ? start() : end());
      media?.addEventListener('change', change);
      globalThis.addEventListener?.('beforeprint', start);
      globalThis.addEventListener?.('afterprint', end);
      return () => {
        media?.removeEventListener('change', change);
        globalThis.removeEventListener?.('beforeprint', start);
        globalThis.removeEventListener?.('afterprint', end);
      };
    });
  }
}
