import { describe, expect, it } from 'vitest';
import { anchorAt, anchorOf } from './anchor.ts';
import { applyCorrections, approvedOnly } from './apply-corrections.ts';
import type { Correction } from './corrections.ts';
import { validateCorrections } from './corrections-validate.ts';
import { A1, sampleDocument, sourceAt } from './corrections.fixtures.ts';
import type { EventsDocument, TimelineEvent } from './schema.ts';
import { validateEventsDocument } from './validate.ts';

const byId = (document: EventsDocument, id: string) => document.events.find((event) => event.id === id) as TimelineEvent;
const anchorOfEvent = (document: EventsDocument, id: string, source = 0) => {
  const event = byId(document, id);
  return anchorOf(document, event, event.sources[source]);
};

/** Applies corrections that must first pass the validator, and checks the result is a valid events document. */
function apply(document: EventsDocument, corrections: Correction[], options = {}) {
  const checked = validateCorrections({ format: 'tarikh-corrections', version: '1.0.0', corrections });
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  const result = applyCorrections(document, checked.corrections, options);
  const validation = validateEventsDocument(result.document);
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  return result;
}

describe('applyCorrections', () => {
  it('with no corrections gives the document back unchanged, and never changes its input', () => {
    const document = sampleDocument();
    expect(apply(document, []).document).toEqual(sampleDocument());
    const doc = sampleDocument();
    apply(doc, [{ id: 'h', kind: 'hide', target: anchorOfEvent(doc, '2025-02-27-istanbul') }]);
    expect(doc).toEqual(sampleDocument());
  });

  it('hide: the event leaves the document (listed as hidden with its reason and the id it has when shown)', () => {
    const document = sampleDocument();
    const result = apply(document, [{ id: 'h1', kind: 'hide', target: anchorOfEvent(document, '2025-02-27-istanbul'), reason: 'a plan, not a meeting' }]);
    expect(result.document.events.map((event) => event.id)).toEqual(['2025-02-18-riyadh', '2025-04-10-meeting']);
    expect(result.hidden).toEqual([{ correction: 'h1', reason: 'a plan, not a meeting', event: byId(sampleDocument(), '2025-02-27-istanbul') }]);
    expect(result.applied).toEqual([{ correction: 'h1', kind: 'hide', event: '2025-02-27-istanbul', hidden: true }]);
    expect(result.orphans).toEqual([]);
  });

  it('edit: sets the fields given; a new place clears the old place\'s local name and coordinates; the id follows the rule', () => {
    const document = sampleDocument();
    // where the extractor read the place goes with it: a person gave the new one
    Object.assign(byId(document, '2025-02-27-istanbul'), { placeFrom: 'sentence' });
    const result = apply(document, [
      { id: 'e1', kind: 'edit', target: anchorOfEvent(document, '2025-02-27-istanbul'), set: { date: '2025-02-26', place: 'Ankara', title: 'جولة ثانية في أنقرة', actors: ['Russia', 'United States'] } },
    ]);
    const edited = byId(result.document, '2025-02-26-ankara');
    expect(edited).toMatchObject({
      date: { edtf: '2025-02-26', start: '2025-02-26', end: '2025-02-26', precision: 'day' },
      title: 'جولة ثانية في أنقرة',
      place: 'Ankara',
      placeLocal: null,
      coordinates: null,
      type: 'meeting',
      actors: ['Russia', 'United States'],
    });
    // a date a person set is neither "inferred" nor the text's own
    expect(edited.date.certainty).toBeUndefined();
    expect(edited.placeFrom).toBeUndefined();
    expect(result.applied).toEqual([{ correction: 'e1', kind: 'edit', event: '2025-02-26-ankara' }]);
  });

  it('edit: an approximate month, an interval, a decade become the events contract\'s dates', () => {
    const document = sampleDocument();
    const target = anchorOfEvent(document, '2025-04-10-meeting');
    const month = apply(document, [{ id: 'e', kind: 'edit', target, set: { date: '2025-04~' } }]).document.events.at(-1)!;
    expect(month.date).toEqual({ edtf: '2025-04~', start: '2025-04-01', end: '2025-04-30', precision: 'month', approximate: true });
    const range = apply(document, [{ id: 'e', kind: 'edit', target, set: { date: '2025-04-08/2025-04-10' } }]).document.events.at(-1)!;
    expect(range.date).toEqual({ edtf: '2025-04-08/2025-04-10', start: '2025-04-08', end: '2025-04-10', precision: 'range' });
    const decade = apply(document, [{ id: 'e', kind: 'edit', target, set: { date: '201X' } }]).document.events[0]!;
    expect(decade).toMatchObject({ id: '2010-01-01-meeting', date: { edtf: '201X', start: '2010-01-01', end: '2019-12-31', precision: 'decade' } });
  });

  it('merge: one event keeps every source, the first target\'s fields (gaps filled from the others), the most precise date and every actor', () => {
    const document = sampleDocument();
    byId(document, '2025-04-10-meeting').date = { edtf: '2025-04', start: '2025-04-01', end: '2025-04-30', precision: 'month' };
    byId(document, '2025-04-10-meeting').actors = ['United States'];
    document.events.sort((a, b) => a.date.start.localeCompare(b.date.start));
    document.events[2]!.id = '2025-04-01-meeting';
    const result = apply(document, [
      { id: 'm1', kind: 'merge', targets: [anchorOfEvent(document, '2025-04-01-meeting'), anchorOfEvent(document, '2025-02-27-istanbul')] },
    ]);
    expect(result.document.events).toHaveLength(2);
    const merged = result.document.events[1]!;
    expect(merged).toMatchObject({
      id: '2025-02-27-istanbul',
      title: 'التقيا مجدداً لبحث عمل السفارات',
      // the first had no place: the place another one knows fills the gap
      place: 'Istanbul',
      placeLocal: 'اسطنبول',
      date: { edtf: '2025-02-27', precision: 'day' },
      actors: ['United States', 'Russia'],
    });
    expect(merged.sources.map((source) => source.mention.text)).toEqual(['10 نيسان', '27 شباط']);
    expect(result.applied).toEqual([{ correction: 'm1', kind: 'merge', event: '2025-02-27-istanbul' }]);
  });

  it('merge: when one of its events is gone, nothing is merged and the merge is reported', () => {
    const document = sampleDocument();
    const merge: Correction = { id: 'm1', kind: 'merge', targets: [anchorOfEvent(document, '2025-02-18-riyadh', 1), anchorOfEvent(document, '2025-02-27-istanbul')] };
    const withoutA2 = sampleDocument();
    withoutA2.articles = withoutA2.articles.filter((article) => article.id !== 'a2');
    withoutA2.events[0]!.sources = withoutA2.events[0]!.sources.slice(0, 1);
    const result = apply(withoutA2, [merge]);
    expect(result.document.events).toHaveLength(3);
    expect(result.orphans).toEqual([
      { correction: 'm1', kind: 'merge', description: expect.stringContaining('merge of «February 18», «27 شباط»'), reason: 'targets[0]: article "a2" is not in the corpus' },
    ]);
    expect(result.applied).toEqual([]);
  });

  it('split: the source leaves its event with its own candidate\'s fields (or its own date and the event\'s fields)', () => {
    const document = sampleDocument();
    const split: Correction = { id: 's1', kind: 'split', source: anchorOfEvent(document, '2025-02-18-riyadh', 1) };
    const candidate: TimelineEvent = {
      ...structuredClone(byId(document, '2025-02-18-riyadh')),
      id: '',
      title: 'Delegations met in Riyadh',
      date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day', certainty: 'stated' },
      sources: [structuredClone(byId(document, '2025-02-18-riyadh').sources[1]!)],
    };
    const withCandidate = apply(document, [split], { candidates: [candidate] });
    expect(withCandidate.document.events.map((event) => [event.id, event.title, event.sources.map((source) => source.article)])).toEqual([
      ['2025-02-18-riyadh', 'Delegations met in Riyadh', ['a2']],
      ['2025-02-18-riyadh-2', 'جرى أول اللقاءات بين وفدي البلدين في الرياض', ['a1']],
      ['2025-02-27-istanbul', 'عقد الجانبان جولة ثانية في اسطنبول', ['a1']],
      ['2025-04-10-meeting', 'التقيا مجدداً لبحث عمل السفارات', ['a1']],
    ]);
    expect(withCandidate.applied).toEqual([{ correction: 's1', kind: 'split', event: '2025-02-18-riyadh' }]);

    // A source that gave another day (a conflict) takes its own day; the event is no longer in conflict.
    const conflicting = sampleDocument();
    conflicting.events[0]!.conflict = true;
    conflicting.events[0]!.sources[1]!.date = '2025-02-19';
    const alone = apply(conflicting, [split]);
    const own = alone.document.events.find((event) => event.sources[0]!.article === 'a2')!;
    expect(own).toMatchObject({ id: '2025-02-19-riyadh', date: { edtf: '2025-02-19' }, title: 'جرى أول اللقاءات بين وفدي البلدين في الرياض' });
    expect(own.sources[0]).not.toHaveProperty('date');
    expect(own).not.toHaveProperty('conflict');
    expect(byId(alone.document, '2025-02-18-riyadh')).not.toHaveProperty('conflict');
  });

  it('add at a passage: the quoted text is the source; applied again, or found by the extractor since, it is not added twice', () => {
    const document = sampleDocument();
    const start = A1[2]!.indexOf('جولة ثانية');
    const passage = anchorAt(document, 'a1', 2, start, start + 'جولة ثانية'.length);
    const add: Correction = { id: 'n1', kind: 'add', event: { date: '2025-02', title: 'جولة ثانية من المحادثات', type: 'meeting' }, passage };
    const once = apply(document, [add]);
    const added = once.document.events.find((event) => event.title === 'جولة ثانية من المحادثات')!;
    expect(added).toMatchObject({ id: '2025-02-01-meeting', sources: [{ article: 'a1', paragraph: 2, mention: { text: 'جولة ثانية', start, end: start + 10 } }] });
    expect(apply(once.document, [add]).document).toEqual(once.document);

    // the extractor now reads an event from exactly that text: the person's fields win, no twin
    const later = sampleDocument();
    later.events.push({ ...structuredClone(later.events[1]!), id: 'x', title: 'machine title', sources: [sourceAt('a1', A1, 2, 'جولة ثانية')] });
    const result = apply(later, [add]);
    expect(result.document.events).toHaveLength(4);
    expect(result.document.events.filter((event) => event.sources.some((source) => source.mention.text === 'جولة ثانية'))).toMatchObject([
      { title: 'جولة ثانية من المحادثات', date: { edtf: '2025-02' } },
    ]);
  });

  it('add with a note: a note article stands in for the article (marked as a note), its link kept; hidden, the note goes too', () => {
    const document = sampleDocument();
    const add: Correction = {
      id: 'n2', kind: 'add', event: { date: '2025-05-02', title: 'Third round announced', place: 'Istanbul' },
      note: 'Announced by the ministry on its channel; not in the articles.', link: 'https://example.org/statement',
    };
    const result = apply(document, [add]);
    expect(result.document.articles.find((article) => article.id === 'note-n2')).toEqual({
      id: 'note-n2', title: 'Third round announced', published: null, source: null, language: 'en', url: 'https://example.org/statement', note: true,
      paragraphs: ['Announced by the ministry on its channel; not in the articles.'],
    });
    const event = byId(result.document, '2025-05-02-istanbul');
    expect(event.sources).toEqual([{ article: 'note-n2', paragraph: 0, mention: { text: add.note, start: 0, end: add.note!.length } }]);
    expect(apply(result.document, [add]).document).toEqual(result.document);

    const hidden = apply(document, [add, { id: 'h', kind: 'hide', target: anchorOf(result.document, event) }]);
    expect(hidden.document).toEqual(sampleDocument());
    expect(hidden.hidden.map((entry) => entry.event.id)).toEqual(['2025-05-02-istanbul']);
  });

  it('review: approved events are listed; --approved-only keeps just them; a hidden approved event stays hidden', () => {
    const document = sampleDocument();
    const review = (id: string, eventId: string): Correction => ({ id, kind: 'review', target: anchorOfEvent(document, eventId), status: 'approved' });
    const result = apply(document, [review('r1', '2025-02-18-riyadh'), review('r2', '2025-04-10-meeting'), { id: 'h', kind: 'hide', target: anchorOfEvent(document, '2025-04-10-meeting') }]);
    expect(result.approved).toEqual(['2025-02-18-riyadh']);
    expect(approvedOnly(result).events.map((event) => event.id)).toEqual(['2025-02-18-riyadh']);
    expect(validateEventsDocument(approvedOnly(result)).ok).toBe(true);
  });

  it('phases run in a fixed order: the order of the file never matters', () => {
    const document = sampleDocument();
    const corrections: Correction[] = [
      { id: 'h', kind: 'hide', target: anchorOfEvent(document, '2025-04-10-meeting') },
      { id: 'e', kind: 'edit', target: anchorOfEvent(document, '2025-04-10-meeting'), set: { title: 'hidden after its edit' } },
      { id: 'm', kind: 'merge', targets: [anchorOfEvent(document, '2025-02-27-istanbul'), anchorOfEvent(document, '2025-04-10-meeting')] },
      { id: 'r', kind: 'review', target: anchorOfEvent(document, '2025-02-18-riyadh'), status: 'approved' },
    ];
    const forwards = apply(document, corrections);
    const backwards = apply(document, [...corrections].reverse());
    expect(backwards).toEqual(forwards);
    // merge (phase 3) before edit (4) before hide (6): the merged event took the edit and was hidden
    expect(forwards.hidden.map((entry) => [entry.event.title, entry.event.sources.length])).toEqual([['hidden after its edit', 2]]);
  });
});

describe('anchors find their event again', () => {
  it('after a paragraph is inserted above (the hint is off by one)', () => {
    const document = sampleDocument();
    const target = anchorOfEvent(document, '2025-02-27-istanbul');
    const shifted = sampleDocument();
    shifted.articles[0]!.paragraphs.splice(1, 0, 'فقرة جديدة أضيفت إلى النص.');
    for (const event of shifted.events) for (const source of event.sources) if (source.article === 'a1') source.paragraph++;
    const result = apply(shifted, [{ id: 'e', kind: 'edit', target, set: { title: 'found' } }]);
    expect(result.applied).toEqual([{ correction: 'e', kind: 'edit', event: '2025-02-27-istanbul' }]);
  });

  it('when the extractor reads the date phrase a little longer or shorter (overlap, not equality)', () => {
    const document = sampleDocument();
    const target = anchorOfEvent(document, '2025-02-27-istanbul');
    const longer = sampleDocument();
    longer.events[1]!.sources[0] = sourceAt('a1', A1, 2, 'في 27 شباط');
    expect(apply(longer, [{ id: 'e', kind: 'edit', target, set: { title: 'found' } }]).applied).toHaveLength(1);
  });

  it('are orphaned, by name and with a reason, when the article is gone, its text edited, or no event is read there', () => {
    const document = sampleDocument();
    const target = anchorOfEvent(document, '2025-02-27-istanbul');
    const edit: Correction = { id: 'e7', kind: 'edit', target, set: { title: 'x' } };

    const edited = sampleDocument();
    edited.articles[0]!.paragraphs[2] = A1[2]!.replace('جولة ثانية في 27', 'جولة ثالثة في 27');
    expect(apply(edited, [edit]).orphans).toEqual([
      { correction: 'e7', kind: 'edit', description: 'edit of «27 شباط» in "a1" (paragraph 2): title', reason: expect.stringMatching(/no longer in article "a1" .*was its text edited\?/) },
    ]);

    const noEvent = sampleDocument();
    noEvent.events.splice(1, 1);
    expect(apply(noEvent, [edit]).orphans[0]!.reason).toBe('no event is read from the passage «27 شباط» in article "a1" any more');

    const gone = sampleDocument();
    gone.articles.splice(0, 1);
    gone.events = [];
    expect(apply(gone, [edit]).orphans[0]!.reason).toBe('article "a1" is not in the corpus');
    // an orphan changes nothing
    expect(apply(edited, [edit]).document).toEqual(apply(edited, []).document);
  });

  it('two events equally near the passage: neither is taken', () => {
    const document = sampleDocument();
    const target = anchorOfEvent(document, '2025-02-27-istanbul');
    const twins = sampleDocument();
    twins.events.push({ ...structuredClone(twins.events[1]!), id: 'twin', title: 'another reading' });
    const result = apply(twins, [{ id: 'e', kind: 'edit', target, set: { title: 'x' } }]);
    expect(result.orphans[0]!.reason).toMatch(/dates more than one event/);
    expect(result.document.events.some((event) => event.title === 'x')).toBe(false);
  });
});
