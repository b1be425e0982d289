/** One article's events: which date mentions are events, datelines, warnings, ids (places and titles: description.test.ts). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-events.ts';
import { buildDocument } from './merge.ts';

function extract(text: string, published?: string) {
  const extraction = extractArticle({ id: 't', text, metadata: published ? { published } : {} });
  return { extraction, events: buildDocument([extraction]).events };
}

describe('events from mentions', () => {
  it('a dateline is a mention, not an event, and gives the publication date when metadata has none', () => {
    const { extraction, events } = extract('عنوان الخبر\nدمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي أمس في دمشق.');
    expect(extraction.article.published).toBe('2025-03-12');
    expect(extraction.warnings[0]!.message).toMatch(/using the dateline's 2025-03-12/);
    expect(extraction.mentions.map((m) => m.text)).toEqual(['12 آذار 2025', 'أمس']);
    expect(events.map((e) => [e.sources[0]!.mention.text, e.date.edtf, e.place])).toEqual([['أمس', '2025-03-11', 'Damascus']]);
  });

  it('an English dateline works the same way', () => {
    const { events } = extract('Talks\nGENEVA, March 3, 2025 (Wire) - The envoys met in Geneva on Sunday.');
    expect(events.map((e) => e.date.edtf)).toEqual(['2025-03-02']);
  });

  it('"حتى اليوم" (to this day) is not an event', () => {
    const { events } = extract('عنوان\nولا تزال الأزمة قائمة حتى اليوم رغم الجهود. وعقد الوفدان اليوم جولة في جنيف.', '2025-04-10');
    expect(events.map((e) => e.sources[0]!.mention.start)).toHaveLength(1);
    expect(events[0]!.place).toBe('Geneva');
  });

  it('without any date to resolve against, relative dates are warned about, never resolved to today', () => {
    const { extraction, events } = extract('عنوان\nالتقى الوزيران أمس في القاهرة.');
    expect(events).toEqual([]);
    expect(extraction.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/1 date could not be placed in time/)]);
  });

  it('events get readable, unique, URL-safe ids', () => {
    const { events } = extract('عنوان\nزار الوزير دمشق في 3 آذار 2025. وزار الرئيس دمشق في 3 آذار 2025 أيضاً.');
    expect(events.map((e) => e.id)).toEqual(['2025-03-03-damascus', '2025-03-03-damascus-2']);
  });
});

describe('dates that are not events', () => {
  it('a day that comes back every year is a commemoration', () => {
    const { events } = extract('عنوان\nويحيي البلدان في 8 فيفري من كل سنة ذكرى أحداث ساقية سيدي يوسف التي وقعت سنة 1958.', '2025-03-12');
    expect(events.map((e) => e.date.edtf)).toEqual(['1958']);
  });
  it('a deadline (قبل نهاية العام، by the end of the year) is not a happening', () => {
    const { events } = extract('عنوان\nعلى أن يرفع التقرير النهائي قبل نهاية العام الجاري، بعد أن اجتمعت اللجنة مطلع الشهر الجاري.', '2025-10-22');
    expect(events.map((e) => e.date.edtf)).toEqual(['2025-10~']);
  });
  it('a figure measured over a year is a statistic', () => {
    const { events } = extract('عنوان\nوبلغت المبادلات التجارية خلال سنة 2024 أزيد من 400 مليون دولار. ووقع البلدان اتفاقاً عام 2023.', '2025-06-12');
    expect(events.map((e) => e.date.edtf)).toEqual(['2023']);
  });
});

describe('statistics, more', () => {
  it('a share over a quarter of a year (بنسبة تفوق 70 بالمائة) is a statistic', () => {
    const { events } = extract('عنوان\nوأشار الوزير إلى أن عدد الوافدين تراجع خلال الثلاثي الأول من سنة 2025 بنسبة تفوق 70 بالمائة مقارنة بالفترة ذاتها من السنة الماضية.', '2025-06-20');
    expect(events).toEqual([]);
  });
});
