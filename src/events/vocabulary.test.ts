import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, EVENT_TYPE_IDS, eventTypeOf, kindLabel, knownEventType, typeKind, typeLabel } from './vocabulary.ts';

describe('the event type vocabulary', () => {
  it('names every type in both languages, once, with a light and a dark colour; `other` last', () => {
    expect(new Set(EVENT_TYPE_IDS).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPE_IDS.at(-1)).toBe('other');
    for (const type of EVENT_TYPES) {
      expect(type.kind.ar, type.id).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(type.kind.en, type.id).toMatch(/^[A-Z][a-z ]+$/);
      expect(type.colour.light, type.id).toMatch(/^#[0-9a-f]{6}$/);
      expect(type.colour.dark, type.id).toMatch(/^#[0-9a-f]{6}$/);
      expect(type.colour.light).not.toBe(type.colour.dark);
    }
  });

  it('one event reads as one ("لقاء"), the legend names the kind ("محادثات ولقاءات")', () => {
    expect(typeLabel('meeting', 'ar')).toBe('لقاء');
    expect(kindLabel('meeting', 'ar')).toBe('محادثات ولقاءات');
    expect(typeLabel('meeting', 'en')).toBe('Meeting');
    expect(kindLabel('meeting', 'en')).toBe('Talks and meetings');
    // Without a single-event label the kind's name serves.
    expect(typeLabel('military', 'en')).toBe('Military action');
    expect(typeLabel('other', 'ar')).toBe('أخرى');
  });

  it('synonyms join their type, with their own label where they have one', () => {
    expect(typeKind('talks')).toBe('meeting');
    expect(typeLabel('talks', 'ar')).toBe('محادثات');
    expect(typeKind('election')).toBe('vote');
    expect(typeLabel('election', 'ar')).toBe('انتخابات');
    expect(typeKind('sanctions')).toBe('sanction');
    expect(typeLabel('sanctions', 'ar')).toBe('عقوبات');
    // A synonym without a label of its own reads as its type's event.
    expect(typeLabel('meetings', 'ar')).toBe('لقاء');
    expect(typeLabel('phone', 'en')).toBe('Call');
    // Case and spaces as other producers write them.
    expect(typeKind(' Talks ')).toBe('meeting');
    expect(typeLabel('MEETING', 'ar')).toBe('لقاء');
  });

  it('an unknown word is shown as written and coloured as `other`; no type is no type', () => {
    expect(typeLabel('protest', 'ar')).toBe('protest');
    expect(typeKind('protest')).toBe('other');
    expect(eventTypeOf('protest')?.id).toBe('other');
    expect(knownEventType('protest')).toBeNull();
    expect(knownEventType('Talks')?.titleNoun).toBe('talks');
    expect(typeKind(null)).toBeNull();
    expect(typeKind('  ')).toBeNull();
  });
});
