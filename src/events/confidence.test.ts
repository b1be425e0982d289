/** Confidence: the score, the reasons' names, and what a person's corrections do to them. */
import { describe, expect, it } from 'vitest';
import { anchorOf } from './anchor.ts';
import { applyCorrections } from './apply-corrections.ts';
import {
  assessEvent,
  assessmentContext,
  CONFIDENCE_REASON_IDS,
  CONFIDENCE_REASONS,
  confidenceOf,
  confidenceScore,
  reasonLabel,
} from './confidence.ts';
import type { Correction } from './corrections.ts';
import { sampleDocument } from './corrections.fixtures.ts';
import type { EventsDocument, TimelineEvent } from './schema.ts';
import { validateEventsDocument } from './validate.ts';

/**
 * The corrections sample as the build step would give it: every event assessed; the Istanbul
 * round's phrase was read as relative and its title cut (what only a reading knows).
 */
function assessedSample(): EventsDocument {
  const document = sampleDocument();
  const context = assessmentContext(document.articles);
  for (const event of document.events) {
    if (event.id === '2025-02-27-istanbul') event.confidence = confidenceOf(['relative-date', 'long-title']);
    assessEvent(event, context);
  }
  return document;
}

const byTitle = (document: EventsDocument, start: string) => document.events.find((event) => event.title.startsWith(start)) as TimelineEvent;
const at = (document: EventsDocument, start: string, source = 0) => {
  const event = byTitle(document, start);
  return anchorOf(document, event, event.sources[source]);
};
function apply(document: EventsDocument, corrections: Correction[]) {
  const result = applyCorrections(document, corrections);
  const validation = validateEventsDocument(result.document);
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  // Applying again to the corrected document changes nothing, confidences included.
  expect(applyCorrections(result.document, corrections).document).toEqual(result.document);
  return result.document;
}

describe('the score', () => {
  it('is 1 without a reason, and each reason multiplies it by 1 − its penalty', () => {
    expect(confidenceScore([])).toBe(1);
    expect(confidenceScore(['conflict'])).toBe(0.6);
    expect(confidenceScore(['future', 'year-inferred', 'approximate'])).toBe(0.5); // 0.7 × 0.8 × 0.9 = 0.504
    expect(confidenceScore(['no-place', 'no-type'])).toBe(0.81);
  });

  it('a reason a later version adds costs nothing here and is named as written', () => {
    expect(confidenceScore(['translated', 'no-place'])).toBe(0.9);
    expect(reasonLabel('translated', 'ar')).toBe('translated');
  });

  it('reasons are listed once each, most costly first', () => {
    expect(confidenceOf(['no-place', 'future', 'no-place', 'conflict'])).toEqual({ score: 0.38, reasons: ['conflict', 'future', 'no-place'] }); // 0.6 × 0.7 × 0.9
    const penalties = CONFIDENCE_REASON_IDS.map((reason) => CONFIDENCE_REASONS[reason].penalty);
    expect(penalties).toEqual([...penalties].sort((a, b) => b - a));
  });

  it('every reason has a name in Arabic and in English, no two alike', () => {
    for (const lang of ['ar', 'en'] as const) {
      const labels = CONFIDENCE_REASON_IDS.map((reason) => reasonLabel(reason, lang));
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label.length).toBeGreaterThan(5);
    }
    expect(reasonLabel('year-inferred', 'ar')).toBe('السنة مأخوذة من تاريخ النشر');
  });
});

describe('reasons that follow from the event', () => {
  it('future only when every article that tells it was published before it; never with a publication date unknown', () => {
    const document = sampleDocument();
    const april = byTitle(document, 'التقيا مجدداً');
    const context = assessmentContext(document.articles);
    assessEvent(april, context);
    expect(april.confidence!.reasons).not.toContain('future'); // 10 April, published 11 April
    document.articles[0]!.published = '2025-04-01';
    assessEvent(april, assessmentContext(document.articles));
    expect(april.confidence!.reasons).toContain('future');
    document.articles[0]!.published = null;
    assessEvent(april, assessmentContext(document.articles));
    expect(april.confidence!.reasons).not.toContain('future');
  });

  it('a reviewer\'s note is no article: with one article and a note, a single source says nothing', () => {
    const document = sampleDocument();
    document.articles = [document.articles[0]!, { id: 'note-x', title: 'n', published: null, source: null, language: 'ar', note: true, paragraphs: ['n'] }];
    const istanbul = byTitle(document, 'عقد الجانبان');
    assessEvent(istanbul, assessmentContext(document.articles));
    expect(istanbul.confidence!.reasons).not.toContain('single-source');
  });
});

describe('corrections and confidence', () => {
  it('the sample as assessed: what each event is doubted for', () => {
    const document = assessedSample();
    expect(document.events.map((event) => [event.id, event.confidence])).toEqual([
      ['2025-02-18-riyadh', { score: 0.8, reasons: ['year-inferred'] }],
      ['2025-02-27-istanbul', { score: 0.65, reasons: ['relative-date', 'long-title', 'single-source'] }],
      ['2025-04-10-meeting', { score: 0.65, reasons: ['year-inferred', 'no-place', 'single-source'] }],
    ]);
  });

  it('a corrected date answers every reason about the date and nothing else; `corrected` says so', () => {
    const document = assessedSample();
    const corrected = apply(document, [{ id: 'e', kind: 'edit', target: at(document, 'عقد الجانبان'), set: { date: '2025-02-26' } }]);
    const istanbul = byTitle(corrected, 'عقد الجانبان');
    expect(istanbul.corrected).toEqual(['date']);
    expect(istanbul.confidence).toEqual({ score: 0.81, reasons: ['long-title', 'single-source'] });
    // a conflict is about the date too
    const conflicting = assessedSample();
    conflicting.events[0]!.conflict = true;
    conflicting.events[0]!.sources[1]!.date = '2025-02-19';
    const before = applyCorrections(conflicting, []).document.events[0]!;
    expect(before.confidence!.reasons).toEqual(['conflict', 'year-inferred']);
    const after = apply(conflicting, [{ id: 'e', kind: 'edit', target: at(conflicting, 'جرى أول'), set: { date: '2025-02-18' } }]).events[0]!;
    expect(after.confidence).toEqual({ score: 1, reasons: [] });
  });

  it('a corrected place answers "no place" (its local name counts as the place); a corrected title, the cut title; a type, "no type"', () => {
    const document = assessedSample();
    document.events[2]!.type = null;
    assessEvent(document.events[2]!, assessmentContext(document.articles));
    const corrected = apply(document, [
      { id: 'p', kind: 'edit', target: at(document, 'التقيا مجدداً'), set: { placeLocal: 'دمشق', place: 'Damascus', type: 'meeting' } },
      { id: 't', kind: 'edit', target: at(document, 'عقد الجانبان'), set: { title: 'جولة ثانية في اسطنبول' } },
    ]);
    const april = byTitle(corrected, 'التقيا مجدداً');
    expect(april.corrected).toEqual(['place', 'type']);
    expect(april.confidence!.reasons).toEqual(['year-inferred', 'single-source']);
    const istanbul = byTitle(corrected, 'جولة ثانية');
    expect(istanbul.corrected).toEqual(['title']);
    expect(istanbul.confidence!.reasons).toEqual(['relative-date', 'single-source']);
  });

  it('approving keeps every reason and marks the event reviewed; nothing is marked corrected', () => {
    const document = assessedSample();
    const corrected = apply(document, [{ id: 'r', kind: 'review', target: at(document, 'التقيا مجدداً'), status: 'approved' }]);
    const april = byTitle(corrected, 'التقيا مجدداً');
    expect(april.reviewed).toBe(true);
    expect(april.confidence).toEqual(byTitle(document, 'التقيا مجدداً').confidence);
    expect(april).not.toHaveProperty('corrected');
    expect(corrected.events.filter((event) => event.reviewed)).toHaveLength(1);
  });

  it('a merge: two sources, so no longer a single source; the more precise date brings its reading\'s reasons; a place fills the gap', () => {
    const document = assessedSample();
    const april = byTitle(document, 'التقيا مجدداً');
    april.date = { edtf: '2025-02', start: '2025-02-01', end: '2025-02-28', precision: 'month', certainty: 'stated' };
    assessEvent(april, assessmentContext(document.articles));
    const merged = apply(document, [{ id: 'm', kind: 'merge', targets: [at(document, 'التقيا مجدداً'), at(document, 'عقد الجانبان')] }]);
    const event = byTitle(merged, 'التقيا مجدداً');
    expect(event.date.edtf).toBe('2025-02-27');
    expect(event.corrected).toEqual(['sources']);
    expect(event.place).toBe('Istanbul');
    expect(event.confidence!.reasons).toEqual(['relative-date']);
  });

  it('a split: both events are told by one article now, by a person\'s decision', () => {
    const document = assessedSample();
    const split = apply(document, [{ id: 's', kind: 'split', source: at(document, 'جرى أول', 1) }]);
    const riyadh = split.events.filter((event) => event.title.startsWith('جرى أول'));
    expect(riyadh.map((event) => event.sources[0]!.article)).toEqual(['a1', 'a2']);
    for (const event of riyadh) {
      expect(event.corrected).toEqual(['sources']);
      expect(event.confidence!.reasons).toEqual(['year-inferred']);
    }
  });

  it('an event added by hand: every field it was given is a person\'s, its source too; what it lacks is still said', () => {
    const document = assessedSample();
    const added = apply(document, [
      { id: 'n', kind: 'add', event: { date: '2025-03-02', title: 'اتصال هاتفي بين الوزيرين', type: 'call' }, note: 'من بيان الوزارة', link: 'https://example.org/statement' },
    ]);
    const call = byTitle(added, 'اتصال هاتفي');
    expect(call.corrected).toEqual(['date', 'title', 'type', 'sources']);
    expect(call.confidence).toEqual({ score: 0.9, reasons: ['no-place'] });
  });

  it('a document without confidences (another producer\'s) gets none, but says what a person did', () => {
    const document = sampleDocument();
    const corrected = apply(document, [
      { id: 'e', kind: 'edit', target: at(document, 'عقد الجانبان'), set: { date: '2025-02-26' } },
      { id: 'r', kind: 'review', target: at(document, 'التقيا مجدداً'), status: 'approved' },
    ]);
    expect(corrected.events.some((event) => event.confidence)).toBe(false);
    expect(byTitle(corrected, 'عقد الجانبان').corrected).toEqual(['date']);
    expect(byTitle(corrected, 'التقيا مجدداً').reviewed).toBe(true);
  });
});
