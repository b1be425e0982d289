import { describe, expect, it } from 'vitest';
import { actorName, placeName } from './names.ts';

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
