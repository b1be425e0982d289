import { describe, expect, it } from 'vitest';
import { anchorAt, anchorOf, locatePassage, resolveAnchor } from './anchor.ts';
import { A1, sampleDocument } from './corrections.fixtures.ts';

describe('anchorOf / anchorAt', () => {
  it('is the date phrase with up to 32 characters each side, fewer at the paragraph\'s edges', () => {
    const document = sampleDocument();
    const anchor = anchorOf(document, document.events[1]!);
    const paragraph = A1[2]!;
    const at = paragraph.indexOf('27 شباط');
    expect(at).toBeLessThan(32);
    expect(anchor).toEqual({
      article: 'a1', paragraph: 2, text: '27 شباط',
      before: paragraph.slice(Math.max(0, at - 32), at), after: paragraph.slice(at + 7, at + 7 + 32),
    });
    expect(anchorOf(document, document.events[0]!).before).toBe('وفي ');
    // the second source of a merged event
    expect(anchorOf(document, document.events[0]!, document.events[0]!.sources[1])).toMatchObject({ article: 'a2', text: 'February 18' });
  });

  it('never cuts a character of two UTF-16 units in half', () => {
    const document = sampleDocument();
    const paragraph = '😀'.repeat(20) + ' met on 3 May ' + '😀'.repeat(20);
    document.articles[1]!.paragraphs.push(paragraph);
    const start = paragraph.indexOf('3 May');
    for (const shift of [0, 1]) {
      const anchor = anchorAt(document, 'a2', 2, start - shift, start + 5);
      expect(anchor.before.length).toBeLessThanOrEqual(32);
      expect(anchor.after.length).toBeLessThanOrEqual(32);
      expect(anchor.before + anchor.text + anchor.after).toBe(paragraph.slice(paragraph.indexOf(anchor.before + anchor.text), paragraph.indexOf(anchor.before + anchor.text) + (anchor.before + anchor.text + anchor.after).length));
      expect(JSON.stringify(anchor)).not.toMatch(/\\ud[89a-f]/i); // no lone surrogate
    }
  });

  it('refuses a source that is not the event\'s, or a span outside the paragraph', () => {
    const document = sampleDocument();
    expect(() => anchorOf(document, document.events[1]!, document.events[0]!.sources[0])).toThrow(/not one of event/);
    expect(() => anchorAt(document, 'a1', 9, 0, 1)).toThrow(/has no paragraph 9/);
    expect(() => anchorAt(document, 'a1', 1, 5, 5)).toThrow(/not a passage/);
  });
});

describe('locatePassage / resolveAnchor', () => {
  it('takes the occurrence nearest the hinted paragraph when the passage is there twice', () => {
    const document = sampleDocument();
    const anchor = anchorOf(document, document.events[2]!); // «10 نيسان» in paragraph 2
    const paragraphs = document.articles[0]!.paragraphs;
    // the same paragraph again further down (paragraph 6)
    paragraphs.push('…', '…', '…', A1[2]!);
    expect(locatePassage(document, { ...anchor, paragraph: 2 })).toMatchObject({ ok: true, passage: { paragraph: 2 } });
    expect(locatePassage(document, { ...anchor, paragraph: 3 })).toMatchObject({ ok: true, passage: { paragraph: 2 } });
    expect(locatePassage(document, { ...anchor, paragraph: 5 })).toMatchObject({ ok: true, passage: { paragraph: 6 } });
    // as far from both: the earlier one
    expect(locatePassage(document, { ...anchor, paragraph: 4 })).toMatchObject({ ok: true, passage: { paragraph: 2 } });
    // a hint past the end still finds it
    expect(locatePassage(document, { ...anchor, paragraph: 40 })).toMatchObject({ ok: true, passage: { paragraph: 6 } });
  });

  it('prefers the source that covers exactly the passage over one that only overlaps it', () => {
    const document = sampleDocument();
    const anchor = anchorOf(document, document.events[1]!);
    const wider = structuredClone(document.events[1]!);
    const start = A1[2]!.indexOf('في 27 شباط');
    Object.assign(wider, { id: 'wider', sources: [{ article: 'a1', paragraph: 2, mention: { text: 'في 27 شباط', start, end: start + 10 } }] });
    document.events.push(wider);
    expect(resolveAnchor(document, anchor)).toMatchObject({ ok: true, event: { id: '2025-02-27-istanbul' } });
  });
});
