/** A date whose year the engine guessed ahead, told as past: the verb settles it (tense.ts). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-events.ts';
import { toldAsPast, yearEarlier } from './tense.ts';
import { ParagraphText } from './paragraph-text.ts';

function past(sentence: string, phrase: string): boolean {
  const language = /[\u0600-\u06FF]/.test(sentence) ? 'ar' : 'en';
  const at = sentence.indexOf(phrase);
  return toldAsPast(new ParagraphText(sentence, language), { start: 0, end: sentence.length }, { start: at, end: at + phrase.length });
}

describe('told as past', () => {
  it.each([
    ['وزار السلطان طهران في 28 أيار', '28 أيار', true],
    ['والتقى الوزيران في عمان في 28 أيار', '28 أيار', true],
    ['وقّعت الحكومتان الاتفاق في 3 حزيران', '3 حزيران', true],
    ['وستعقد القمة في 20 أيار', '20 أيار', false],
    ['ومن المقرر أن يزور الرئيس القاهرة في 20 أيار', '20 أيار', false],
    ['وأعلن الوزير أن الاجتماع في 28 أيار', '28 أيار', false],
    ['وتقرر تأجيل الاجتماع إلى 28 أيار بعد أن عقد الطرفان جولة أولى', '28 أيار', false],
    ['وزار الوزير السياسة الخارجية في 28 أيار', '28 أيار', true],
    ["Oman's sultan visited Tehran on 28 May", '28 May', true],
    ['The two sides signed the accord on 3 June', '3 June', true],
    ['The ministers will meet again on 20 May', '20 May', false],
    ['He said talks would be held on 29 May', '29 May', false],
    ['The vote, postponed to 28 May, was held in March', '28 May', false],
    ['The minister said on 28 May that talks continue', '28 May', false],
    ['وعقد الجانبان جولة أولى وسيلتقيان في شهر أبريل المقبل', 'شهر أبريل المقبل', false],
    ['وعقد الجانبان جولة أولى ويلتقيان في أبريل المقبل', 'أبريل المقبل', false],
    ['The sides met in Doha and meet again next April', 'next April', false],
  ])('%s → %s', (sentence, phrase, expected) => {
    expect(past(sentence, phrase)).toBe(expected);
  });

  it('a year earlier keeps the day, and has no 29 February in a common year', () => {
    expect(yearEarlier('2025-05-28')).toBe('2024-05-28');
    expect(yearEarlier('2025-05')).toBe('2024-05');
    expect(yearEarlier('2024-02-29')).toBeNull();
    expect(yearEarlier('2025-02-29')).toBe('2024-02-29');
  });
});

describe('events dated by their tense', () => {
  const dates = (text: string, published = '2025-04-10') =>
    extractArticle({ id: 't', text: `Headline\n${text}`, metadata: { published } }).events.map((e) => [e.sources[0]!.mention.text, e.date.edtf]);

  it('a past happening on a day ahead of publication is last year\'s; a coming one stays ahead', () => {
    expect(dates("Oman's sultan visited Tehran on 28 May. The ministers will meet again on 20 May.")).toEqual([
      ['28 May', '2024-05-28'],
      ['20 May', '2025-05-20'],
    ]);
    expect(dates('وزار السلطان طهران في 28 أيار. وستعقد القمة في 20 أيار.')).toEqual([
      ['28 أيار', '2024-05-28'],
      ['20 أيار', '2025-05-20'],
    ]);
  });

  it('a stated year, a day already past, or a relative date is left as read', () => {
    expect(dates("Oman's sultan visited Tehran on 28 May 2025.")).toEqual([['28 May 2025', '2025-05-28']]);
    expect(dates("Oman's sultan visited Tehran on 28 March.")).toEqual([['28 March', '2025-03-28']]);
    expect(dates('وزار السلطان طهران يوم الأحد.')).toEqual([['الأحد', '2025-04-06']]);
  });
});
