/**
 * Stable DOM slots for the marks. While zooming, most marks are clusters that re-form every
 * frame (another first event, another count), so keying the buttons by event would create and
 * destroy most of them on every frame. Instead each item gets a slot (the key of its <button>):
 * an item whose key was drawn last frame keeps its slot (only its position changes); a new item
 * takes over a slot freed at the same place in the previous order (the button is reused, its
 * text and attributes change, nothing moves in the DOM); a new slot is made only when no freed
 * one is left. The slots come out in the items' order, so the buttons stay in reading order
 * (the tab order) whatever was reused. Browser-free.
 */
export class SlotKeeper {
  #slotOf = new Map<string, number>();
  /** Slots in the previous frame's order. */
  #order: number[] = [];
  #fresh = 0;

  /** One slot per key, in the same order; the keys must be distinct. */
  assign(keys: readonly string[]): number[] {
    const n = keys.length;
    const slots = new Array<number>(n);
    const kept = new Set<number>();
    for (let i = 0; i < n; i++) {
      const slot = this.#slotOf.get(keys[i] as string);
      if (slot !== undefined && !kept.has(slot)) {
        slots[i] = slot;
        kept.add(slot);
      } else slots[i] = -1;
    }
    const order = this.#order;
    const position = new Map<number, number>();
    for (let i = 0; i < order.length; i++) position.set(order[i] as number, i);
    // Walk the previous order alongside the items: a new item takes the next freed slot, unless
    // a kept one (a later item's) comes first. Freed slots passed over are reused elsewhere.
    const passed: number[] = [];
    let p = 0;
    for (let i = 0; i < n; i++) {
      const slot = slots[i] as number;
      if (slot >= 0) {
        const at = position.get(slot) as number;
        if (at >= p) {
          for (; p < at; p++) if (!kept.has(order[p] as number)) passed.push(order[p] as number);
          p = at + 1;
        }
        continue;
      }
      if (p < order.length && !kept.has(order[p] as number)) slots[i] = order[p++] as number;
    }
    for (; p < order.length; p++) if (!kept.has(order[p] as number)) passed.push(order[p] as number);
    for (let i = 0; i < n; i++) if (slots[i] === -1) slots[i] = passed.pop() ?? this.#fresh++;
    this.#slotOf = new Map();
    for (let i = 0; i < n; i++) this.#slotOf.set(keys[i] as string, slots[i] as number);
    this.#order = slots;
    return slots;
  }
}
