import { describe, expect, it } from 'vitest';
import type { Correction, TimelineEvent } from '../../events/index.ts';
import { addOperations, approveOperations, editOperations, hideOperations, mergeOperations, restoreOperations, splitOperations, withdrawApprovalOperations } from './operations.ts';
import { eventKey, findItem, queueOf } from './queue.ts';
import { sampleDocument } from '../../events/corrections.fixtures.ts';
import { afterOperations, reviewStateOf, testAuthor } from './review.fixtures.ts';

/** A reviewer's action, applied as the server would: the corrections after it, and the state. */
function act(corrections: Correction[], action: (state: ReturnType<typeof reviewStateOf>) => Parameters<typeof afterOperations>[1]) {
  const operations = action(reviewStateOf(corrections));
  const next = afterOperations(corrections, operations);
  return { operations, corrections: next, state: reviewStateOf(next) };
}

const byPhrase = (events: readonly TimelineEvent[], phrase: string) => events.find((event) => event.sources.some((source) => source.mention.text === phrase))!;
const RIYADH = 'الـ18 من شباط الماضي';
const ISTANBUL = '27 شباط';
const APRIL = '10 نيسان';

describe('what a reviewer does, as operations on the corrections file', () => {
  it('edits an event by its passage, only with what changed', () => {
    const state = reviewStateOf([]);
    const doc = state.document!;
    expect(editOperations(doc, byPhrase(doc.events, ISTANBUL), {}, testAuthor)).toEqual([]);
    const [operation] = editOperations(doc, byPhrase(doc.events, ISTANBUL), { date: '2025-02-28' }, testAuthor);
    expect(operation).toMatchObject({ op: 'put', correction: { kind: 'edit', target: { article: 'a1', paragraph: 2, text: ISTANBUL }, set: { date: '2025-02-28' }, by: 'tester' } });
    const after = reviewStateOf(afterOperations([], [operation!]));
    expect(byPhrase(after.document!.events, ISTANBUL).date.edtf).toBe('2025-02-28');
  });

  it('merges into one record per group: a new group, a third event joining it, two groups becoming one', () => {
    const first = act([], (state) => mergeOperations(state, byPhrase(state.document!.events, ISTANBUL), byPhrase(state.document!.events, APRIL), testAuthor));
    expect(first.corrections).toHaveLength(1);
    expect(first.corrections[0]).toMatchObject({ kind: 'merge', targets: [{ text: ISTANBUL }, { text: APRIL }] });
    const merged = byPhrase(first.state.document!.events, APRIL);
    expect(merged.sources.map((source) => source.mention.text)).toEqual([ISTANBUL, APRIL]);
    expect(merged.title).toBe('عقد الجانبان جولة ثانية في اسطنبول'); // the open event keeps its fields

    const third = act(first.corrections, (state) => mergeOperations(state, byPhrase(state.document!.events, RIYADH), byPhrase(state.document!.events, APRIL), testAuthor));
    expect(third.operations).toEqual([{ op: 'put', correction: expect.objectContaining({ id: first.corrections[0]!.id }) }]);
    expect((third.corrections[0] as Extract<Correction, { kind: 'merge' }>).targets.map((target) => target.text)).toEqual([RIYADH, ISTANBUL, APRIL]);
    expect(third.state.document!.events).toHaveLength(1);
    expect(third.state.document!.events[0]!.title).toBe('جرى أول اللقاءات بين وفدي البلدين في الرياض');
  });

  it('two merge groups become one record', () => {
    // Four events, each told once: Riyadh's two reports as two events.
    const extracted = sampleDocument();
    const riyadh = extracted.events[0]!;
    extracted.events.push({ ...structuredClone(riyadh), id: 'wire', sources: [riyadh.sources[1]!] });
    riyadh.sources = [riyadh.sources[0]!];
    const act4 = (corrections: Correction[], action: (state: ReturnType<typeof reviewStateOf>) => Parameters<typeof afterOperations>[1]) => {
      const operations = action(reviewStateOf(corrections, extracted));
      const next = afterOperations(corrections, operations);
      return { operations, corrections: next, state: reviewStateOf(next, extracted) };
    };
    const one = act4([], (state) => mergeOperations(state, byPhrase(state.document!.events, ISTANBUL), byPhrase(state.document!.events, APRIL), testAuthor));
    const two = act4(one.corrections, (state) => mergeOperations(state, byPhrase(state.document!.events, RIYADH), byPhrase(state.document!.events, 'February 18'), testAuthor));
    expect(two.corrections.filter((correction) => correction.kind === 'merge')).toHaveLength(2);
    expect(two.state.document!.events).toHaveLength(2);
    const both = act4(two.corrections, (state) => mergeOperations(state, byPhrase(state.document!.events, ISTANBUL), byPhrase(state.document!.events, RIYADH), testAuthor));
    expect(both.operations.map((operation) => operation.op)).toEqual(['put', 'remove']);
    expect(both.corrections.filter((correction) => correction.kind === 'merge')).toHaveLength(1);
    expect(both.state.document!.events).toHaveLength(1);
    expect(both.state.document!.events[0]!.sources).toHaveLength(4);
    expect(both.state.document!.events[0]!.title).toBe('عقد الجانبان جولة ثانية في اسطنبول');
    expect(both.state.orphans).toEqual([]);
  });

  it('splits a source the extractor merged with a split record, and one a merge brought in by changing that merge', () => {
    const split = act([], (state) => {
      const riyadh = byPhrase(state.document!.events, RIYADH);
      return splitOperations(state, riyadh, riyadh.sources[1]!, testAuthor);
    });
    expect(split.corrections).toEqual([expect.objectContaining({ kind: 'split', source: expect.objectContaining({ article: 'a2', text: 'February 18' }) })]);
    expect(split.state.document!.events).toHaveLength(4);

    const merged = act([], (state) => mergeOperations(state, byPhrase(state.document!.events, ISTANBUL), byPhrase(state.document!.events, APRIL), testAuthor));
    const undoMerge = act(merged.corrections, (state) => {
      const group = byPhrase(state.document!.events, APRIL);
      return splitOperations(state, group, group.sources.find((source) => source.mention.text === APRIL)!, testAuthor);
    });
    expect(undoMerge.operations).toEqual([{ op: 'remove', id: merged.corrections[0]!.id }]);
    expect(undoMerge.state.document!.events).toHaveLength(3);
  });

  it('hides with a reason and restores; an event a person added is deleted instead of hidden', () => {
    const hidden = act([], (state) => hideOperations(state.document!, findItem(queueOf(state), eventKey(byPhrase(state.document!.events, APRIL)))!, '  a deadline ', testAuthor));
    expect(hidden.corrections[0]).toMatchObject({ kind: 'hide', reason: 'a deadline' });
    const item = queueOf(hidden.state).find((candidate) => candidate.hidden)!;
    expect(item).toMatchObject({ hidden: true, hideReason: 'a deadline', hiddenBy: [hidden.corrections[0]!.id] });
    expect(hidden.state.progress).toEqual({ reviewed: 1, total: 3 });
    const restored = act(hidden.corrections, () => restoreOperations(item));
    expect(restored.corrections).toEqual([]);

    const added = act([], (state) => addOperations(state.document!, { article: 'a1', paragraph: 2, start: A1_2.indexOf('ثم'), end: A1_2.indexOf('ثم') + 2 }, { date: '2025-03-01', title: 'لقاء' }, testAuthor));
    const addedItem = queueOf(added.state).find((candidate) => candidate.addedBy)!;
    expect(addedItem.event.sources[0]!.mention.text).toBe('ثم');
    const deleted = act(added.corrections, (state) => hideOperations(state.document!, addedItem, 'mistake', testAuthor));
    expect(deleted.operations).toEqual([{ op: 'remove', id: addedItem.addedBy }]);
    expect(deleted.corrections).toEqual([]);
  });

  it('approves once, and withdraws the approval', () => {
    const approved = act([], (state) => approveOperations(state.document!, queueOf(state)[0]!, testAuthor));
    const item = queueOf(approved.state).find((candidate) => candidate.approved)!;
    expect(item.approvedBy).toHaveLength(1);
    expect(approveOperations(approved.state.document!, item, testAuthor)).toEqual([]);
    expect(act(approved.corrections, () => withdrawApprovalOperations(item)).corrections).toEqual([]);
  });
});

const A1_2 = 'وعقد الجانبان جولة ثانية في 27 شباط في اسطنبول، ثم التقيا مجدداً في 10 نيسان لبحث عمل السفارات.';
