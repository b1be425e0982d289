import { describe, expect, it } from 'vitest';
import { lostSubject } from './english-subject.ts';

/** The subject lost by the clause that starts at `clause` (a substring of `text`). */
const subjectOf = (text: string, clause: string) => lostSubject(text, text.indexOf(clause));

describe('the subject an English clause lost to a comma', () => {
  it('is the sentence\'s opening noun phrase before a participle or a verb', () => {
    const text = 'Lamola last visited China in 2024. Talks on a trade deal, launched in 2019, stalled in March.';
    expect(subjectOf(text, 'launched in 2019')).toBe('Talks on a trade deal');
    expect(subjectOf(text, 'stalled in March')).toBe('Talks on a trade deal');
  });

  it('reaches over an apposition, abbreviations with full stops included', () => {
    const text = "Blinken's trip, his ninth to the region since Oct. 7, 2023, begins Tuesday in Cairo.";
    expect(subjectOf(text, 'begins Tuesday')).toBe("Blinken's trip");
    expect(subjectOf('The last round of talks, held in Doha on Aug. 15-16, ended without a deal.', 'held in Doha')).toBe('The last round of talks');
    expect(subjectOf('The summit, the first since 2019, was held in Doha in May.', 'was held')).toBe('The summit');
    expect(subjectOf('Envoys met. The U.S. delegation, led by Amb. Smith, arrived Monday.', 'arrived Monday')).toBe('The U.S. delegation');
  });

  it('is none when the clause has a subject of its own or no verb opens it', () => {
    const text = 'On Monday, the ministers met in Geneva, the statement said Sunday, talks resumed in March.';
    expect(subjectOf(text, 'the ministers met')).toBeNull();
    expect(subjectOf(text, 'the statement said')).toBeNull();
    expect(subjectOf(text, 'talks resumed')).toBeNull();
    expect(subjectOf('The minister, who arrived on Monday, met his counterpart.', 'who arrived')).toBeNull();
  });

  it('is none when the opening piece is no noun phrase', () => {
    expect(subjectOf('After the talks in Geneva, held in March, nothing changed.', 'held in March')).toBeNull();
    // A time phrase is no subject.
    expect(subjectOf('Two weeks ago, met in Cairo, the officials agreed.', 'met in Cairo')).toBeNull();
    expect(subjectOf('In 2019 talks, held in Oman, failed.', 'held in Oman')).toBeNull();
    // A piece with a verb of its own is a clause.
    expect(subjectOf('The talks ended, resumed in May, and ended again.', 'resumed in May')).toBeNull();
  });

  it('looks back a bounded distance only', () => {
    const long = `The envoys, ${'x '.repeat(400)}, met in May.`;
    expect(subjectOf(long, 'met in May')).toBeNull();
  });
});
