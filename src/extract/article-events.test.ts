/** One article's events: which date mentions are events, datelines, warnings, ids (places and titles: description.test.ts). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-events.ts';
import { findDateMentions } from './dates/index.ts';
import { buildDocument } from './merge.ts';

function extract(text: string, published?: string, language?: 'ar' | 'en') {
  const extraction = extractArticle({ id: 't', text, metadata: { ...(published ? { published } : {}), ...(language ? { language } : {}) } });
  return { extraction, events: buildDocument([extraction]).events };
}

describe('events from mentions', () => {
  it('a dateline is a mention, not an event, and gives the publication date when metadata has none', () => {
    const { extraction, events } = extract('عنوان الخبر\nدمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي أمس في دمشق.');
    expect(extraction.article).toMatchObject({ published: '2025-03-12', publishedFrom: 'dateline', dateline: { text: 'دمشق، 12 آذار 2025 (سانا) -', paragraph: 1, place: 'Damascus' } });
    expect(extraction.warnings).toEqual([]);
    expect(extraction.mentions.map((m) => m.text)).toEqual(['12 آذار 2025', 'أمس']);
    expect(events.map((e) => [e.sources[0]!.mention.text, e.date.edtf, e.place])).toEqual([['أمس', '2025-03-11', 'Damascus']]);
  });

  it('an English dateline works the same way', () => {
    const { events } = extract('Talks\nGENEVA, March 3, 2025 (Wire) - The envoys met in Geneva on Sunday.');
    expect(events.map((e) => e.date.edtf)).toEqual(['2025-03-02']);
  });

  it('a file that starts with its lead, not a headline, keeps the lead\'s events and takes its title from the lead', () => {
    const wire = extract(
      "JOHANNESBURG, Nov 3 (Reuters) - South Africa's foreign minister met his Chinese counterpart in Beijing on Monday, days after the summit.\nThe ministers agreed to meet again next year, a statement said.",
      '2025-11-05',
    );
    expect(wire.events.map((e) => [e.sources[0]!.mention.text, e.date.edtf, e.place])).toContainEqual(['Monday', '2025-11-03', 'Beijing']);
    expect(wire.extraction.article.title).toBe("South Africa's foreign minister met his Chinese counterpart in Beijing on Monday, days after the summit.");
    const prose = extract(
      'التقى وزير الخارجية المصري نظيره الأردني في عمّان يوم الأحد الماضي وبحثا معه سبل تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتجارة والاستثمار وتنسيق المواقف إزاء القضايا الإقليمية وفي مقدمتها الأوضاع في غزة والسودان وسوريا، بحسب بيان صادر عن الخارجية المصرية.\nوسيعقد الجانبان اجتماعاً آخر الشهر المقبل.',
      '2025-04-10',
    );
    expect(prose.events.map((e) => [e.date.edtf, e.place])).toContainEqual(['2025-04-06', 'Amman']);
    // A headline (short, no full stop) repeats the body: its dates are not events of their own.
    const headed = extract('الوزيران يلتقيان في عمّان يوم الأحد\nالتقى وزير الخارجية المصري نظيره الأردني في عمّان يوم الأحد.', '2025-04-10');
    expect(headed.events.map((e) => e.sources.map((source) => source.paragraph))).toEqual([[1]]);
    expect(headed.extraction.article.title).toBe('الوزيران يلتقيان في عمّان يوم الأحد');
  });

  it('a chronology\'s entries (a date and a dash heading a paragraph further down, or on another day than the article\'s) are events, not datelines', () => {
    const ar = extract(
      'أبرز محطات الحرب في السودان\n15 أبريل 2023: اندلاع الاشتباكات في الخرطوم.\n20 مايو 2023: توقيع هدنة في جدة.\nأغسطس 2024: انطلاق محادثات في جنيف.\n26 مارس 2025 - الجيش يستعيد القصر الرئاسي في الخرطوم.',
      '2025-04-15',
    );
    expect(ar.extraction.article.dateline).toBeUndefined();
    expect(ar.events.map((e) => e.date.edtf)).toEqual(['2023-04-15', '2023-05-20', '2024-08', '2025-03-26']);
    const en = extract('Key dates\nMarch 26, 2025 – The army retakes the presidential palace in Khartoum.\nThe war goes on.', '2025-04-15');
    expect(en.events.map((e) => e.date.edtf)).toEqual(['2025-03-26']);
    // Right under the headline, on the day the article was given, it is the dateline.
    const lead = extract('عنوان\n15 أبريل 2025 - استقبل الرئيس في الخرطوم أمس وفدا أمميا.', '2025-04-15');
    expect(lead.extraction.article.dateline).toMatchObject({ text: '15 أبريل 2025 -' });
    expect(lead.events.map((e) => e.date.edtf)).toEqual(['2025-04-14']);
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

describe('two happenings in one clause', () => {
  const titles = (text: string) => extract(text, '2025-04-10').events.map((e) => [e.sources[0]!.mention.text, e.title, e.type]);

  it('a later date whose happening is named after the first date is titled from that happening, not the clause head', () => {
    expect(
      titles('عنوان\nوأعلنت وزارة الخارجية يوم الأحد أنها بدأت التحضيرات لاجتماع اللجنة المشتركة بين البلدين المقرر عقده في جنيف خلال الفترة من 21 إلى 25 أيار المقبل.'),
    ).toEqual([
      ['الأحد', 'أعلنت وزارة الخارجية أنها بدأت التحضيرات لاجتماع اللجنة المشتركة بين البلدين المقرر…', 'statement'],
      ['من 21 إلى 25 أيار المقبل', 'اجتماع اللجنة المشتركة بين البلدين المقرر عقده في جنيف', 'meeting'],
    ]);
    expect(titles('Headline\nThe ministry said on Sunday it had begun preparations for a meeting of the joint committee in Geneva from May 21 to 25.')).toEqual([
      ['Sunday', 'The ministry said it had begun preparations for a meeting of the…', 'statement'],
      ['May 21 to 25', 'Meeting of the joint committee in Geneva', 'meeting'],
    ]);
  });

  it('a relative clause\'s date is titled with what the relative clause is about', () => {
    const events = titles('عنوان\nواحتضنت مسقط عام 2013 محادثات سرية مهدت للاتفاق النووي الذي أبرم في فيينا عام 2015.');
    expect(events.map(([, title]) => title)).toEqual(['احتضنت مسقط محادثات سرية مهدت للاتفاق النووي الذي أبرم في فيينا عام…', 'الاتفاق النووي الذي أبرم في فيينا']);
  });

  it('a date in a relative clause is titled from the happening it is about, not the sentence around it', () => {
    expect(titles('عنوان\nوتطرق الجانبان إلى نتائج مؤتمر روما حول الهجرة والتنمية الذي انعقد بمبادرة إيطالية في تموز 2023.').map(([, title]) => title)).toEqual([
      'مؤتمر روما حول الهجرة والتنمية الذي انعقد بمبادرة إيطالية',
    ]);
    expect(titles('Headline\nThey discussed the partnership that the two countries announced in October 2024.').map(([, title]) => title)).toEqual([
      'The partnership that the two countries announced',
    ]);
    // a clause that opens with its verb and the antecedent says both: its head is the title
    expect(titles('عنوان\nواستقبل الرئيس الوفد الذي وصل إلى بغداد أمس.').map(([, title]) => title)).toEqual(['استقبل الرئيس الوفد الذي وصل إلى بغداد']);
    // "that" after a verb of saying opens what was said, not a relative clause
    expect(titles('Headline\nHe said that talks held in March had failed.').map(([, title]) => title)).toEqual(['He said that talks held had failed']);
  });

  it('a title of a word or two that commas cut off is read with the piece before its comma', () => {
    expect(titles('Headline\nThe agreement, signed in Pretoria, South Africa on November 2, 2022, ended two years of war.').map(([, title]) => title)).toEqual([
      'The agreement signed in Pretoria, South Africa',
    ]);
    expect(titles('عنوان\nوكان البلدان قد وقعا خلال الدورة الأخيرة للجنة المشتركة، المنعقدة بنواكشوط ما بين 3 و5 شتنبر 2024، على اتفاقيات.').map(([, title]) => title)).toEqual([
      'البلدان قد وقعا خلال الدورة الأخيرة للجنة المشتركة، المنعقدة بنواكشوط',
    ]);
  });

  it('a date alone in its clause keeps the clause head as its title', () => {
    expect(titles('عنوان\nوعقدت اللجنة المشتركة اجتماعها في جنيف خلال الفترة من 21 إلى 25 آذار الماضي.').map(([, title]) => title)).toEqual(['عقدت اللجنة المشتركة اجتماعها في جنيف']);
  });
});

describe('a recent window', () => {
  it('one visit in the past few days is an event dated by the window; a count in it makes a tally', () => {
    const visit = extract('عنوان\nوزار وفد مصري الخرطوم خلال الأيام القليلة الماضية.', '2025-04-10').events;
    expect(visit.map((e) => [e.date.edtf, e.place, e.type])).toEqual([['2025-04-07/2025-04-10', 'Khartoum', 'visit']]);
    expect(extract('عنوان\nوقتلت الغارات 50 شخصا خلال الأيام القليلة الماضية.', '2025-04-10').events).toEqual([]);
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

describe('dating an article without metadata', () => {
  it('a dateline on a line of its own dates the article and names its city', () => {
    const { extraction, events } = extract('العاهل الأردني يستقبل وزير الخارجية العراقي\nعمّان - 3 يناير 2024\nاستقبل العاهل الأردني أمس وزير الخارجية العراقي في قصر الحسينية.');
    expect(extraction.article).toMatchObject({ published: '2024-01-03', publishedFrom: 'dateline', dateline: { text: 'عمّان - 3 يناير 2024', paragraph: 1, place: 'Amman', placeLocal: 'عمّان' } });
    expect(events.map((e) => [e.sources[0]!.paragraph, e.date.edtf])).toEqual([[2, '2024-01-02']]);
  });

  it('a publication line dates it and an update line does not; neither is an event', () => {
    const { extraction, events } = extract('عنوان\nنشر في: 8 أكتوبر 2023 - 14:32 | آخر تحديث: 10 أكتوبر 2023 - 09:05\nوكان الوزيران قد التقيا أمس في الدوحة.');
    expect(extraction.article).toMatchObject({ published: '2023-10-08', publishedFrom: 'publication-line', updated: '2023-10-10' });
    expect(extraction.article.dateline).toBeUndefined();
    expect(events.map((e) => [e.sources[0]!.paragraph, e.date.edtf])).toEqual([[2, '2023-10-07']]);
  });

  it('an update line alone dates nothing: the dates that need a day are reported once', () => {
    const { extraction, events } = extract('عنوان\nآخر تحديث: 10 أكتوبر 2023\nالتقى الوزيران أمس في الدوحة، واتفقا على اللقاء مجددا الأسبوع المقبل.');
    expect(extraction.article).toMatchObject({ published: null, updated: '2023-10-10' });
    expect(extraction.article.publishedFrom).toBeUndefined();
    expect(events).toEqual([]);
    expect(extraction.warnings.map((w) => w.message)).toEqual(['2 dates could not be placed in time (no publication date to resolve them against)']);
  });

  it('an English byline with the date dates the article; the wire dateline after it names the city', () => {
    const { extraction, events } = extract('Ministers meet in Doha\nBy Reuters Staff | Oct. 8, 2023\nDOHA (Reuters) - The two ministers met in Doha on Tuesday.');
    expect(extraction.article).toMatchObject({ published: '2023-10-08', publishedFrom: 'publication-line', dateline: { text: 'DOHA (Reuters) -', paragraph: 2, place: 'Doha' } });
    expect(events.map((e) => e.date.edtf)).toEqual(['2023-10-03']);
  });

  it('a date at the head of a paragraph that tells a happening is an event, not a dateline', () => {
    const { extraction, events } = extract('عنوان\nفي 3 يناير 2024 وقّع الطرفان اتفاقاً للتعاون في عمّان.');
    expect(extraction.article).toMatchObject({ published: null });
    expect(extraction.article.dateline).toBeUndefined();
    expect(events.map((e) => [e.date.edtf, e.place])).toEqual([['2024-01-03', 'Amman']]);
  });

  it('metadata and a given date win over the text; the dateline still names the city', () => {
    const text = 'عنوان\nعمّان - 3 يناير 2024\nاستقبل العاهل الأردني أمس وزير الخارجية العراقي.';
    expect(extract(text, '2024-01-04').extraction.article).toMatchObject({ published: '2024-01-04', publishedFrom: 'metadata', dateline: { place: 'Amman' } });
    const given = extractArticle({ id: 't', text, metadata: {} }, { ref: '2024-01-05' });
    expect(given.article).toMatchObject({ published: '2024-01-05', publishedFrom: 'given' });
    expect(given.events.map((e) => e.date.edtf)).toEqual(['2024-01-04']);
  });

  it('a byline paragraph\'s date is a mention, not an event, whatever follows it', () => {
    const { extraction, events } = extract('عنوان\nبقلم ريم حداد 12 آذار 2025\nوكان الوزيران قد التقيا في دمشق في 3 آذار 2025.', '2025-03-12');
    expect(extraction.mentions.map((m) => m.text)).toEqual(['12 آذار 2025', '3 آذار 2025']);
    expect(events.map((e) => e.date.edtf)).toEqual(['2025-03-03']);
  });
});

describe('one article, two languages', () => {
  it('an English paragraph of an Arabic article is read by the English parser, its events titled in English', () => {
    const { extraction } = extract(
      'عنوان\nالتقى الوزيران أمس في المنامة وبحثا التحضيرات لاجتماع القاهرة.\nThe two ministers met in Manama on Sunday and will meet again in Cairo on March 4.',
      '2025-12-16',
      'ar',
    );
    const events = extraction.events;
    expect(extraction.article.language).toBe('ar');
    expect(events.map((e) => [e.sources[0]!.paragraph, e.sources[0]!.mention.text, e.date.edtf, e.language ?? extraction.article.language])).toEqual([
      [1, 'أمس', '2025-12-15', 'ar'],
      [2, 'Sunday', '2025-12-14', 'en'],
      [2, 'March 4', '2026-03-04', 'en'],
    ]);
    expect(events[1]!.title).toMatch(/^The two ministers met in Manama/);
  });

  it('an English quote inside an Arabic paragraph is read by both parsers', () => {
    const { extraction, events } = extract(
      'عنوان\nوقال المتحدث في مؤتمر صحفي يوم 8 يناير إن "the government remains committed to the roadmap announced on December 23, 2023"، مؤكدا استعداد الحكومة.',
      '2026-01-20',
      'ar',
    );
    expect(extraction.mentions.map((m) => [m.text, m.value])).toEqual([
      ['8 يناير', '2026-01-08'],
      ['December 23, 2023', '2023-12-23'],
    ]);
    const quoted = events.find((e) => e.date.edtf === '2023-12-23')!;
    expect(quoted.language).toBe('en');
    expect(quoted.title).toMatch(/roadmap/);
    expect(events.find((e) => e.date.edtf === '2026-01-08')!.language).toBeUndefined();
  });

  it('an Arabic quote inside an English paragraph is read by the Arabic parser', () => {
    const { events } = extract('Headline\nThe statement said: "التقى الوزيران في القاهرة في 3 مارس الماضي", the agency reported on Tuesday.', '2025-03-12', 'en');
    expect(events.map((e) => [e.date.edtf, e.language ?? 'en'])).toEqual([
      ['2025-03-03', 'ar'],
      ['2025-03-11', 'en'],
    ]);
  });

  it('Latin names and tags in an Arabic article are not read as English dates', () => {
    const { extraction } = extract('عنوان\nزار الوزير جامعة Sun Yat-sen University في 3 مارس 2025 والتقى البروفيسورة Theresa May Johnson.\nTags: March, Sun, Yemen', '2025-03-12', 'ar');
    expect(extraction.mentions.map((m) => m.text)).toEqual(['3 مارس 2025']);
  });

  it('an article in one language is read exactly as a whole text is', () => {
    const text = 'عنوان\nعقد الوفدان اليوم جولة في جنيف، بعد لقاء في 18 شباط الماضي في الرياض.\nومن المقرر أن يلتقيا مجددا الأسبوع المقبل.';
    const whole = findDateMentions(text, { ref: '2025-04-10', language: 'ar' });
    expect(extract(text, '2025-04-10').extraction.mentions).toEqual(whole);
  });
});
