/**
 * The review page's keys, as a pure map from a key press to a command. Letters are read by
 * their physical key (`code`), so J, K, A, H, E, M work on an Arabic keyboard layout too. None
 * acts while a person types in a field (there Ctrl/⌘+Z is the field's own undo), and none takes
 * the timeline's keys (arrows, + and −, Home, End, Escape).
 */
export type ReviewCommand = 'next' | 'previous' | 'approve' | 'hide' | 'edit' | 'merge' | 'undo' | 'redo' | 'save';

export interface ReviewKeyPress {
  key: string;
  code: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

/** The keys as the page documents them, in the order it lists them. */
export const REVIEW_KEYS: readonly { command: ReviewCommand; keys: string[] }[] = [
  { command: 'next', keys: ['J'] },
  { command: 'previous', keys: ['K'] },
  { command: 'approve', keys: ['A'] },
  { command: 'hide', keys: ['H'] },
  { command: 'edit', keys: ['E'] },
  { command: 'merge', keys: ['M'] },
  { command: 'undo', keys: ['Ctrl+Z', '⌘+Z'] },
  { command: 'redo', keys: ['Shift+Ctrl+Z', 'Shift+⌘+Z', 'Ctrl+Y'] },
  { command: 'save', keys: ['Ctrl+Enter', '⌘+Enter'] },
];

const LETTERS: Record<string, ReviewCommand> = { KeyJ: 'next', KeyK: 'previous', KeyA: 'approve', KeyH: 'hide', KeyE: 'edit', KeyM: 'merge' };

/**
 * The command for a key press; `typing` is true when focus is in a text field, a select or
 * an editable element. Ctrl/⌘+Enter saves the form the press came from, typing or not.
 */
export function reviewCommand(press: ReviewKeyPress, typing: boolean): ReviewCommand | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey && press.key === 'Enter') return 'save';
  if (typing) return null;
  if (command && !press.altKey) {
    if (press.code === 'KeyZ') return press.shiftKey ? 'redo' : 'undo';
    if (press.code === 'KeyY' && !press.shiftKey) return 'redo';
    return null;
  }
  if (press.altKey || press.shiftKey) return null;
  return LETTERS[press.code] ?? null;
}

/** Whether focus is where a person types (keys then belong to the field). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as (HTMLElement & { type?: string }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(element.type ?? 'text');
}
