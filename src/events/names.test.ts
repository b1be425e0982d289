import { describe, expect, it } from 'vitest';
import { actorDetail, actorKind, actorName, placeName } from './names.ts';

const names = {
  Riyadh: { ar: 'الرياض', en: 'Riyadh' },
  Russia: { ar: 'روسيا', en: 'Russia' },
  'Mars Hill': { en: 'Mars Hill' },
};

describe('places and actors from the glossary', () => {
  it('in the reader\'s language', () => {
    expect(placeName({ place: 'Riyadh', placeLocal: 'العاصمة السعودية' }, 'ar', names)).toBe('الرياض');
    expect(placeName({ place: 'Riyadh', placeLocal: 'العاصمة السعودية' }, 'en', names)).toBe('Riyadh');
    expect(actorName('Russia', 'ar', names)).toBe('روسيا');
    expect(actorName('Russia', 'en', names)).toBe('Russia');
  });

  it('without a name in that language: the place as the article wrote it, then as the events write it', () => {
    expect(placeName({ place: 'Mars Hill', placeLocal: 'تل المريخ' }, 'ar', names)).toBe('تل المريخ');
    expect(placeName({ place: 'Mars Hill' }, 'ar', names)).toBe('Mars Hill');
    expect(placeName({ place: null, placeLocal: 'هناك' }, 'en', names)).toBe('هناك');
    expect(placeName({ place: null }, 'ar', names)).toBeNull();
    expect(actorName('Hamas', 'ar', names)).toBe('Hamas');
  });

  it('a document without a glossary (1.0.0) still names everything', () => {
    expect(placeName({ place: 'Riyadh', placeLocal: 'الرياض' }, 'ar')).toBe('الرياض');
    expect(placeName({ place: 'Riyadh' }, 'ar', undefined)).toBe('Riyadh');
    expect(placeName({ place: 'Riyadh', placeLocal: 'الرياض' }, 'en')).toBe('Riyadh');
    expect(actorName('Russia', 'ar')).toBe('Russia');
  });

  it('a name that is a property of every object is not mistaken for a glossary entry', () => {
    expect(actorName('constructor', 'ar', names)).toBe('constructor');
    expect(placeName({ place: 'toString' }, 'ar', names)).toBe('toString');
  });
});

describe('who an actor is', () => {
  const glossary = {
    Turkey: { ar: 'تركيا', en: 'Turkey', kind: 'country' as const },
    'Hakan Fidan': { ar: 'هاكان فيدان', en: 'Hakan Fidan', kind: 'person' as const, role: { ar: 'وزير الخارجية', en: 'Foreign Minister' }, country: 'Turkey' },
    Hamas: { ar: 'حماس', en: 'Hamas', kind: 'organization' as const, country: 'Palestine' },
    'Nobody Known': { en: 'Nobody Known', kind: 'person' as const, role: { en: 'Envoy' } },
  };

  it('a person\'s office and country in the reader\'s language; a body\'s country as the glossary names it', () => {
    expect(actorDetail('Hakan Fidan', 'ar', glossary)).toBe('وزير الخارجية، تركيا');
    expect(actorDetail('Hakan Fidan', 'en', glossary)).toBe('Foreign Minister, Turkey');
    // a country the glossary does not name is shown as written
    expect(actorDetail('Hamas', 'ar', glossary)).toBe('Palestine');
    // an office with no Arabic name: the English one
    expect(actorDetail('Nobody Known', 'ar', glossary)).toBe('Envoy');
  });

  it('nothing to say without the glossary or for a country', () => {
    expect(actorDetail('Turkey', 'ar', glossary)).toBeNull();
    expect(actorDetail('Hakan Fidan', 'ar')).toBeNull();
    expect(actorDetail('constructor', 'ar', glossary)).toBeNull();
  });

  it('its kind, for grouping the actor filter', () => {
    expect(actorKind('Hakan Fidan', glossary)).toBe('person');
    expect(actorKind('Turkey', glossary)).toBe('country');
    expect(actorKind('Russia', names)).toBeUndefined();
  });
});
