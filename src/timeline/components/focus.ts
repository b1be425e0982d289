/**
 * Where keyboard focus goes when what had it changes under the reader: the panel closes, the
 * view moves a focused mark away (culled, or folded into a cluster), a cluster opens. Marks
 * are reused buttons (slots.ts), so a focused button may now show another event: these look
 * an event's mark up again by its id. Plain DOM, no framework.
 */

/** The mark (or the cluster it leads) that shows event `id`. */
export function markOf(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-event-id="${id}"], [data-first-event-id="${id}"]`);
}

/** The event a mark shows (its own, or the first of its cluster). */
export function eventIdOf(element: Element | null): string | undefined {
  const mark = element?.closest<HTMLElement>('[data-event-id], [data-first-event-id]');
  return mark?.dataset.eventId ?? mark?.dataset.firstEventId;
}

const zoomButton = (root: ParentNode) => root.querySelector<HTMLElement>('.zoom button');

/** The panel of event `id` closed: back to what opened it, else to the event's mark or list entry, else to the zoom buttons. */
export function focusAfterClose(root: ParentNode, opener: HTMLElement | null, id: string | null): void {
  const target =
    (opener?.isConnected ? opener : null) ??
    (id ? (root.querySelector<HTMLElement>(`[data-event-id="${id}"]`) ?? root.querySelector<HTMLElement>(`[data-list-event-id="${id}"]`)) : null) ??
    zoomButton(root);
  target?.focus();
}

/**
 * The view moved while the mark of event `id` had focus: leave focus where it is if it is still
 * inside the timeline on the same event, else put it on that event's mark, else on any mark.
 */
export function keepFocus(root: HTMLElement, id: string): void {
  // Inside a shadow root (<tarikh-timeline>) document.activeElement is the host: ask the root's own.
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const shows = active instanceof HTMLElement ? (active.dataset.eventId ?? active.dataset.firstEventId) : undefined;
  if (active && root.contains(active) && (shows === undefined || shows === id)) return;
  const fallback = markOf(root, id) ?? root.querySelector<HTMLElement>('.viewport .mark') ?? zoomButton(root);
  fallback?.focus();
}
