import { describe, expect, it } from 'vitest';
import { findActors, findPlaces, gloss, placeById } from './index.ts';

describe('gloss', () => {
  it('"Russia–United States talks, Istanbul"', () => {
    const clause = 'مع بدء وفدين أميركي وروسي جولة ثانية من المحادثات في اسطنبول';
    expect(gloss({ type: 'meeting', place: findPlaces(clause)[0]!.place, actors: findActors(clause).map((m) => m.actor) })).toBe(
      'Russia–United States talks, Istanbul',
    );
  });

  it('officials stand for their countries; organizations follow', () => {
    const actors = findActors('التقى لافروف وروبيو وغوتيريش').map((m) => m.actor);
    expect(gloss({ type: 'meeting', place: placeById('riyadh')!, actors })).toBe('Russia–United States–António Guterres talks, Riyadh');
  });

  it('without actors, without type, without anything', () => {
    expect(gloss({ type: 'meeting', place: placeById('geneva')!, actors: [] })).toBe('Talks in Geneva');
    expect(gloss({ type: null, place: placeById('black-sea')!, actors: findActors('روسيا').map((m) => m.actor) })).toBe('Russia, Black Sea');
    expect(gloss({ type: null, place: null, actors: [] })).toBeNull();
    // The title noun is the vocabulary's; a word it does not know adds none.
    expect(gloss({ type: 'talks', place: placeById('geneva')!, actors: [] })).toBe('Talks in Geneva');
    expect(gloss({ type: 'protest', place: placeById('geneva')!, actors: [] })).toBe('Geneva');
  });
});
