import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces, PLACES, placeById } from './index.ts';
import { AMBIGUOUS } from './ambiguity.ts';
import { nisbaForms } from './places.ts';

const SEED = readFileSync(new URL('../../../data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt', import.meta.url), 'utf8');

/** Place ids found in a text, in order. */
const ids = (text: string) => findPlaces(text).map((match) => match.place.id);
const only = (text: string) => {
  const matches = findPlaces(text);
  expect(matches).toHaveLength(1);
  return matches[0]!;
};

describe('data', () => {
  it('has every UN member (193) plus Palestine, the Holy See, Kosovo and Taiwan, each with a capital except Israel and Palestine', () => {
    const countries = PLACES.filter((p) => p.kind === 'country');
    expect(countries).toHaveLength(197);
    const noCapital = countries.filter((c) => !c.capital).map((c) => c.id).sort();
    expect(noCapital).toEqual(['il', 'ps']);
    for (const country of countries) {
      expect(country.country).toMatch(/^[A-Z]{2}$/);
      if (country.capital) expect(placeById(country.capital)?.kind).toBe('capital');
    }
  });

  it('has unique ids, valid coordinates, Arabic and English names', () => {
    const seen = new Set<string>();
    for (const place of PLACES) {
      expect(seen.has(place.id), place.id).toBe(false);
      seen.add(place.id);
      const [lon, lat] = place.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect(place.ar).toMatch(/[\u0600-\u06FF]/);
      expect(place.en).toMatch(/[A-Za-z]/);
    }
    expect(PLACES.filter((p) => p.kind === 'city').length).toBeGreaterThanOrEqual(150);
  });

  it('every row of the ambiguity list names a known place', () => {
    for (const [, id] of AMBIGUOUS) expect(placeById(id), id).toBeDefined();
  });

  it('generates nisba forms', () => {
    expect(nisbaForms('سعودي')).toEqual(expect.arrayContaining(['سعودي', 'سعودية', 'السعودي', 'السعودية', 'السعوديين']));
    expect(nisbaForms('كوري+شمالي')).toContain('الكورية الشمالية');
    expect(nisbaForms('جنوب أفريقي')).toContain('الجنوب أفريقية');
  });
});

describe('the seed article', () => {
  it('finds its places with exact offsets', () => {
    const matches = findPlaces(SEED);
    for (const match of matches) expect(SEED.slice(match.start, match.end)).toBe(match.text);
    const found = new Set(matches.map((m) => m.place.en));
    for (const name of ['Istanbul', 'Riyadh', 'Washington', 'Moscow', 'Black Sea', 'Ukraine', 'Kyiv', 'Russia', 'United States']) {
      expect(found, name).toContain(name);
    }
  });

  it('reads "العاصمة السعودية الرياض" as one match: Riyadh', () => {
    const match = only('جرى أول اللقاءات بين وفدي البلدين في العاصمة السعودية الرياض، وذلك');
    expect(match.place.id).toBe('riyadh');
    expect(match.text).toBe('العاصمة السعودية الرياض');
    expect(match.place.coordinates).toEqual([46.72, 24.63]);
  });

  it('Istanbul, Black Sea, Kyiv with a proclitic', () => {
    expect(only('جولة ثانية من المحادثات في اسطنبول التركية').place.en).toBe('Istanbul');
    expect(only('لوقف القتال في البحر الأسود،').place.en).toBe('Black Sea');
    const kyiv = only('مع تقليص دعمها لكييف.');
    expect(kyiv.place.en).toBe('Kyiv');
    expect(kyiv.text).toBe('كييف');
  });
});

describe('proclitics', () => {
  it.each([
    ['باسطنبول', 'istanbul', 'اسطنبول'],
    ['وموسكو', 'moscow', 'موسكو'],
    ['فموسكو', 'moscow', 'موسكو'],
    ['والرياض', 'riyadh', 'الرياض'],
    ['بالرياض', 'riyadh', 'الرياض'],
    ['وبالرياض', 'riyadh', 'الرياض'],
    ['للرياض', 'riyadh', 'للرياض'],
    ['وللرياض', 'riyadh', 'للرياض'],
    ['كالقاهرة', 'cairo', 'القاهرة'],
    ['وبإسطنبول', 'istanbul', 'إسطنبول'],
    ['لواشنطن', 'washington', 'واشنطن'],
  ])('%s → %s', (text, id, span) => {
    const match = only(`وصل الوفد ${text} أمس`);
    expect(match.place.id).toBe(id);
    expect(match.text).toBe(span);
  });

  it('never strips the article from a name that has none', () => {
    expect(ids('الاسطنبول')).toEqual([]);
  });
});

describe('spelling variants', () => {
  it.each([
    ['اسطنبول', 'istanbul'], ['إسطنبول', 'istanbul'], ['استانبول', 'istanbul'],
    ['كييف', 'kyiv'], ['أنقرة', 'ankara'], ['انقره', 'ankara'],
    ['أبوظبي', 'abu-dhabi'], ['أبو ظبي', 'abu-dhabi'], ['دير الزور', 'deir-ez-zor'],
    ['شرم الشيخ', 'sharm-el-sheikh'], ['سانت بطرسبرغ', 'st-petersburg'], ['خاركيف', 'kharkiv'], ['خاركوف', 'kharkiv'],
    ['أوديسا', 'odesa'], ['القرم', 'crimea'], ['الخليج العربي', 'persian-gulf'], ['الخليج الفارسي', 'persian-gulf'],
    ['مضيق هرمز', 'strait-of-hormuz'], ['باب المندب', 'bab-el-mandeb'], ['قناة السويس', 'suez-canal'],
    ['الجولان', 'golan-heights'], ['سيناء', 'sinai'], ['دونباس', 'donbas'], ['إقليم كردستان', 'kurdistan-region'],
    ['الضفة الغربية', 'west-bank'], ['قطاع غزة', 'gaza-strip'], ['غزة', 'gaza'], ['خان يونس', 'khan-younis'],
    ['الحديدة', 'hodeidah'], ['مأرب', 'marib'], ['عدن', 'aden'], ['بنغازي', 'benghazi'], ['مصراتة', 'misrata'],
    ['تبريز', 'tabriz'], ['أصفهان', 'isfahan'], ['إزمير', 'izmir'], ['جنيف', 'geneva'], ['نيويورك', 'new-york'],
    ['ميونخ', 'munich'], ['دافوس', 'davos'], ['فيينا', 'vienna'], ['سوتشي', 'sochi'], ['حلب', 'aleppo'], ['حمص', 'homs'],
    ['اللاذقية', 'latakia'], ['إدلب', 'idlib'], ['الرقة', 'raqqa'], ['درعا', 'daraa'], ['الموصل', 'mosul'], ['البصرة', 'basra'],
    ['أربيل', 'erbil'], ['رفح', 'rafah'], ['جنين', 'jenin'], ['نابلس', 'nablus'], ['الخليل', 'hebron'], ['رام الله', 'ramallah'],
    ['جدة', 'jeddah'], ['مكة المكرمة', 'mecca'], ['المدينة المنورة', 'medina'], ['دبي', 'dubai'], ['الإسكندرية', 'alexandria'],
    ['البحر الأحمر', 'red-sea'], ['البحر المتوسط', 'mediterranean'], ['البحر الأبيض المتوسط', 'mediterranean'],
  ])('%s → %s', (text, id) => {
    expect(ids(`في ${text} اليوم`)).toEqual([id]);
  });
});

describe('longest match', () => {
  it.each([
    ['البحر الأسود', 'black-sea'],
    ['كوريا الشمالية', 'kp'],
    ['كوريا الجنوبية', 'kr'],
    ['روسيا البيضاء', 'by'],
    ['جنوب السودان', 'ss'],
    ['الجبل الأسود', 'me'],
    ['الولايات المتحدة الأمريكية', 'us'],
    ['المملكة العربية السعودية', 'sa'],
    ['طرابلس اللبنانية', 'tripoli-lebanon'],
    ['شبه جزيرة القرم', 'crimea'],
    ['جنوب لبنان', 'south-lebanon'],
    ['قطاع غزة', 'gaza-strip'],
  ])('%s → %s (one match)', (text, id) => {
    expect(ids(`وصل إلى ${text} أمس`)).toEqual([id]);
  });
});

describe('descriptive capitals from the country → capital relation', () => {
  it.each([
    ['العاصمة السعودية', 'riyadh'],
    ['العاصمة الروسية', 'moscow'],
    ['العاصمة الأميركية', 'washington'],
    ['العاصمة الأمريكية', 'washington'],
    ['العاصمة التركية', 'ankara'],
    ['العاصمة الأوكرانية', 'kyiv'],
    ['العاصمة الفرنسية', 'paris'],
    ['العاصمة الكورية الشمالية', 'pyongyang'],
    ['العاصمة القطرية الدوحة', 'doha'],
    ['العاصمة الأردنية عمان', 'amman'],
    ['العاصمة الأوكرانية كييف', 'kyiv'],
    ['بالعاصمة العراقية بغداد', 'baghdad'],
    ['العاصمة الكويتية', 'kuwait-city'],
    ['العاصمة التونسية', 'tunis'],
  ])('%s → %s', (text, id) => {
    expect(ids(`عقد الاجتماع في ${text} أمس`)).toEqual([id]);
  });

  it('a name shared by a country and its capital is the country unless the text says capital', () => {
    expect(ids('في الكويت')).toEqual(['kw']);
    expect(ids('في مدينة الكويت')).toEqual(['kuwait-city']);
    expect(ids('في الجزائر العاصمة')).toEqual(['algiers']);
    expect(ids('في تونس')).toEqual(['tn']);
  });

  it('English: "the Saudi capital", "the Russian capital"', () => {
    expect(ids('They met in the Saudi capital on Tuesday')).toEqual(['riyadh']);
    expect(ids('talks in the Russian capital, Moscow')).toEqual(['moscow', 'moscow']);
  });
});

describe('English', () => {
  it('matches names and aliases', () => {
    expect(ids('Talks in Kyiv (Kiev) and Istanbul; later in Washington, D.C. and St. Petersburg')).toEqual([
      'kyiv', 'kyiv', 'istanbul', 'washington', 'st-petersburg',
    ]);
    expect(ids('the Strait of Hormuz and the Red Sea')).toEqual(['strait-of-hormuz', 'red-sea']);
    expect(ids("Russia's envoy went to the United States")).toEqual(['ru', 'us']);
    expect(ids("Côte d'Ivoire and Cote d'Ivoire")).toEqual(['ci', 'ci']);
  });

  it('needs a capital letter, and capitals for acronyms', () => {
    expect(ids('a turkey from china')).toEqual([]);
    expect(ids('let us go')).toEqual([]);
    expect(ids('the US and the U.S. and the UK')).toEqual(['us', 'us', 'gb']);
  });
});

describe('ambiguity negatives', () => {
  it.each([
    ['مدينة جديدة', 'جدة inside جديدة'],
    ['نشرت الصور على الموقع', 'الصور is pictures'],
    ['صور الأقمار الصناعية', 'صور is pictures'],
    ['جمعية حماية المستهلك', 'حماية is not حماة'],
    ['حماة الديار عليكم سلام', 'حماة the protectors'],
    ['القط الأسود', 'الأسود alone'],
    ['في شهر نيسان', 'نيسان is a month'],
    ['كيف حالك؟ وكيف تسير الأمور', 'كيف is how'],
    ['على المدى المتوسط', 'المتوسط is average'],
    ['أكدت الخارجية السعودية', 'السعودية after a definite noun is an adjective'],
    ['إنه مصر على موقفه', 'مصرّ insistent'],
    ['مظاهرات سلمية في التسوية السلمية', 'سلمية is peaceful'],
    ['دعم مالي كبير', 'مالي is financial'],
    ['قوات سورية وتركية', 'سورية as an adjective'],
    ['صلاة المغرب', 'sunset prayer'],
    ['قائد فيلق القدس', 'Quds Force'],
    ['نصف قطر الدائرة', 'radius'],
    ['كان دوما يقول', 'دوماً always'],
    ['سيول جارفة', 'floods'],
    ['هذه هي العقبة الرئيسية', 'the obstacle'],
    ['في مشهد مؤثر', 'a scene'],
    ['البيت الأبيض', 'the White House is not a place here'],
  ])('%s (%s)', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('reads a seat of government as its city where something happens in it, not where it speaks', () => {
    expect(ids('التقى ترامب زيلينسكي في البيت الأبيض يوم الجمعة')).toEqual(['washington']);
    expect(ids('وعقد الاجتماع داخل المكتب البيضاوي')).toEqual(['washington']);
    expect(ids('استقبل بوتين الوفد في الكرملين')).toEqual(['moscow']);
    expect(ids('وفي قصر الإليزيه التقى ماكرون نظيره')).toEqual(['paris']);
    expect(ids('Trump met Zelenskiy in the Oval Office on Friday')).toEqual(['washington']);
    expect(ids('The two leaders met at the White House on Feb. 28')).toEqual(['washington']);
    expect(ids('talks at the Kremlin')).toEqual(['moscow']);
    expect(ids('وعقد مجلس الوزراء جلسة في السراي الحكومي أمس')).toEqual(['beirut']);
    expect(ids('استقبل الرئيس عون في قصر بعبدا وفدا أمريكيا')).toEqual(['beirut']);
    expect(ids('التقى السيسي نظيره في قصر الاتحادية')).toEqual(['cairo']);
    expect(ids('استقبل ولي العهد في قصر بيان الوزير العماني')).toEqual(['kuwait-city']);
    expect(ids('The prime minister spoke outside 10 Downing Street on Monday')).toEqual(['london']);
    expect(ids('she met President Joseph Aoun at Baabda Palace')).toEqual(['beirut']);
    expect(ids('Baabda Palace said in a statement')).toEqual([]);
    expect(ids('وقال قصر بعبدا في بيان')).toEqual([]);
    expect(ids('Downing Street said on Monday')).toEqual([]);
    // speaking or acting, they are the government (an actor), not a place
    expect(ids('قال البيت الأبيض في بيان')).toEqual([]);
    expect(ids('ومنذ عودة ترامب إلى البيت الأبيض')).toEqual([]);
    expect(ids('أعلن الكرملين')).toEqual([]);
    expect(ids('The White House said on Monday')).toEqual([]);
    expect(ids('the Kremlin spokesman said')).toEqual([]);
  });

  it('admits ambiguous names in context', () => {
    expect(ids('في مدينة صور جنوب لبنان')).toEqual(['tyre', 'south-lebanon']);
    expect(ids('ريف حماة الشمالي')).toEqual(['hama']);
    expect(ids('في سورية')).toEqual(['sy']);
    expect(ids('بين سورية وتركيا')).toEqual(['sy', 'tr']);
    expect(ids('زار السعودية')).toEqual(['sa']);
    expect(ids('في مدينة مشهد الإيرانية')).toEqual(['mashhad']);
    expect(ids('شرق المتوسط')).toEqual(['mediterranean']);
    expect(ids('وصل إلى كيف، العاصمة الأوكرانية')).toEqual(['kyiv', 'kyiv']);
    expect(ids('حصلت مصر على قرض')).toEqual(['eg']);
  });

  it('Amman or Oman by their marks when written, whatever the context', () => {
    expect(ids('وصل إلى الدوحة ومن المقرر أن يتوجه إلى عمّان غداً')).toEqual(['doha', 'amman']);
    expect(ids('زار الملك عبد الله الثاني عُمان بعد جولة في الأردن')).toEqual(['om', 'jo']);
    // The same sentence in a Gulf tour, unvowelled: Oman by context; vowelled: Amman.
    expect(ids('في جولة خليجية بدأها في قطر، يتوجه إلى عمان غداً')).toEqual(['qa', 'om']);
    expect(ids('في جولة خليجية بدأها في قطر، يتوجه إلى عمّان غداً')).toEqual(['qa', 'amman']);
  });

  it('Amman or Oman by context', () => {
    expect(ids('سلطنة عمان')).toEqual(['om']);
    expect(ids('زار الملك عبد الله الثاني عمان بعد جولة في الأردن')).toEqual(['amman', 'jo']);
    expect(ids('وزراء خارجية دول الخليج في مسقط وعمان')).toEqual(['gulf-region', 'muscat', 'om']);
    expect(ids('وصل إلى عمان')).toEqual(['amman']);
  });

  it('Tripoli by context', () => {
    expect(ids('اشتباكات في طرابلس بين فصائل ليبية')).toEqual(['tripoli']);
    expect(ids('في طرابلس شمالي لبنان')).toEqual(['tripoli-lebanon', 'lb']);
  });
});

describe('names that contain a place', () => {
  it('are not places', () => {
    expect(ids('نقلت صحيفة واشنطن بوست عن مسؤولين')).toEqual([]);
    expect(ids('The New York Times reported from Washington')).toEqual(['washington']);
    expect(ids('رئيسة الوزراء الإيطالية جورجيا ميلوني')).toEqual([]);
  });

  it('folds the extended letters some outlets use (ڤ، گ، پ)', () => {
    expect(ids('في ڤيينا')).toEqual(['vienna']);
  });
});
