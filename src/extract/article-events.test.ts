/** Which date mentions are events, and what each event is made of. */
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

  it('the place comes from the clause of the date, not the first place in the paragraph', () => {
    const { events } = extract('عنوان\nوصل الوزير إلى موسكو أمس، بعد أن كان التقى نظيره في الـ3 من آذار الماضي في باريس.', '2025-04-10');
    expect(events.map((e) => [e.date.edtf, e.place])).toEqual([
      ['2025-03-03', 'Paris'],
      ['2025-04-09', 'Moscow'],
    ]);
  });

  it('cities beat countries, and a sea beats the countries around it', () => {
    const { events } = extract('عنوان\nوقعت روسيا وأوكرانيا في 26 آذار 2025 اتفاقاً لوقف القتال في البحر الأسود.');
    expect(events[0]!.place).toBe('Black Sea');
    expect(events[0]!.type).toBe('agreement');
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

describe('which place a happening is in', () => {
  it('a town before its province: the town', () => {
    const { events } = extract('عنوان\nاستهدف القصف منتجعاً في زاخو بمحافظة دهوك في 20 تموز 2022.');
    expect(events[0]!.place).toBe('Zakho');
  });
  it('حيث ("where") takes the place just named', () => {
    const { events } = extract('عنوان\nوصل الوزير قادماً من أربيل، حيث التقى رئيس حكومة إقليم كردستان يوم الاثنين 13 كانون 2.', '2025-01-15');
    expect(events[0]!.place).toBe('Erbil');
  });
  it('two countries as the parties of a happening (بين إسرائيل وإيران) are actors, not its place', () => {
    const ar = extract('عنوان\nاندلعت الحرب بين إسرائيل وإيران في حزيران الماضي.', '2025-12-03').events[0]!;
    expect(ar.place).toBeNull();
    expect(ar.actors).toEqual(expect.arrayContaining(['Israel', 'Iran']));
    expect(extract('Title\nThe war between Israel and Iran began in June.', '2025-12-03').events[0]!.place).toBeNull();
    // a city still places it, and a single country is still a place
    expect(extract('عنوان\nالتقى الوزير نظيره في طهران في حزيران الماضي لبحث العلاقات بين مصر وإيران.', '2025-12-03').events[0]!.place).toBe('Tehran');
    expect(extract('عنوان\nزار الرئيس الفرنسي إيران في حزيران الماضي.', '2025-12-03').events[0]!.place).toBe('Iran');
  });
  it('a place in an office is whose, not where', () => {
    const { events } = extract('عنوان\nاستقبل الرئيس في بيروت أمس المبعوث الأميركي إلى الشرق الأوسط.', '2025-02-20');
    expect(events[0]!.place).toBe('Beirut');
  });
});

describe('statistics, more', () => {
  it('a share over a quarter of a year (بنسبة تفوق 70 بالمائة) is a statistic', () => {
    const { events } = extract('عنوان\nوأشار الوزير إلى أن عدد الوافدين تراجع خلال الثلاثي الأول من سنة 2025 بنسبة تفوق 70 بالمائة مقارنة بالفترة ذاتها من السنة الماضية.', '2025-06-20');
    expect(events).toEqual([]);
  });
});

describe('titles', () => {
  it('a short relative clause is titled with what it is about', () => {
    const { events } = extract('عنوان\nوتناولت المباحثات أشغال الطريق الرابط بين السمارة والحدود الموريتانية، الذي أعطيت انطلاقته في 14 ماي الماضي.', '2025-06-12');
    expect(events[0]!.title).toBe('الطريق الرابط بين السمارة والحدود الموريتانية، الذي أعطيت انطلاقته');
  });
});
