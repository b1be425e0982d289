import { describe, expect, it } from 'vitest';
import { anchorOf, confidenceScore, type Correction, type TimelineEvent } from '../../events/index.ts';
import { sampleDocument } from '../../events/corrections.fixtures.ts';
import { QUEUE_PAGE, eventKey, findItem, passes, queueOf, queueWindow, stepQueue } from './queue.ts';
import { reviewStateOf } from './review.fixtures.ts';

/**
 * A review state whose events carry the given confidence (null: none, as another producer's
 * document may have), set on the state as the server sends it: the queue reads only that.
 */
function scored(reasonSets: (string[] | null)[]) {
  const state = reviewStateOf([]);
  state.document!.events.forEach((event, i) => {
    const reasons = reasonSets[i];
    if (reasons) event.confidence = { score: confidenceScore(reasons), reasons };
    else delete event.confidence;
  });
  return state;
}
const DOUBTFUL = ['conflict', 'future', 'relative-date']; // 0.6 × 0.7 × 0.8
const FAIR = ['single-source', 'no-place']; // 0.9 × 0.9
const SURE: string[] = [];
const titles = (events: { event: TimelineEvent }[]) => events.map((item) => item.event.sources[0]!.mention.text);

describe('the review queue', () => {
  it('lowest confidence first; an event without one before all; then by date', () => {
    const items = queueOf(scored([FAIR, DOUBTFUL, null]));
    expect(titles(items)).toEqual(['10 نيسان', '27 شباط', 'الـ18 من شباط الماضي']);
    expect(items.map((item) => item.score)).toEqual([null, confidenceScore(DOUBTFUL), confidenceScore(FAIR)]);
    expect(items[1]!.reasons).toEqual(DOUBTFUL);
    // A document without confidence at all: by date.
    expect(titles(queueOf(reviewStateOf([])))).toEqual(['الـ18 من شباط الماضي', '27 شباط', '10 نيسان']);
  });

  it('holds hidden events too (once, however many hides), marked, with their reason; approved ones marked', () => {
    const document = sampleDocument();
    const april = document.events[2]!;
    const corrections: Correction[] = [
      { id: 'h1', kind: 'hide', target: anchorOf(document, april), reason: 'a deadline' },
      { id: 'h2', kind: 'hide', target: anchorOf(document, april) },
      { id: 'r1', kind: 'review', target: anchorOf(document, document.events[0]!), status: 'approved' },
    ];
    const items = queueOf(reviewStateOf(corrections));
    expect(items).toHaveLength(3);
    const hidden = items.find((item) => item.hidden)!;
    expect(hidden).toMatchObject({ hiddenBy: ['h1', 'h2'], hideReason: 'a deadline', approved: false });
    expect(items.find((item) => item.approved)).toMatchObject({ approvedBy: ['r1'] });
    expect(items.filter((item) => passes(item, 'unreviewed'))).toHaveLength(1);
    expect(items.filter((item) => passes(item, 'hidden'))).toEqual([hidden]);
    expect(items.filter((item) => passes(item, 'low'))).toHaveLength(2); // no confidence is no confidence
    expect(items.filter((item) => passes(item, 'all'))).toHaveLength(3);
  });

  it('an event reported reviewed by the document counts as approved', () => {
    const document = sampleDocument();
    Object.assign(document.events[1]!, { reviewed: true });
    expect(queueOf(reviewStateOf([], document)).filter((item) => item.approved)).toHaveLength(1);
  });

  it('steps from where the open event stands, even when the filter no longer shows it', () => {
    const items = queueOf(scored([['conflict', 'future', 'relative-date', 'no-place'], DOUBTFUL, SURE]));
    const [first, second, third] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
    expect(stepQueue(items, 'all', null, 1)).toBe(first);
    expect(stepQueue(items, 'all', null, -1)).toBe(third);
    expect(stepQueue(items, 'all', first.key, 1)).toBe(second);
    expect(stepQueue(items, 'all', third.key, 1)).toBeNull();
    // "low" shows the first two only: from the third, back is the second.
    expect(stepQueue(items, 'low', third.key, -1)).toBe(second);
    expect(stepQueue(items, 'low', second.key, 1)).toBeNull();
  });

  it('finds an event by its passage after its id changed, and one merged into another by any of its sources', () => {
    const before = queueOf(reviewStateOf([]));
    const istanbul = before.find((item) => item.event.sources[0]!.mention.text === '27 شباط')!;
    const document = sampleDocument();
    const edited = queueOf(reviewStateOf([{ id: 'e1', kind: 'edit', target: anchorOf(document, document.events[1]!), set: { date: '2025-03-02' } }]));
    const found = findItem(edited, istanbul.key)!;
    expect(found.event.id).not.toBe(istanbul.event.id);
    expect(found.event.date.edtf).toBe('2025-03-02');
    const merged = queueOf(reviewStateOf([{ id: 'm1', kind: 'merge', targets: [anchorOf(document, document.events[2]!), anchorOf(document, document.events[1]!)] }]));
    expect(findItem(merged, istanbul.key)!.key).toBe(eventKey(merged.find((item) => item.event.sources.length === 2 && item.event.sources[0]!.mention.text === '10 نيسان')!.event));
  });
});

describe('a long queue is drawn a page at a time', () => {
  it('the first page, more when asked, and always as far as the open event and a little past it', () => {
    expect(queueWindow(10, -1, QUEUE_PAGE)).toBe(10);
    expect(queueWindow(5000, -1, QUEUE_PAGE)).toBe(QUEUE_PAGE);
    expect(queueWindow(5000, -1, 2 * QUEUE_PAGE)).toBe(2 * QUEUE_PAGE);
    // the reviewer stepped (J) to the 1,000th event: it and the next ones are drawn
    const drawn = queueWindow(5000, 999, QUEUE_PAGE);
    expect(drawn).toBeGreaterThan(1000);
    expect(drawn).toBeLessThan(1100);
    expect(queueWindow(1005, 999, QUEUE_PAGE)).toBe(1005);
  });
});
