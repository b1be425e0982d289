import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignEventIds } from './event-ids.ts';
import type { EventsDocument } from './schema.ts';

const GOLDEN = new URL('../extract/fixtures/golden/', import.meta.url);

describe('assignEventIds: the extractor\'s id rule', () => {
  const documents = readdirSync(GOLDEN).filter((name) => name.endsWith('.events.json'));

  it.each(documents)('gives the events of %s the ids and the order the extractor gave them', (name) => {
    const document = JSON.parse(readFileSync(new URL(name, GOLDEN), 'utf8')) as EventsDocument;
    const expected = document.events.map((event) => event.id);
    expect(expected.length).toBeGreaterThan(0);
    const reversed = structuredClone(document.events).reverse();
    for (const event of reversed) event.id = '';
    expect(assignEventIds(reversed).map((event) => event.id)).toEqual(expected);
  });
});
