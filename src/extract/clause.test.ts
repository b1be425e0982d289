import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseAround, countContentWords, countContentWordsScanning, titleFromClause } from './clause.ts';
import { ParagraphText } from './paragraph-text.ts';

function clauseOf(paragraph: string, phrase: string, language: 'ar' | 'en' = 'ar') {
  const start = paragraph.indexOf(phrase);
  const mention = { start, end: start + phrase.length };
  const text = new ParagraphText(paragraph, language);
  const clause = clauseAround(text, mention);
  return { clause: paragraph.slice(clause.start, clause.end).trim(), title: titleFromClause(text, clause, mention) };
}

describe('clauseAround', () => {
  it('stops at the connector that opens the next happening', () => {
    const p = 'وكان الجانبان عقدا جولة أولى من مباحثات تطبيع العمل الدبلوماسي في الـ 27 من شباط الماضي في اسطنبول وأكدت الخارجية الروسية عقبها، أن “المناقشات كانت هادفة”';
    expect(clauseOf(p, 'الـ 27 من شباط الماضي').clause).toBe(
      'وكان الجانبان عقدا جولة أولى من مباحثات تطبيع العمل الدبلوماسي في الـ 27 من شباط الماضي في اسطنبول',
    );
  });

  it('a fronted date ("وفي الـ18 من شباط الماضي،") takes the clause after it', () => {
    const p = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين وفدي البلدين في العاصمة السعودية الرياض، وذلك في إطار جهود إعادة العلاقات.';
    expect(clauseOf(p, 'الـ18 من شباط الماضي').clause).toBe('وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين وفدي البلدين في العاصمة السعودية الرياض');
  });

  it('takes the clause after the comma, not the paragraph opening before it', () => {
    const p = 'وشهدت العلاقات توتراً كبيراً خلال السنوات الماضية، وخاصة بعد بدء الغزو الروسي لأوكرانيا عام 2022، ما أدى إلى فرض قيود';
    expect(clauseOf(p, 'عام 2022').clause).toBe('وخاصة بعد بدء الغزو الروسي لأوكرانيا عام 2022');
  });

  it('does not cut at a decimal point', () => {
    const p = 'ارتفع النمو 2.5 بالمئة في آذار الماضي حسب البنك';
    expect(clauseOf(p, 'آذار الماضي').clause).toBe(p);
  });

  it('works on English text', () => {
    const p = 'The two delegations met in Riyadh on February 18, while Moscow said talks would continue.';
    expect(clauseOf(p, 'February 18', 'en').clause).toBe('The two delegations met in Riyadh on February 18');
  });
});

describe('titleFromClause', () => {
  it('drops the date phrase, its preposition and sentence openers', () => {
    const p = 'وكان الجانبان عقدا جولة أولى من المباحثات في الـ 27 من شباط الماضي في اسطنبول، وأكدت الخارجية';
    expect(clauseOf(p, 'الـ 27 من شباط الماضي').title).toBe('الجانبان عقدا جولة أولى من المباحثات في اسطنبول');
  });

  it('drops reporting openers (يذكر أن، فيما، أن كان) that say nothing of the happening', () => {
    expect(clauseOf('يذكر أن العلاقات بين البلدين شهدت توترا في تموز 2022', 'تموز 2022').title).toBe('العلاقات بين البلدين شهدت توترا');
    expect(clauseOf('فيما استضافت تونس اجتماعا ثانيا في تموز 2024', 'تموز 2024').title).toBe('استضافت تونس اجتماعا ثانيا');
    // إن as a complementizer only: إنشاء or إنهاء are words
    expect(clauseOf('إنشاء اللجنة المشتركة في تموز 2024', 'تموز 2024').title).toBe('إنشاء اللجنة المشتركة');
  });

  it('drops the conjunction و but not a word that starts with و', () => {
    expect(clauseOf('وتوصلت الولايات المتحدة في الـ26 من آذار الماضي إلى اتفاقين', 'الـ26 من آذار الماضي').title).toBe(
      'توصلت الولايات المتحدة إلى اتفاقين',
    );
    expect(clauseOf('وزير الخارجية زار دمشق أمس', 'أمس').title).toBe('وزير الخارجية زار دمشق');
  });

  it('is short: at most twelve words', () => {
    const p = 'أعلنت الحكومة أمس عن خطة واسعة تشمل إصلاح القطاع المصرفي وتحديث البنية التحتية وتوسيع شبكة الكهرباء في المحافظات الشمالية والجنوبية';
    const { title } = clauseOf(p, 'أمس');
    expect(title.split(' ').length).toBeLessThanOrEqual(12);
    expect(title.endsWith('…')).toBe(true);
  });

  it('capitalizes English titles and drops the preposition', () => {
    const p = 'On March 26, the United States reached two agreements on the Black Sea.';
    expect(clauseOf(p, 'March 26', 'en').title).toBe('The United States reached two agreements on the Black Sea');
  });
});

describe('a parenthetical date belongs to its whole sentence', () => {
  it('"X في بيروت، أمس الأربعاء، Y": both sides, one comma in the title', () => {
    const p = 'استقبل رئيس الحكومة في السرايا في بيروت، أمس الأربعاء، المبعوثة الأميركية، وبحث معها الانسحاب.';
    const { clause, title } = clauseOf(p, 'أمس الأربعاء');
    expect(clause).toBe('استقبل رئيس الحكومة في السرايا في بيروت، أمس الأربعاء، المبعوثة الأميركية');
    expect(title).toBe('استقبل رئيس الحكومة في السرايا في بيروت، المبعوثة الأميركية');
  });
  it('reaches back over a short apposition (", ناصر بوريطة،") to the verb', () => {
    const p = 'استقبل وزير الخارجية، ناصر بوريطة، أمس الأربعاء بالرباط، نظيره الموريتاني، في إطار زيارة عمل.';
    expect(clauseOf(p, 'أمس الأربعاء').clause).toBe('استقبل وزير الخارجية، ناصر بوريطة، أمس الأربعاء بالرباط، نظيره الموريتاني');
  });
  it('a fronted date still looks only ahead', () => {
    const p = 'التقى الوزيران في جنيف، وفي الـ18 من شباط الماضي، جرى لقاء ثان في الرياض.';
    expect(clauseOf(p, 'الـ18 من شباط الماضي').clause).toBe('وفي الـ18 من شباط الماضي، جرى لقاء ثان في الرياض');
  });
  it('a date in a clause of its own words is left alone', () => {
    const p = 'وصل الوفد إلى عمان، وعقد أمس اجتماعاً مطولاً مع وزير الخارجية الأردني في مقر الوزارة.';
    expect(clauseOf(p, 'أمس').clause).toBe('وعقد أمس اجتماعاً مطولاً مع وزير الخارجية الأردني في مقر الوزارة');
  });
});

describe('clause boundaries and titles, more', () => {
  it('an abbreviation\'s full stop does not end the clause', () => {
    const p = 'U.S. and Russian delegations met in Riyadh on Feb. 18 for their first talks.';
    expect(clauseOf(p, 'Feb. 18', 'en').clause).toBe('U.S. and Russian delegations met in Riyadh on Feb. 18 for their first talks');
    // Titles before names, one list for clauses, sentences and lost subjects (abbreviations.ts).
    const titled = 'Navy Capt. Ruiz and Prof. Adeyemi briefed reporters in Lagos on Monday about the inquiry.';
    expect(clauseOf(titled, 'Monday', 'en').clause).toBe('Navy Capt. Ruiz and Prof. Adeyemi briefed reporters in Lagos on Monday about the inquiry');
  });
  it('"في وقت سابق من اليوم" is a parenthesis: the title keeps the verb before it', () => {
    const p = 'أعلنت وزارة الخارجية القطرية، في وقت سابق من اليوم، أن الدوحة ستستضيف جولة جديدة.';
    expect(clauseOf(p, 'اليوم').title).toBe('أعلنت وزارة الخارجية القطرية، أن الدوحة ستستضيف جولة جديدة');
  });
  it('"Earlier this year," leaves no "Earlier ," in the title', () => {
    const p = 'Earlier this year, the administration said it wanted a ceasefire.';
    expect(clauseOf(p, 'this year', 'en').title).toBe('The administration said it wanted a ceasefire');
  });
});

describe('English "since"', () => {
  it('opens a clause when a happening follows it', () => {
    const p = "Delegations met in Riyadh on Feb. 18 for their first talks since Russia's invasion of Ukraine in February 2022.";
    expect(clauseOf(p, 'February 2022', 'en').clause).toBe("since Russia's invasion of Ukraine in February 2022");
    expect(clauseOf(p, 'Feb. 18', 'en').clause).toBe('Delegations met in Riyadh on Feb. 18 for their first talks');
  });
  it('not when a date follows it', () => {
    expect(clauseOf('Tensions have risen since 2014 in the region.', '2014', 'en').clause).toBe('Tensions have risen since 2014 in the region');
  });
});

describe('titles read from the first words of a long clause', () => {
  const WORDS = {
    ar: ['وكان', 'قد', 'في', 'منذ', 'و', 'ثم', 'الوزير', 'وزار', 'الوفد', 'دمشق', 'اتفاقاً', '،', ',', '-', 'وقت', 'سابق', 'من', 'يوم', 'ما', 'أن', 'يذكر'],
    en: ['and', 'but', 'on', 'in', 'since', 'then', 'the', 'minister', 'visited', 'Damascus', ',', '-', 'talks', 'at', 'from', 'also'],
  };
  it('are the titles of the whole clause', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'ar' | 'en'>('ar', 'en'),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (language, beforeCount, afterCount, seed) => {
          let state = seed;
          const word = () => WORDS[language][(state = (state * 48271) % 2147483647) % WORDS[language].length]!;
          const side = (count: number) => Array.from({ length: count }, word).join(' ');
          const date = language === 'ar' ? 'أمس' : 'yesterday';
          const paragraph = `${side(beforeCount)} ${date} ${side(afterCount)}`;
          const start = beforeCount ? paragraph.indexOf(` ${date} `) + 1 : 1;
          const mention = { start, end: start + date.length };
          const text = new ParagraphText(paragraph, language);
          const clause = { start: 0, end: paragraph.length };
          expect(titleFromClause(text, clause, mention)).toBe(titleFromClause(text, clause, mention, Infinity));
          expect(titleFromClause(text, clause, mention, 20)).toBe(titleFromClause(text, clause, mention, Infinity));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('content words counted from running counts', () => {
  const WORDS = ['في', 'و', 'الوزير', '2025', '،', 'زار', 'on', 'the', 'Damascus', '3', 'آذار', 'منذ', '(أمس)', 'x'];
  it('give what reading the words one by one gives, for any span (words cut at either end too)', () => {
    // up to 120 words: spans long enough to be read from the counts, short ones read word by word
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '\u00a0', '\n')), { maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (pieces, a, b, limit) => {
          const text = pieces.map(([word, space]) => word + space).join('');
          const paragraph = new ParagraphText(text, 'ar');
          const start = a % (text.length + 1);
          const end = b % (text.length + 2);
          expect(countContentWords(paragraph, start, end, limit)).toBe(countContentWordsScanning(text, start, end, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('bounded work on a long list', () => {
  it('a date in a long comma-separated list reaches back over a few appositions only', () => {
    const list = Array.from({ length: 40 }, (_, i) => `${(i % 28) + 1} آذار 2025`).join('، ');
    const p = `استقبل الوزير، ${list}`;
    const last = p.lastIndexOf('28 آذار 2025');
    const text = new ParagraphText(p, 'ar');
    const clause = clauseAround(text, { start: last, end: last + '28 آذار 2025'.length });
    // it begins a few pieces back, not at the paragraph's first word
    expect(clause.start).toBeGreaterThan(p.length / 2);
  });
});
