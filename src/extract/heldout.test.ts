/**
 * The held-out evaluation: articles from outlets and countries the extractor was not
 * developed on (Moroccan, Algerian, Egyptian, Saudi with Hijri dates, Iraqi, Lebanese, an
 * agency wire with dual month names, an English wire; two saved as HTML pages), with the
 * events a reader would put on a timeline written by hand in fixtures/heldout/expected.json
 * before the extractor was run on them. See evaluation/heldout.ts for the scoring rules;
 * `npm run eval:heldout` prints the table and every miss.
 */
import { describe, expect, it } from 'vitest';
import { PLACES_DIR, THIRD_DIR, VALIDATION_DIR, formatTable, scoreAll, totals, type ArticleScore } from './evaluation/heldout.ts';

const scores = scoreAll();
const byId = new Map(scores.map((score) => [score.id, score]));
const article = (prefix: string): ArticleScore => scores.find((score) => score.id.startsWith(prefix))!;
const eventAt = (score: ArticleScore, paragraph: number, phrase: string) =>
  score.extraction.events.find((event) => event.sources[0]!.paragraph === paragraph && event.sources[0]!.mention.text.includes(phrase));

// Thresholds at what the extractor achieves, with a little room: a regression on any
// article shows here. Per article: a single miss in 8–12 events already costs 8–12%.
const MIN_ARTICLE_RECALL = 0.85;
const MIN_ARTICLE_PRECISION = 0.85;
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.95;
const MIN_PLACE_ACCURACY = 0.9;
const MIN_MENTION_SCORE = 0.9;

function expectBatchThresholds(batch: ArticleScore[]) {
  const all = totals(batch);
  expect(all.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  expect(all.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  expect(all.placeAccuracy).toBeGreaterThanOrEqual(MIN_PLACE_ACCURACY);
}

/** What went wrong in an article, shown beside a failed threshold. */
const problems = (score: ArticleScore) => ({ misses: score.misses, extras: score.extras, wrongPlaces: score.wrongPlaces, notDates: score.notDateHits });

describe('held-out articles', () => {
  it('covers eight articles', () => {
    expect(scores).toHaveLength(8);
    console.log(formatTable(scores));
  });

  it(`finds ≥ ${MIN_RECALL * 100}% of the expected events with ≥ ${MIN_PRECISION * 100}% precision over all articles`, () => {
    expectBatchThresholds(scores);
  });

  for (const score of scores) {
    it(`${score.id} (${score.outlet})`, () => {
      const report = problems(score);
      expect({ recall: score.recall >= MIN_ARTICLE_RECALL, ...report }).toMatchObject({ recall: true });
      expect({ precision: score.precision >= MIN_ARTICLE_PRECISION, ...report }).toMatchObject({ precision: true });
      expect({ places: score.placeAccuracy >= MIN_PLACE_ACCURACY - 0.25, ...report }).toMatchObject({ places: true });
      expect(score.mentionRecall).toBeGreaterThanOrEqual(MIN_MENTION_SCORE);
      expect(score.mentionPrecision).toBeGreaterThanOrEqual(MIN_MENTION_SCORE);
      expect(score.notDateHits).toEqual([]);
      expect(score.extraction.warnings).toEqual([]);
    });
  }
});

describe('held-out: tricky cases, exactly', () => {
  it('a Hijri date and its Gregorian الموافق are one event, with the Hijri original kept', () => {
    const saudi = article('sa-');
    const sameDay = saudi.extraction.events.filter((event) => event.sources[0]!.paragraph === 2);
    expect(sameDay).toHaveLength(1);
    expect(sameDay[0]!.date).toMatchObject({ edtf: '2025-09-18', precision: 'day' });
    expect(sameDay[0]!.sources[0]!.mention.text).toBe('اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م');
    const mention = saudi.extraction.mentions.find((m) => m.text.startsWith('اليوم الخميس 26'));
    expect(mention?.original).toBe('1447-03-26');
  });

  it('a Hijri-only date converts with Umm al-Qura', () => {
    expect(eventAt(article('sa-'), 6, 'ربيع الأول')?.date).toMatchObject({ edtf: '2025-08-25', calendar: 'hijri', original: '1447-03-02' });
  });

  it('Moroccan months: شتنبر range with ما بين, يوليوز approximate, نونبر', () => {
    const morocco = article('ma-');
    expect(eventAt(morocco, 5, 'شتنبر')?.date).toMatchObject({ edtf: '2024-09-03/2024-09-05', start: '2024-09-03', end: '2024-09-05' });
    expect(eventAt(morocco, 6, 'يوليوز')?.date).toMatchObject({ edtf: '2025-07~', start: '2025-07-01', end: '2025-07-10', approximate: true });
    expect(eventAt(morocco, 10, 'نونبر')).toMatchObject({ date: { edtf: '2023-11' }, place: 'Nouakchott' });
  });

  it('يومي 28 و29 ماي is one two-day event; النصف الثاني من أفريل is the second half of April', () => {
    const algeria = article('dz-');
    expect(eventAt(algeria, 5, 'ماي')).toMatchObject({ date: { edtf: '2025-05-28/2025-05-29' }, place: 'Sfax' });
    expect(eventAt(algeria, 3, 'أفريل')).toMatchObject({ date: { edtf: '2025-04~', start: '2025-04-16', end: '2025-04-30' }, place: 'Tripoli' });
  });

  it('a yearly commemoration, a deadline and a trade figure are not events', () => {
    expect(eventAt(article('dz-'), 8, 'فيفري')).toBeUndefined();
    expect(eventAt(article('dz-'), 6, 'نهاية السنة')).toBeUndefined();
    expect(eventAt(article('eg-'), 9, 'نهاية العام')).toBeUndefined();
    expect(eventAt(article('ma-'), 8, '2024')).toBeUndefined();
  });

  it('names and numbers are not dates: قوى 14 آذار، ملعب 5 جويلية، رؤية 2030، resolutions', () => {
    for (const score of scores) expect(score.notDateHits).toEqual([]);
    expect(article('lb-').extraction.mentions.filter((m) => m.text === '14 آذار' || m.text === '8 آذار')).toEqual([]);
    expect(article('sa-').extraction.mentions.some((m) => m.text.includes('2030'))).toBe(false);
  });

  it('Iraqi numbered months and a parenthetical date take the place of their sentence', () => {
    const iraq = article('iq-');
    expect(eventAt(iraq, 4, 'كانون 2')).toMatchObject({ date: { edtf: '2025-01-13' }, place: 'Erbil' });
    expect(eventAt(iraq, 8, 'تموز')).toMatchObject({ date: { edtf: '2022-07-20' }, place: 'Zakho' });
    expect(eventAt(article('lb-'), 1, 'أمس')).toMatchObject({ date: { edtf: '2025-02-19' }, place: 'Beirut' });
  });

  it('English: mid-January, November of that year, between April and May, early next year', () => {
    const english = article('en-');
    expect(eventAt(english, 3, 'January')?.date).toMatchObject({ edtf: '2026-01~', start: '2026-01-11', end: '2026-01-20' });
    expect(eventAt(english, 5, 'November')?.date.edtf).toBe('2024-11');
    expect(eventAt(english, 7, 'April')?.date.edtf).toBe('2025-04/2025-05');
    expect(eventAt(english, 7, 'June')?.date.edtf).toBe('2025-06');
    expect(eventAt(english, 8, 'next year')?.date).toMatchObject({ edtf: '2026~', start: '2026-01-01', end: '2026-04-30' });
  });

  it('page furniture and datelines give no events; HTML scripts and navigation give no mentions', () => {
    for (const score of scores) {
      const paragraphs = score.extraction.article.paragraphs;
      for (const event of score.extraction.events) {
        const text = paragraphs[event.sources[0]!.paragraph]!;
        expect(text).not.toMatch(/^(اقرأ|جميع الحقوق|©|Read more)/);
      }
    }
    const egypt = byId.get('eg-2025-10-22-gaza-reconstruction')!;
    expect(egypt.extraction.mentions.some((m) => /2020|24 أكتوبر/.test(m.text))).toBe(false);
    expect(egypt.extraction.events.some((event) => event.sources[0]!.paragraph === 1)).toBe(false);
  });

  it('titles are short clauses, not whole paragraphs', () => {
    for (const score of scores) {
      for (const event of score.extraction.events) {
        const paragraph = score.extraction.article.paragraphs[event.sources[0]!.paragraph]!;
        expect(event.title.length).toBeGreaterThan(5);
        expect(event.title.split(' ').length).toBeLessThanOrEqual(13);
        expect(event.title).not.toMatch(/[،,]\s*[،,]/);
        expect(event.title.length).toBeLessThan(paragraph.length);
      }
    }
  });
});

describe('held-out validation batch (written after the fixes to the first eight)', () => {
  const validation = scoreAll(VALIDATION_DIR);
  it('covers four more outlets, at the same thresholds', () => {
    expect(validation).toHaveLength(4);
    console.log(formatTable(validation));
    expectBatchThresholds(validation);
  });
  for (const score of validation) {
    it(`${score.id} (${score.outlet})`, () => {
      expect({ recall: score.recall >= MIN_ARTICLE_RECALL, precision: score.precision >= MIN_ARTICLE_PRECISION, ...problems(score) }).toMatchObject({ recall: true, precision: true });
      expect(score.notDateHits).toEqual([]);
    });
  }
});

describe('held-out third batch (issue #18: datelines in every layout, two languages in one article)', () => {
  const third = scoreAll(THIRD_DIR);
  const of = (prefix: string) => third.find((score) => score.id.startsWith(prefix))!;
  // Places are scored but held to less here: the choice of place (a dateline's city for local
  // happenings, a place named in another clause) is other work; see the batch's README table.
  const MIN_THIRD_PLACE_ACCURACY = 0.8;

  it('covers eight more outlets and countries, at the same event thresholds', () => {
    expect(third).toHaveLength(8);
    console.log(formatTable(third));
    const all = totals(third);
    expect(all.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(all.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(all.placeAccuracy).toBeGreaterThanOrEqual(MIN_THIRD_PLACE_ACCURACY);
  });

  // Per article a little below the first batches' bar, at what the first run after the dateline
  // work achieved: the misses left are the date engine's and the place choice's (README), and one
  // miss in five to seven events costs 14–20%.
  for (const score of third) {
    it(`${score.id} (${score.outlet})`, () => {
      const report = problems(score);
      expect({ recall: score.recall >= MIN_ARTICLE_RECALL, ...report }).toMatchObject({ recall: true });
      expect({ precision: score.precision >= MIN_ARTICLE_PRECISION - 0.05, ...report }).toMatchObject({ precision: true });
      expect(score.mentionRecall).toBeGreaterThanOrEqual(MIN_MENTION_SCORE - 0.05);
      expect(score.mentionPrecision).toBeGreaterThanOrEqual(MIN_MENTION_SCORE - 0.05);
      expect(score.notDateHits).toEqual([]);
      expect(score.extraction.warnings).toEqual([]);
    });
  }

  it('dates each article from where it says so: metadata, the page, a dateline, a publication line; never the update', () => {
    const dating = Object.fromEntries(
      third.map(({ extraction: { article } }) => [article.id.slice(0, 2), [article.published, article.publishedFrom, article.updated ?? null, article.dateline?.place ?? null]]),
    );
    expect(dating).toEqual({
      ly: ['2025-11-03', 'dateline', null, 'Tripoli'],
      sd: ['2025-10-08', 'publication-line', null, 'Port Sudan'],
      ps: ['2025-11-19', 'dateline', null, 'Ramallah'],
      kw: ['2026-02-10', 'metadata', null, 'Kuwait City'],
      om: ['2025-10-12', 'publication-line', null, 'Muscat'],
      bh: ['2025-12-14', 'metadata', null, 'Manama'],
      ye: ['2026-01-20', 'metadata', null, 'Aden'],
      mr: ['2025-12-15', 'page', '2025-12-16', null],
    });
  });

  it('reads the English half of a bilingual page and English quotes with the English parser, titles in English', () => {
    const bilingual = of('bh-').extraction;
    expect(bilingual.article.language).toBe('ar');
    const english = bilingual.events.filter((event) => event.sources[0]!.paragraph >= 5);
    expect(english.map((event) => [event.sources[0]!.mention.text, event.language])).toEqual([
      ['today', 'en'],
      ['March 4', 'en'],
      ['December 3', 'en'],
      ['June 21, 2023', 'en'],
    ]);
    expect(bilingual.events.filter((event) => event.sources[0]!.paragraph < 5).every((event) => event.language === undefined)).toBe(true);
    const yemen = of('ye-').extraction;
    // A paragraph that mixes both: the Arabic date and the quoted English one.
    expect(yemen.events.filter((event) => event.sources[0]!.paragraph === 6).map((event) => [event.date.edtf, event.language ?? 'ar'])).toEqual([
      ['2026-01-08', 'ar'],
      ['2023-12-23', 'en'],
    ]);
    expect(yemen.events.find((event) => event.date.edtf === '2023-12-23')!.title).toMatch(/^The government remains committed/);
  });

  it('a lead\'s dateline is no part of the first event\'s title', () => {
    const lead = eventAt(of('ps-'), 1, 'اليوم');
    expect(lead?.title).toMatch(/^استقبل رئيس دولة فلسطين/);
  });
});

describe('held-out batch for places (issue #16: outlets and countries of neither batch before)', () => {
  const batch = scoreAll(PLACES_DIR);
  const of = (prefix: string) => batch.find((score) => score.id.startsWith(prefix))!;
  const at = (prefix: string, paragraph: number, phrase: string) => {
    const event = eventAt(of(prefix), paragraph, phrase);
    return event && { place: event.place, from: event.placeFrom ?? null };
  };
  // First run 70/82 (85%; main before this work: 45/82, 55%); the misses left are towns the
  // gazetteer lacks or spells otherwise (Skhirat, Ghadames, Mekelle, Addis Abeba) and one meeting
  // told with no place in its paragraph.
  const MIN_BATCH_PLACE_ACCURACY = 0.85;

  it('covers ten articles; places right for nearly nine events in ten', () => {
    expect(batch).toHaveLength(10);
    console.log(formatTable(batch));
    const all = totals(batch);
    expect(all.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect({ accuracy: all.placeAccuracy, wrong: batch.flatMap((score) => score.wrongPlaces) }).toMatchObject({ accuracy: expect.any(Number) });
    expect(all.placeAccuracy).toBeGreaterThanOrEqual(MIN_BATCH_PLACE_ACCURACY);
    for (const score of batch) expect(score.notDateHits).toEqual([]);
  });

  it('the parties are not the place: Iran–US talks hosted by Oman, a ceasefire announced in Doha by three countries', () => {
    expect(at('om-', 1, 'أمس')?.place).toBe('Oman');
    expect(at('ps-', 5, '15 كانون الثاني')).toEqual({ place: 'Doha', from: 'clause' });
    expect(at('om-', 8, 'مايو 2018')?.place).toBeNull();
  });

  it('statements where they were made: Ramallah (the dateline), Tehran, New York, Cairo', () => {
    expect(at('ps-', 1, 'اليوم الأربعاء')).toEqual({ place: 'Ramallah', from: 'dateline' });
    expect(at('ps-', 1, 'منذ')?.place).toBe('Jenin');
    expect(at('om-', 5, 'اليوم')).toEqual({ place: 'Tehran', from: 'clause' });
    expect(at('ps-', 7, 'أمس')).toEqual({ place: 'New York', from: 'sentence' });
    expect(at('et-', 6, 'Monday')).toEqual({ place: 'Cairo', from: 'sentence' });
  });

  it('a summit told again, "here", and the lead under its dateline', () => {
    expect(at('bh-', 1, 'اليوم')).toEqual({ place: 'Manama', from: 'dateline' });
    expect(at('bh-', 4, 'اليوم')).toEqual({ place: 'Manama', from: 'earlier-mention' });
    expect(at('bh-', 7, 'اليوم')).toEqual({ place: 'Manama', from: 'earlier-mention' });
    expect(at('bh-', 6, 'الاثنين')).toEqual({ place: 'Manama', from: 'dateline' });
    expect(at('mr-', 7, '12 ديسمبر 2023')).toEqual({ place: 'Nouakchott', from: 'dateline' });
  });

  it('borders, seas and territories', () => {
    expect(at('sd-', 3, '15 أغسطس 2024')?.place).toBe('Chad–Sudan border');
    expect(at('mr-', 5, '31 ديسمبر')?.place).toMatch(/^(?:Atlantic Ocean|Mauritania–Senegal border)$/);
    expect(at('ly-', 9, 'الثلاثاء')?.place).toBe('Mediterranean');
    expect(at('kw-', 7, 'أمس الثلاثاء')?.place).toBe('Persian Gulf');
    expect(at('bh-', 8, '19 نوفمبر 2023')?.place).toBe('Red Sea');
    expect(at('ps-', 6, 'مطلع شباط')?.place).toBe('Rafah crossing');
  });
});
