/**
 * Every confidence reason on real text through the build step: an article where it must
 * appear and one where it must not; the score's order on the events of a realistic article.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/schema.ts';
import { extractArticle, type ArticleExtraction } from './article-events.ts';
import { buildDocument } from './merge.ts';

function article(id: string, text: string, published?: string, language?: 'ar' | 'en'): ArticleExtraction {
  return extractArticle({ id, text, metadata: { ...(published ? { published } : {}), ...(language ? { language } : {}) } });
}

/** The events of a corpus, each as its date phrase (sources joined by +) and its reasons. */
function reasonsOf(...extractions: ArticleExtraction[]): Record<string, readonly string[]> {
  const events = buildDocument(extractions).events;
  return Object.fromEntries(events.map((event) => [event.sources.map((source) => source.mention.text).join(' + '), event.confidence!.reasons]));
}

const only = (text: string, published?: string) => Object.values(reasonsOf(article('t', text, published)));

describe('confidence reasons, each where it must be and nowhere else', () => {
  it('relative-date: "أمس" is counted from the publication date; a stated date is not', () => {
    expect(only('عنوان\nالتقى وزير الخارجية السوري نظيره العراقي أمس في دمشق لبحث العلاقات الثنائية.', '2025-03-12')).toEqual([['relative-date']]);
    expect(only('عنوان\nالتقى وزير الخارجية السوري نظيره العراقي في دمشق يوم 10 آذار 2025 لبحث العلاقات الثنائية.', '2025-03-12')).toEqual([[]]);
  });

  it('year-inferred: a day and month without a year take the year of publication; with the year stated, none', () => {
    expect(only('عنوان\nوكان الوزيران قد التقيا في 27 شباط في بغداد.', '2025-03-12')).toEqual([['year-inferred']]);
    expect(only('عنوان\nوكان الوزيران قد التقيا في 27 شباط 2025 في بغداد.', '2025-03-12')).toEqual([[]]);
  });

  it('future: a visit announced for after the publication is a plan; one already made is not', () => {
    expect(only('عنوان\nومن المقرر أن يزور الوزير أنقرة في 20 آذار المقبل.', '2025-03-12')).toEqual([['future', 'year-inferred']]);
    expect(only('عنوان\nوزار الوزير أنقرة في 2 آذار 2025.', '2025-03-12')).toEqual([[]]);
  });

  it('approximate: "أوائل آذار" is vague by itself; "3 آذار" is not', () => {
    expect(only('عنوان\nوعقد الجانبان اجتماعاً في أنقرة أوائل آذار 2025.', '2025-03-20')).toEqual([['approximate']]);
    expect(only('عنوان\nوعقد الجانبان اجتماعاً في أنقرة في 3 آذار 2025.', '2025-03-20')).toEqual([[]]);
  });

  it('coarse-date: a year alone; a month is not coarse', () => {
    expect(only('عنوان\nووقع البلدان اتفاقاً للتعاون في الرياض عام 2022.', '2025-03-20')).toEqual([['coarse-date']]);
    expect(only('عنوان\nووقع البلدان اتفاقاً للتعاون في الرياض في شباط 2022.', '2025-03-20')).toEqual([[]]);
  });

  it('no-type and no-place: a clause with neither an event verb nor a place; one with both has neither reason', () => {
    expect(only('عنوان\nوتحدث المسؤول في 3 آذار 2025 عن أهمية المرحلة.', '2025-03-20')).toEqual([['no-type', 'no-place']]);
    expect(only('عنوان\nوزار المسؤول القاهرة في 3 آذار 2025.', '2025-03-20')).toEqual([[]]);
  });

  it('long-title: a title cut from a long sentence; a short sentence gives its whole title', () => {
    const long = 'عنوان\nوجرى في 18 شباط 2025 أول لقاء بين وفدي البلدين في العاصمة السعودية الرياض بعد أسابيع طويلة من الاتصالات الهاتفية بين الرئيسين وتبادل الرسائل عبر الوسطاء الإقليميين والدوليين حول ملفات عديدة.';
    const [event] = buildDocument([article('t', long, '2025-04-10')]).events as [TimelineEvent];
    expect(event.title.endsWith('…')).toBe(true);
    expect(event.confidence!.reasons).toEqual(['long-title']);
    expect(only('عنوان\nوجرى في 18 شباط 2025 أول لقاء بين وفدي البلدين في الرياض.', '2025-04-10')).toEqual([[]]);
  });

  it('dateline-reference: without a publication date, "أمس" is counted from the dateline; a stated date, or metadata, needs no dateline', () => {
    const dateline = 'عنوان\nدمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي أمس في دمشق.';
    expect(only(dateline)).toEqual([['relative-date', 'dateline-reference']]);
    expect(only(dateline, '2025-03-12')).toEqual([['relative-date']]);
    expect(only('عنوان\nدمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي في دمشق في 9 آذار 2025.')).toEqual([[]]);
  });

  it('single-source: an event one article of several tells; not one two articles tell, nor any in a corpus of one', () => {
    const arabic = article('a', 'عنوان\nالتقى وزير الخارجية السوري نظيره العراقي في دمشق يوم 10 آذار 2025. وزار الوزير بغداد في 2 آذار 2025.', '2025-03-12');
    const english = article('b', 'Talks\nThe Syrian and Iraqi foreign ministers met in Damascus on March 10, 2025.', '2025-03-11', 'en');
    expect(reasonsOf(arabic, english)).toEqual({ '2 آذار 2025': ['single-source'], '10 آذار 2025 + March 10, 2025': [] });
    expect(reasonsOf(arabic)).toEqual({ '2 آذار 2025': [], '10 آذار 2025': [] });
  });

  it('conflict: two outlets a day apart on one meeting; agreeing outlets are no conflict', () => {
    const arabic = article('a', 'عنوان\nالتقى وزير الخارجية السوري نظيره العراقي في دمشق يوم 10 آذار 2025.', '2025-03-12');
    const dayLater = article('c', 'Talks\nThe Syrian and Iraqi foreign ministers met in Damascus on March 11, 2025.', '2025-03-12', 'en');
    const sameDay = article('b', 'Talks\nThe Syrian and Iraqi foreign ministers met in Damascus on March 10, 2025.', '2025-03-12', 'en');
    expect(reasonsOf(arabic, dayLater)).toEqual({ '10 آذار 2025 + March 11, 2025': ['conflict'] });
    expect(reasonsOf(arabic, sameDay)).toEqual({ '10 آذار 2025 + March 10, 2025': [] });
  });

  it('a merge that takes another source\'s more precise date takes what its reading knew: the day is relative, the month was not', () => {
    const month = article('a', 'عنوان\nوعقد الوزيران اجتماعاً في دمشق في آذار 2025.', '2025-04-02');
    const yesterday = article('b', 'عنوان\nوعقد الوزيران اجتماعاً في دمشق أمس.', '2025-03-11');
    const [event] = buildDocument([month, yesterday]).events as [TimelineEvent];
    expect(event.sources.map((source) => source.mention.text)).toEqual(['آذار 2025', 'أمس']);
    expect(event.date.edtf).toBe('2025-03-10');
    expect(event.confidence!.reasons).toEqual(['relative-date']);
  });
});

describe('the score orders the review queue', () => {
  it('a planned visit with a vague date first, a stated past meeting with its place last', () => {
    const text = [
      'محادثات سورية عراقية',
      'التقى وزير الخارجية السوري نظيره العراقي في دمشق يوم 10 آذار 2025 لبحث العلاقات الثنائية.',
      'وكان الوزيران قد تحدثا أمس عن أهمية المرحلة.',
      'ومن المقرر أن يزور الوزير بغداد أواخر نيسان المقبل.',
      'ووقع البلدان اتفاقاً للتعاون في بغداد في 27 شباط.',
    ].join('\n');
    const events = buildDocument([article('t', text, '2025-03-12')]).events;
    const queue = [...events].sort((a, b) => a.confidence!.score - b.confidence!.score);
    expect(queue.map((event) => [event.sources[0]!.mention.text, event.confidence!.score, event.confidence!.reasons])).toEqual([
      ['أواخر نيسان المقبل', 0.5, ['future', 'year-inferred', 'approximate']],
      ['أمس', 0.65, ['relative-date', 'no-type', 'no-place']],
      ['27 شباط', 0.8, ['year-inferred']],
      ['10 آذار 2025', 1, []],
    ]);
  });
});
