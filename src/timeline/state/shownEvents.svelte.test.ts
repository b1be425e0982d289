// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { validateEventsDocument, type EventsDocument } from '../../events/index.ts';
import { denseDocument } from '../../events/fixtures/dense.ts';
import { NO_FILTER } from '../model/filter.ts';
import type { FormatOptions } from '../model/format.ts';
import { ShownEvents } from './shownEvents.svelte.ts';
import { eventInterval } from '../model/time.ts';

const checked = validateEventsDocument(denseDocument(200));
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const document: EventsDocument = checked.document;
const fmt: FormatOptions = { lang: 'en', monthSystem: 'levantine', numbering: 'latn' };

function mount() {
  let doc: EventsDocument | null = $state.raw(null);
  let shown!: ShownEvents;
  const destroy = $effect.root(() => {
    shown = new ShownEvents(() => doc, () => fmt);
  });
  return {
    shown,
    destroy,
    load(next: EventsDocument | null) {
      doc = next;
      flushSync();
    },
  };
}

describe('ShownEvents', () => {
  it('without a document: nothing shown, nothing to fit, no Home or End', () => {
    const { shown, destroy } = mount();
    expect(shown.list).toEqual([]);
    expect(shown.extent).toBeNull();
    expect(shown.fitExtent).toBeNull();
    expect(shown.bounds).toBeNull();
    expect(shown.total).toBe(0);
    destroy();
  });

  it('every event, chronological, with the facets and the type colours the document uses', () => {
    const { shown, load, destroy } = mount();
    load(document);
    expect(shown.list).toHaveLength(200);
    expect(shown.total).toBe(200);
    const starts = shown.list.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(shown.facets?.places).toContain('Istanbul');
    // The legend lists the kinds in use only (no military event in this document).
    expect(shown.typeKinds).toEqual(expect.arrayContaining(['meeting', 'visit', 'statement', 'agreement']));
    expect(shown.typeKinds).not.toContain('military');
    const latestEnd = Math.max(...document.events.map((e) => eventInterval(e).end));
    expect(shown.extent?.end).toBe(latestEnd);
    expect(shown.bounds).toEqual({ first: shown.list[0]!.start, last: shown.list.at(-1)!.end });
    destroy();
  });

  it('a filter narrows the list, the band’s index, what “fit” shows and Home/End, not the first view or the total', () => {
    const { shown, load, destroy } = mount();
    load(document);
    const extent = shown.extent;
    shown.filter = { ...NO_FILTER, place: 'Doha' };
    flushSync();
    const doha = document.events.filter((e) => e.place === 'Doha');
    expect(shown.list.map((e) => e.id).sort()).toEqual(doha.map((e) => e.id).sort());
    expect(shown.index.events).toHaveLength(doha.length);
    expect(shown.total).toBe(200);
    expect(shown.extent).toBe(extent);
    expect(shown.fitExtent).toEqual({ start: Math.min(...shown.list.map((e) => e.start)), end: Math.max(...shown.list.map((e) => e.end)) });
    expect(shown.bounds?.first).toBe(shown.list[0]!.start);
    destroy();
  });
});
