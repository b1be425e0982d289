/** What an event is, read from the clause of its date: place, actors, type and title. */
import { describe, expect, it } from 'vitest';
import { clauseAround } from './clause.ts';
import { describeEvent } from './description.ts';
import { ParagraphText } from './paragraph-text.ts';

function describePhrase(paragraph: string, phrase: string, language: 'ar' | 'en' = 'ar') {
  const text = new ParagraphText(paragraph, language);
  const start = paragraph.indexOf(phrase);
  const mention = { start, end: start + phrase.length };
  const description = describeEvent(clauseAround(text, mention), mention);
  return { ...description, place: description.place?.place.en ?? null };
}

// The place rules themselves, and the place read from the article around a clause: event-place.test.ts.
describe('the place of a happening', () => {
  it('comes from the clause of the date, not the first place in the paragraph', () => {
    const p = 'وصل الوزير إلى موسكو أمس، بعد أن كان التقى نظيره في الـ3 من آذار الماضي في باريس.';
    expect(describePhrase(p, 'أمس').place).toBe('Moscow');
    expect(describePhrase(p, 'الـ3 من آذار الماضي').place).toBe('Paris');
  });

  it('a city before a country, a sea before the countries around it', () => {
    expect(describePhrase('التقى الوزير نظيره في طهران في حزيران الماضي لبحث الوضع في إيران.', 'حزيران الماضي').place).toBe('Tehran');
    expect(describePhrase('وقعت روسيا وأوكرانيا في 26 آذار 2025 اتفاقاً لوقف القتال في البحر الأسود.', '26 آذار 2025').place).toBe('Black Sea');
  });

  it('of two places of one rank, the one nearer the date', () => {
    const p = 'زار الوزير دمشق يوم الأحد ثم توجه إلى بيروت يوم الاثنين';
    expect(describePhrase(p, 'يوم الأحد').place).toBe('Damascus');
    expect(describePhrase(p, 'يوم الاثنين').place).toBe('Beirut');
  });

  it('a town before its province: the town', () => {
    expect(describePhrase('استهدف القصف منتجعاً في زاخو بمحافظة دهوك في 20 تموز 2022.', '20 تموز 2022').place).toBe('Zakho');
  });

  it('حيث ("where") takes the place just named before the clause', () => {
    const p = 'وصل الوزير قادماً من أربيل، حيث التقى رئيس حكومة إقليم كردستان يوم الاثنين 13 كانون 2.';
    expect(describePhrase(p, 'يوم الاثنين 13 كانون 2').place).toBe('Erbil');
  });

  it('a place named in an office is whose, not where (the office read in normalized spelling: خارجية → خارجيه)', () => {
    expect(describePhrase('استقبل الرئيس في بيروت أمس المبعوث الأميركي إلى الشرق الأوسط.', 'أمس').place).toBe('Beirut');
    expect(describePhrase('استقبل الرئيس أمس وزيرة خارجية فرنسا في لبنان.', 'أمس').place).toBe('Lebanon');
    // alone, it is no place either: where the minister was received is not said
    expect(describePhrase('استقبل الرئيس أمس وزيرة خارجية فرنسا.', 'أمس').place).toBeNull();
    expect(describePhrase('استقبل الرئيس في بيروت أمس سفير روسيا لدى لبنان.', 'أمس').place).toBe('Beirut');
  });

  it('two countries as the parties of a happening are its actors, not its place', () => {
    const ar = describePhrase('اندلعت الحرب بين إسرائيل وإيران في حزيران الماضي.', 'حزيران الماضي');
    expect(ar.place).toBeNull();
    expect(ar.actors).toEqual(expect.arrayContaining(['Israel', 'Iran']));
    expect(describePhrase('The war between Israel and Iran began in June.', 'June', 'en').place).toBeNull();
    expect(describePhrase('زار الرئيس الفرنسي إيران في حزيران الماضي.', 'حزيران الماضي').place).toBe('Iran');
  });
});

describe('type, actors and title', () => {
  it('the type is the strong cue of the clause, and the English gloss names it', () => {
    const d = describePhrase('وقع وزيرا خارجية روسيا والولايات المتحدة اتفاقاً في الرياض يوم 18 شباط 2025.', 'يوم 18 شباط 2025');
    expect(d.type).toBe('agreement');
    expect(d.actors).toEqual(expect.arrayContaining(['Russia', 'United States']));
    expect(d.titleEn).toMatch(/Riyadh/);
  });

  it('a short relative clause is titled with the words before it, read back from the clause only', () => {
    const p = 'وتناولت المباحثات أشغال الطريق الرابط بين السمارة والحدود الموريتانية، الذي أعطيت انطلاقته في 14 ماي الماضي.';
    expect(describePhrase(p, '14 ماي الماضي').title).toBe('الطريق الرابط بين السمارة والحدود الموريتانية، الذي أعطيت انطلاقته');
    // fewer words than six before it: all of them
    expect(describePhrase('الطريق الجديد، الذي افتتح في 14 ماي الماضي.', '14 ماي الماضي').title).toBe('الطريق الجديد، الذي افتتح');
    // the sentence's openers before the words borrowed are not part of the title
    const said = 'وأشار المقداد إلى أن الجولة الأخيرة من اجتماعات اللجنة، التي انعقدت منتصف حزيران الفائت، لم تحقق أي تقدم.';
    expect(describePhrase(said, 'منتصف حزيران الفائت').title).toBe('الجولة الأخيرة من اجتماعات اللجنة، التي انعقدت');
    // a sentence ending before it: nothing to borrow
    expect(describePhrase('افتتح الطريق. الذي افتتح في 14 ماي الماضي.', '14 ماي الماضي').title).toBe('الذي افتتح');
  });

  it('a date set off by commas with only where before it belongs to the sentence around it', () => {
    const p = 'استقبل ولي العهد، في الرياض اليوم، وزير الخارجية الأمريكي.';
    expect(describePhrase(p, 'اليوم')).toMatchObject({ title: 'استقبل ولي العهد، في الرياض، وزير الخارجية الأمريكي', place: 'Riyadh' });
    expect(describePhrase('The prince received, in Riyadh on Monday, the US secretary of state.', 'Monday', 'en').title).toBe(
      'The prince received, in Riyadh, the US secretary of state',
    );
  });

  it('an English clause cut off its subject by commas is titled with the sentence\'s subject', () => {
    const p = 'Talks on a trade deal, launched in 2019, stalled in March. The last round of talks, held in Doha on Aug. 15-16, ended without a deal.';
    expect(describePhrase(p, '2019', 'en').title).toBe('Talks on a trade deal launched');
    expect(describePhrase(p, 'March', 'en').title).toBe('Talks on a trade deal stalled');
    expect(describePhrase(p, 'Aug. 15-16', 'en').title).toBe('The last round of talks held in Doha');
    // A clause with its own subject keeps its title.
    expect(describePhrase('On Monday, the ministers met in Geneva.', 'Monday', 'en').title).toBe('The ministers met in Geneva');
  });

  it('two dates in one clause share its reading but each gets its own title', () => {
    const p = 'التقى الوزيران في جنيف يوم الأحد وفي الرياض يوم الاثنين';
    const sunday = describePhrase(p, 'يوم الأحد');
    const monday = describePhrase(p, 'يوم الاثنين');
    expect([sunday.place, monday.place]).toEqual(['Geneva', 'Riyadh']);
    expect(sunday.title).not.toBe(monday.title);
    expect(sunday.actors).not.toBe(monday.actors); // each event owns its array
  });
});
