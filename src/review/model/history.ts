/**
 * Undo and redo of a reviewer's changes. Each change is kept as the operations that undo it,
 * which the server gave back when it applied it; undoing sends them, and what the server
 * gives back for those is what redoes the change. So every step restores the file as it was,
 * byte for byte (the file's text is a function of its records).
 */
import type { CorrectionOperation } from '../../events/index.ts';

export interface HistoryEntry {
  /** What the change was, for a person ("Changed: date", "Hidden"). */
  label: string;
  /** The event it was about (queue.ts eventKey), to show it again when it is undone; null for none. */
  key: string | null;
  /** The operations to send to take this step back (or forward again). */
  operations: CorrectionOperation[];
}

export class UndoHistory {
  #done: HistoryEntry[] = [];
  #undone: HistoryEntry[] = [];

  get canUndo(): boolean {
    return this.#done.length > 0;
  }
  get canRedo(): boolean {
    return this.#undone.length > 0;
  }
  /** Labels of the next undo and redo, for the buttons' names. */
  get nextUndo(): string | null {
    return this.#done.at(-1)?.label ?? null;
  }
  get nextRedo(): string | null {
    return this.#undone.at(-1)?.label ?? null;
  }

  /** A new change was applied; `undo` is what the server answered. A new change forgets what was undone. */
  record(label: string, key: string | null, undo: CorrectionOperation[]): void {
    if (undo.length === 0) return;
    this.#done.push({ label, key, operations: undo });
    this.#undone = [];
  }

  /** The step to undo; give it back with `undone` once applied, or `restore` if it failed. */
  takeUndo(): HistoryEntry | null {
    return this.#done.pop() ?? null;
  }
  takeRedo(): HistoryEntry | null {
    return this.#undone.pop() ?? null;
  }

  /** An undo was applied; `redo` is what the server answered. */
  undone(entry: HistoryEntry, redo: CorrectionOperation[]): void {
    if (redo.length) this.#undone.push({ ...entry, operations: redo });
  }
  /** A redo was applied; `undo` is what the server answered. */
  redone(entry: HistoryEntry, undo: CorrectionOperation[]): void {
    if (undo.length) this.#done.push({ ...entry, operations: undo });
  }

  /** Put a step back where it was taken from (its request failed). */
  restore(entry: HistoryEntry, from: 'undo' | 'redo'): void {
    (from === 'undo' ? this.#done : this.#undone).push(entry);
  }
}
