/**
 * The messages between `embed.html` (in an iframe) and the page that embeds it.
 *
 * Frame → parent (posted to the parent's origin when it is known, see `expectedParentOrigin`):
 *   { type: 'tarikh:resize', height: number }     the page's height in CSS px, on every change
 *   { type: 'tarikh:select', id: string | null }  the reader opened an event (null: closed it)
 * Parent → frame (accepted only from window.parent and from the expected origin):
 *   { type: 'tarikh:select', id: string | null }  open an event (or close the panel)
 */
import { parseHttpUrl } from '../events/url.ts';
import { parseEventId } from '../timeline/model/settings.ts';

export type FrameMessage = { type: 'tarikh:resize'; height: number } | { type: 'tarikh:select'; id: string | null };
export type ParentMessage = { type: 'tarikh:select'; id: string | null };

/**
 * Which origin the frame talks to: `?origin=` when the embedding page names itself, else the
 * origin of the page that loaded the frame (document.referrer), else none (null: messages go
 * out to any parent, and no message is accepted).
 */
export function expectedParentOrigin(originParam: string | null, referrer: string): string | null {
  for (const candidate of [originParam, referrer]) {
    const url = parseHttpUrl(candidate);
    if (url) return url.origin;
  }
  return null;
}

/** A message from the parent, or null when it is not one we take (wrong origin, source or shape). */
export function readParentMessage(
  data: unknown,
  origin: string,
  source: unknown,
  parent: unknown,
  expectedOrigin: string | null,
): ParentMessage | null {
  if (expectedOrigin === null || origin !== expectedOrigin || source !== parent) return null;
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; id?: unknown };
  if (message.type !== 'tarikh:select') return null;
  if (message.id === null) return { type: 'tarikh:select', id: null };
  const id = parseEventId(message.id);
  return id ? { type: 'tarikh:select', id } : null;
}
