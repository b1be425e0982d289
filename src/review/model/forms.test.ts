/** The review forms' logic: changed fields, typed dates' messages, passages, keys, undo history. */
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../events/corrections.fixtures.ts';
import { dateProblemMessage, readEdtfInput } from './date-input.ts';
import { changesOf, formOf, newEventOf } from './event-form.ts';
import { UndoHistory } from './history.ts';
import { isTypingTarget, reviewCommand } from './keys.ts';
import { locateQuote, sentenceAround, trimPassage } from './passage.ts';

const AR = { lang: 'ar', monthSystem: 'levantine', numbering: 'latn' } as const;
const EN = { lang: 'en', monthSystem: 'levantine', numbering: 'latn' } as const;

describe('the edit form', () => {
  const event = sampleDocument().events[0]!;

  it('saves only what changed', () => {
    expect(changesOf(event, formOf(event))).toEqual({});
    expect(changesOf(event, { ...formOf(event), date: '2025-02-19', titleEn: ' Talks in Riyadh ' })).toEqual({ date: '2025-02-19', titleEn: 'Talks in Riyadh' });
    expect(changesOf(event, { ...formOf(event), actors: ['Russia', 'United States', 'Russia'] })).toEqual({ actors: ['Russia', 'United States'] });
    expect(changesOf(event, { ...formOf(event), type: '' })).toEqual({ type: null });
  });

  it('a new place replaces the old one with its names and coordinates; an empty one clears it', () => {
    const damascus = { place: 'Damascus', placeLocal: 'دمشق', coordinates: [36.29, 33.51] as [number, number] };
    expect(changesOf(event, { ...formOf(event), place: damascus })).toEqual({ place: 'Damascus', placeLocal: 'دمشق', coordinates: [36.29, 33.51] });
    expect(changesOf(event, { ...formOf(event), place: { place: 'قرية ما', placeLocal: 'قرية ما', coordinates: null } })).toEqual({ place: 'قرية ما', placeLocal: 'قرية ما' });
    expect(changesOf(event, { ...formOf(event), place: { place: null, placeLocal: null, coordinates: null } })).toEqual({ place: null });
  });

  it('a new event takes what was given', () => {
    expect(newEventOf({ date: '2025-03-01', title: ' لقاء ', titleEn: '', place: { place: null, placeLocal: null, coordinates: null }, type: 'meeting', actors: [] })).toEqual({ date: '2025-03-01', title: 'لقاء', type: 'meeting' });
  });
});

describe('the date field', () => {
  it('reads EDTF itself and leaves words to the server', () => {
    expect(readEdtfInput(' 2025-02-18 ')).toMatchObject({ ok: true, edtf: '2025-02-18', precision: 'day' });
    expect(readEdtfInput('18 شباط 2025')).toBeNull();
    expect(readEdtfInput('')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('says why 2025-02-31 and 31 شباط are no dates, in Arabic and in English', () => {
    const edtf = readEdtfInput('2025-02-31');
    if (!edtf || edtf.ok) throw new Error('accepted');
    expect(dateProblemMessage(edtf.problem, '2025-02-31', AR)).toBe('لا يوجد يوم 31 في شباط 2025: فيه 28 يومًا.');
    expect(dateProblemMessage(edtf.problem, '2025-02-31', EN)).toBe('February 2025 has no day 31: it has 28 days.');
    const typed = { code: 'day', day: 31, month: 2, year: null, days: 29 } as const;
    expect(dateProblemMessage(typed, '31 شباط', AR)).toBe('لا يوجد يوم 31 في شباط: أيامه 29 على الأكثر.');
    expect(dateProblemMessage(typed, '31 شباط', { ...AR, monthSystem: 'egyptian', numbering: 'arab' })).toBe('لا يوجد يوم ٣١ في فبراير: أيامه ٢٩ على الأكثر.');
    expect(dateProblemMessage(typed, '31 شباط', EN)).toBe('February has no day 31: it has at most 29 days.');
    expect(dateProblemMessage({ code: 'no-date' }, 'غدا ربما', EN)).toMatch(/^“غدا ربما” does not read as a date/);
  });
});

describe('a passage picked in a paragraph', () => {
  const paragraph = 'وعقد الجانبان جولة ثانية في 27 شباط في اسطنبول، ثم التقيا مجدداً في 27 شباط. وانتهى اللقاء.';
  it('drops the spaces a selection takes along', () => {
    const at = paragraph.indexOf('27 شباط');
    expect(paragraph[at - 1]).toBe(' ');
    expect(trimPassage(paragraph, at - 1, at + 8)).toEqual({ start: at, end: at + 7 });
    expect(trimPassage(paragraph, at - 1, at)).toBeNull(); // only a space
  });
  it('finds a quote nearest to where it was selected, or the first', () => {
    const second = paragraph.lastIndexOf('27 شباط');
    expect(locateQuote(paragraph, '27 شباط', second - 2)).toEqual({ start: second, end: second + 7 });
    expect(locateQuote(paragraph, ' 27 شباط ')).toEqual({ start: paragraph.indexOf('27 شباط'), end: paragraph.indexOf('27 شباط') + 7 });
    expect(locateQuote(paragraph, '28 شباط')).toBeNull();
  });
  it('gives the sentence around it as a title to start from', () => {
    expect(sentenceAround(paragraph, paragraph.indexOf('اسطنبول'), paragraph.indexOf('اسطنبول') + 7)).toBe('وعقد الجانبان جولة ثانية في 27 شباط في اسطنبول، ثم التقيا مجدداً في 27 شباط');
    expect(sentenceAround(paragraph, paragraph.indexOf('وانتهى'), paragraph.indexOf('وانتهى') + 6)).toBe('وانتهى اللقاء');
  });
});

describe('the review keys', () => {
  const press = (code: string, extra: Record<string, unknown> = {}) => ({ key: code.slice(3).toLowerCase(), code, ...extra });
  it('letters by physical key (an Arabic layout too), none while typing', () => {
    expect(reviewCommand(press('KeyJ'), false)).toBe('next');
    expect(reviewCommand({ key: 'ت', code: 'KeyJ' }, false)).toBe('next');
    expect(reviewCommand(press('KeyK'), false)).toBe('previous');
    expect(reviewCommand(press('KeyA'), false)).toBe('approve');
    expect(reviewCommand(press('KeyH'), false)).toBe('hide');
    expect(reviewCommand(press('KeyJ'), true)).toBeNull();
    expect(reviewCommand(press('KeyJ', { shiftKey: true }), false)).toBeNull();
    expect(reviewCommand({ key: 'ArrowLeft', code: 'ArrowLeft' }, false)).toBeNull(); // the timeline's
  });
  it('undo and redo with Ctrl or ⌘, not while typing (the field undoes its text); Ctrl+Enter saves anywhere', () => {
    expect(reviewCommand(press('KeyZ', { ctrlKey: true }), false)).toBe('undo');
    expect(reviewCommand(press('KeyZ', { metaKey: true }), false)).toBe('undo');
    expect(reviewCommand(press('KeyZ', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(reviewCommand(press('KeyY', { ctrlKey: true }), false)).toBe('redo');
    expect(reviewCommand(press('KeyZ', { ctrlKey: true }), true)).toBeNull();
    expect(reviewCommand({ key: 'Enter', code: 'Enter', ctrlKey: true }, true)).toBe('save');
  });
  it('knows where a person types', () => {
    const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;
    expect(isTypingTarget(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'radio' }))).toBe(false);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('undo and redo', () => {
  const put = (id: string) => ({ op: 'put' as const, correction: { id, kind: 'review' as const, target: { article: 'a', paragraph: 0, text: 't', before: '', after: '' }, status: 'approved' as const } });
  const remove = (id: string) => ({ op: 'remove' as const, id });
  it('undoes in reverse order, redoes what was undone, and a new change forgets the redo', () => {
    const history = new UndoHistory();
    history.record('first', 'k1', [remove('r1')]);
    history.record('second', 'k2', [remove('r2')]);
    history.record('nothing', 'k3', []); // changed nothing: nothing to undo
    expect(history.nextUndo).toBe('second');
    const undo = history.takeUndo()!;
    expect(undo).toEqual({ label: 'second', key: 'k2', operations: [remove('r2')] });
    history.undone(undo, [put('r2')]);
    expect(history.nextRedo).toBe('second');
    const redo = history.takeRedo()!;
    history.redone(redo, [remove('r2')]);
    expect(history.nextUndo).toBe('second');
    expect(history.canRedo).toBe(false);
    const again = history.takeUndo()!;
    history.undone(again, [put('r2')]);
    history.record('third', 'k4', [remove('r3')]);
    expect(history.canRedo).toBe(false);
    // A step whose request failed goes back where it was.
    const failed = history.takeUndo()!;
    history.restore(failed, 'undo');
    expect(history.nextUndo).toBe('third');
  });
});
