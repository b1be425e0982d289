/**
 * The events document a timeline shows: the one given (checked again), else fetched from `src`
 * (load.ts), with a retry. A new document or `src` loads again and abandons the fetch in
 * flight. Construct it while a component initialises (it owns an effect).
 */
import type { EventsDocument } from '../../events/index.ts';
import { checkDocument, loadEventsDocument, type LoadResult } from '../model/load.ts';

export type LoadState = LoadResult | { state: 'loading' };

export interface DocumentSource {
  /** A document already in hand; wins over `src`. */
  document: () => unknown;
  /** URL of an events document, resolved against the page. */
  src: () => string;
  fetch?: typeof fetch;
}

export class DocumentLoad {
  // Raw: a 10,000-event document must not be wrapped in deep reactive proxies.
  state: LoadState = $state.raw({ state: 'loading' });
  /** The validated document, once there is one. */
  readonly document: EventsDocument | null = $derived(this.state.state === 'ok' ? this.state.document : null);
  #attempt = $state(0);

  constructor(source: DocumentSource) {
    $effect(() => {
      void this.#attempt;
      const given = source.document();
      if (given) {
        this.state = checkDocument(given);
        return;
      }
      const controller = new AbortController();
      this.state = { state: 'loading' };
      const base = globalThis.location?.href ?? 'http://localhost/';
      loadEventsDocument(source.src(), base, source.fetch ?? fetch, controller.signal).then(
        (result) => (this.state = result),
        () => {},
      );
      return () => controller.abort();
    });
  }

  /** Load again (after a failed fetch, or a document fixed at its source). */
  retry(): void {
    this.#attempt++;
  }
}
