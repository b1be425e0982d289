/**
 * The review page's connection to the review server: the latest state, the changes a reviewer
 * makes (one at a time, in order), undo and redo, and the changes other tabs make (a stream of
 * versions: a newer one fetches the state again).
 */
import type { CorrectionOperation } from '../../events/index.ts';
import type { ReviewState } from '../../events/review-api.ts';
import { reviewApi, ReviewApiError } from '../model/api.ts';
import { UndoHistory, type HistoryEntry } from '../model/history.ts';

export type ChangeResult = { ok: true; changed: boolean } | { ok: false; message: string };

export class ReviewConnection {
  /** Raw: a large document must not be wrapped in deep proxies. */
  state: ReviewState | null = $state.raw(null);
  loadError: string | null = $state(null);
  /** False while the stream of changes is broken (the server stopped?). */
  connected = $state(true);
  /** A change is on its way to the server. */
  busy = $state(false);
  /** Labels of the next undo and redo (null: nothing to undo / redo). */
  nextUndo: string | null = $state(null);
  nextRedo: string | null = $state(null);

  readonly #history = new UndoHistory();
  #queue: Promise<unknown> = Promise.resolve();
  readonly #fetch: typeof fetch | undefined;

  constructor(fetchImpl?: typeof fetch) {
    this.#fetch = fetchImpl;
  }

  /** Fetches the state; a state older than the one shown is ignored. */
  async refresh(): Promise<void> {
    try {
      this.#accept(await reviewApi.state(this.#fetch));
      this.loadError = null;
    } catch (error) {
      this.loadError = (error as Error).message;
    }
  }

  /** Follows changes made elsewhere (other tabs, the file edited by hand, articles changed); returns the function that stops. */
  follow(): () => void {
    const source = new EventSource(reviewApi.changesUrl);
    source.addEventListener('version', (event) => {
      this.connected = true;
      // A restarted server counts from 1 again: the state says which server it came from.
      const version = Number((event as MessageEvent<string>).data);
      if (!this.state || version !== this.state.version) void this.refresh();
    });
    source.addEventListener('error', () => (this.connected = false));
    return () => source.close();
  }

  /** Applies a reviewer's change to the event `key` names; remembered for undo. */
  change(label: string, key: string | null, operations: CorrectionOperation[]): Promise<ChangeResult> {
    if (operations.length === 0) return Promise.resolve({ ok: true, changed: false });
    return this.#serial(async () => {
      const result = await this.#send(operations);
      if (result.ok) this.#history.record(label, key, result.undo);
      return result.ok ? { ok: true, changed: result.undo.length > 0 } : result;
    });
  }

  /** Takes the last change back: which change (null when there was none) and how it went. */
  undo(): Promise<{ entry: HistoryEntry | null; result: ChangeResult }> {
    return this.#step('undo');
  }

  redo(): Promise<{ entry: HistoryEntry | null; result: ChangeResult }> {
    return this.#step('redo');
  }

  #step(direction: 'undo' | 'redo'): Promise<{ entry: HistoryEntry | null; result: ChangeResult }> {
    return this.#serial(async () => {
      const entry: HistoryEntry | null = direction === 'undo' ? this.#history.takeUndo() : this.#history.takeRedo();
      if (!entry) return { entry: null, result: { ok: true, changed: false } as ChangeResult };
      const result = await this.#send(entry.operations);
      if (!result.ok) {
        this.#history.restore(entry, direction);
        return { entry, result };
      }
      if (direction === 'undo') this.#history.undone(entry, result.undo);
      else this.#history.redone(entry, result.undo);
      return { entry, result: { ok: true, changed: result.undo.length > 0 } as ChangeResult };
    });
  }

  async #send(operations: CorrectionOperation[]): Promise<{ ok: true; undo: CorrectionOperation[] } | { ok: false; message: string }> {
    this.busy = true;
    try {
      const answer = await reviewApi.operations(operations, this.#fetch);
      this.#accept(answer.state);
      return { ok: true, undo: answer.undo };
    } catch (error) {
      // A broken file shows as the page's error: fetch the state that says so.
      if (error instanceof ReviewApiError && error.status === 409) void this.refresh();
      return { ok: false, message: (error as Error).message };
    } finally {
      this.busy = false;
      this.nextUndo = this.#history.nextUndo;
      this.nextRedo = this.#history.nextRedo;
    }
  }

  /** A newer state (or one from a restarted server); the same version again is no change, and keeps the objects the page holds. */
  #accept(state: ReviewState): void {
    if (this.state && this.state.instance === state.instance && state.version <= this.state.version) return;
    this.state = state;
  }

  /** One change at a time, in the order asked: an undo never overtakes the change it undoes. */
  #serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => {});
    return next;
  }
}
