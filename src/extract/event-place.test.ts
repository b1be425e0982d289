/**
 * Where an event happened, per kind of error the held-out articles showed (issue #16), in
 * Arabic and English, each with the cases that must not change: a country named as a party,
 * a place stated outside the date's clause, a happening on a border, in a territory or at sea,
 * and names that are no places (a person, a newspaper, a street).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-events.ts';
import { validateEventsDocument } from '../events/validate.ts';
import { buildDocument } from './merge.ts';

/** The events of a small article: the first line is the headline, every line a paragraph. */
function extract(text: string, published = '2025-03-05', language?: 'ar' | 'en') {
  return extractArticle({ id: 'test', text, metadata: { published, ...(language ? { language } : {}) } });
}

/** The event whose date phrase is `phrase`: its place, where that was read, its local name. */
function placeOf(text: string, phrase: string, published?: string) {
  const extraction = extract(text, published);
  const event = extraction.events.find((candidate) => {
    const text = candidate.sources[0]!.mention.text;
    return text.includes(phrase) || phrase.includes(text);
  });
  if (!event) throw new Error(`no event dated "${phrase}" in: ${extraction.events.map((e) => e.sources[0]!.mention.text).join(', ')}`);
  return { place: event.place, from: event.placeFrom ?? null, local: event.placeLocal ?? null, coordinates: event.coordinates ?? null };
}

const HEADLINE = 'عنوان الخبر\n';
const HEADLINE_EN = 'A headline\n';

describe('a country that is a party is not the place', () => {
  it('a meeting between Egyptian and American officials in Cairo is in Cairo', () => {
    expect(placeOf(`${HEADLINE}اجتمع مسؤولون مصريون وأمريكيون أمس في القاهرة لبحث العلاقات بين مصر والولايات المتحدة.`, 'أمس').place).toBe('Cairo');
    expect(placeOf(`${HEADLINE_EN}Egyptian and American officials met in Cairo on Monday to discuss relations between Egypt and the United States.`, 'Monday').place).toBe('Cairo');
  });

  it('countries named only as parties give no place', () => {
    expect(placeOf(`${HEADLINE}بحث وزير الخارجية أمس مع نظيره الأمريكي العلاقات بين مصر والولايات المتحدة.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE}وصوت مجلس النواب أمس على قانون تصديق اتفاقية التعاون الأمني مع تركيا.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}The U.N. Security Council reimposed sanctions on Iran on Sept. 28.`, 'Sept. 28').place).toBeNull();
  });

  it('a capital standing for its government is a party too', () => {
    expect(placeOf(`${HEADLINE}وشهدت العلاقات بين موسكو وواشنطن توترا كبيرا عام 2022.`, 'عام 2022').place).toBeNull();
    expect(placeOf(`${HEADLINE}وأعادت الولايات المتحدة فرض العقوبات على طهران في مايو 2018.`, 'مايو 2018').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}Talks on Tehran's nuclear programme resumed on Monday.`, 'Monday').place).toBeNull();
  });

  it('a name glued to another word by a hyphen modifies it: parties or a kind, not a place', () => {
    const forum = `${HEADLINE_EN}Lamola attended the Forum on China-Africa Cooperation summit in 2024. Talks on a trade deal stalled in March.`;
    expect(placeOf(forum, 'March').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}The US-Russia talks resumed on Monday.`, 'Monday').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}A Dubai-based firm signed the contract on Monday.`, 'Monday').place).toBeNull();
    // A name with a hyphen of its own is matched whole.
    expect(placeOf(`${HEADLINE_EN}The ministers met in Guinea-Bissau on Monday.`, 'Monday').place).toBe('Guinea-Bissau');
  });

  it('but a country is the place where the text puts the happening there', () => {
    expect(placeOf(`${HEADLINE}زار الرئيس الفرنسي إيران في حزيران الماضي.`, 'حزيران الماضي').place).toBe('Iran');
    expect(placeOf(`${HEADLINE}واستضافت تونس اجتماعا ثانيا على مستوى الخبراء في جويلية الماضي.`, 'جويلية الماضي').place).toBe('Tunisia');
    expect(placeOf(`${HEADLINE}وكانت الكويت قد استضافت في 28 يناير الماضي الاجتماع الثالث عشر للجنة.`, '28 يناير').place).toBe('Kuwait');
    expect(placeOf(`${HEADLINE}وتوترت العلاقات بعد بدء الغزو الروسي لأوكرانيا عام 2022.`, 'عام 2022').place).toBe('Ukraine');
    expect(placeOf(`${HEADLINE}وأجرى زيارة عمل إلى الجزائر تدوم ثلاثة أيام بدأت أمس.`, 'أمس').place).toBe('Algeria');
    expect(placeOf(`${HEADLINE_EN}Zelenskyy will travel to Saudi Arabia on Monday.`, 'Monday').place).toBe('Saudi Arabia');
    expect(placeOf(`${HEADLINE_EN}Türkiye has hosted several rounds of talks since March.`, 'March').place).toBe('Turkey');
    // "his country will host": the speaker's
    expect(placeOf(`${HEADLINE}أعلن وزير الخارجية الإيطالي أنطونيو تاياني أن بلاده ستحتضن أواخر شهر أوت القادم منتدى اقتصاديا.`, 'أوت').place).toBe('Italy');
    expect(placeOf(`${HEADLINE}وأكد المتحدث أن بلاده ستستضيف القمة المقبلة في مارس المقبل.`, 'مارس').place).toBeNull();
  });

  it('a statement about Iran made in New York is in New York', () => {
    const ar = placeOf(`${HEADLINE}وفي نيويورك، قال المندوب الإيراني لدى الأمم المتحدة يوم الخميس الماضي إن إيران لن تقبل بأي مطالب.`, 'الخميس');
    expect(ar).toMatchObject({ place: 'New York', from: 'sentence' });
    const en = placeOf(`${HEADLINE_EN}In New York, Iran's envoy to the United Nations said on Thursday that Iran would reject any demand.`, 'Thursday');
    expect(en).toMatchObject({ place: 'New York', from: 'sentence' });
  });

  it('a statement is placed where it is made, not where what it is about happened', () => {
    expect(placeOf(`${HEADLINE}وقال المتحدث باسم الخارجية الإيرانية في مؤتمره الصحفي في طهران اليوم إن المحادثات في مسقط كانت إيجابية.`, 'اليوم').place).toBe('Tehran');
    // …while a date inside what was said dates what was said
    expect(placeOf(`${HEADLINE}وقال الوزير إن الاجتماع المقبل سيعقد في بغداد خلال شهر أبريل المقبل.`, 'أبريل').place).toBe('Baghdad');
    expect(placeOf(`${HEADLINE}أدانت الرئاسة الفلسطينية، اليوم الأربعاء، العدوان على مدينة جنين.`, 'اليوم الأربعاء').place).toBeNull();
  });
});

describe('a place that is only the topic is not the place', () => {
  it('a meeting to discuss the situation in Gaza is not in Gaza', () => {
    expect(placeOf(`${HEADLINE}وعقد وزراء الخارجية العرب أمس اجتماعا طارئا لبحث تطورات الأوضاع في قطاع غزة.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}The OIC ministers met on Friday to discuss the situation in Gaza.`, 'Friday').place).toBeNull();
  });

  it('but where the meeting is said to be, it is there, the topic aside', () => {
    expect(placeOf(`${HEADLINE}وعقد وزراء الخارجية العرب أمس في القاهرة اجتماعا لبحث الأوضاع في السودان.`, 'أمس').place).toBe('Cairo');
    expect(placeOf(`${HEADLINE_EN}The ministers met in Jeddah on Friday to discuss the situation in Gaza.`, 'Friday').place).toBe('Jeddah');
  });

  it('a war in a place did happen there', () => {
    expect(placeOf(`${HEADLINE_EN}The war in Sudan broke out on April 15, 2023.`, 'April 15, 2023').place).toBe('Sudan');
  });
});

describe('where someone came from is not the place', () => {
  it('an arrival coming from Doha is not in Doha', () => {
    expect(placeOf(`${HEADLINE}وكان الوزير قد وصل إلى عمّان مساء أمس قادماً من الدوحة.`, 'مساء أمس').place).toBe('Amman');
    expect(placeOf(`${HEADLINE_EN}The minister arrived in Amman on Monday, coming from Doha.`, 'Monday').place).toBe('Amman');
    // … but it is where the happening told after `حيث` ("where") was
    expect(placeOf(`${HEADLINE}وكان فيدان قد وصل إلى بغداد قادما من أربيل، حيث التقى رئيس حكومة الإقليم يوم الاثنين.`, 'يوم الاثنين').place).toBe('Erbil');
  });
});

describe('names that are no places', () => {
  it('a city\'s name as a person', () => {
    expect(placeOf(`${HEADLINE}طالب المندوب الدائم رياض منصور أمس بتحرك دولي فوري.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE}وافتتحت الوزارة أمس عشرين من رياض الأطفال.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}Victoria Nuland met the minister on Monday.`, 'Monday').place).toBeNull();
  });

  it('a newspaper, a street, a club named after a place', () => {
    expect(placeOf(`${HEADLINE}ونقلت صحيفة الرياض أمس عن مصادر مطلعة أن المحادثات ستستأنف.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE}وانفجرت عبوة في شارع بغداد وسط دمشق أمس.`, 'أمس').place).toBe('Damascus');
    expect(placeOf(`${HEADLINE}وفاز نادي الكويت أمس بالبطولة.`, 'أمس').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}Police closed Baghdad Street on Monday.`, 'Monday').place).toBeNull();
    expect(placeOf(`${HEADLINE_EN}The minister told the Riyadh daily on Monday that talks would resume.`, 'Monday').place).toBeNull();
  });

  it('a town the gazetteer lacks leaves the event without a place rather than another one', () => {
    expect(placeOf(`${HEADLINE}وقع الطرفان اليوم في مدينة الصخيرات المغربية على الاتفاق السياسي.`, 'اليوم').place).toBeNull();
    expect(placeOf(`RIYADH\nThe panel met in Mekelle on Tuesday to review the Pretoria agreement.`, 'Tuesday').place).toBeNull();
  });
});

describe('the place stated outside the date\'s clause, and why', () => {
  it('the clause first, then the sentence before it', () => {
    expect(placeOf(`${HEADLINE}وفي جنيف، وقع الطرفان يوم الأحد اتفاقا لوقف إطلاق النار.`, 'يوم الأحد')).toMatchObject({ place: 'Geneva', from: 'sentence' });
    expect(placeOf(`${HEADLINE}التقى الوزير نظيره في باريس يوم الأحد.`, 'يوم الأحد')).toMatchObject({ place: 'Paris', from: 'clause' });
    expect(placeOf(`${HEADLINE_EN}The two sides last held talks on March 29, 2022, when delegations met in Istanbul.`, 'March 29')).toMatchObject({ place: 'Istanbul', from: 'sentence' });
  });

  it('not a place the sentence gives another dated happening, nor the subject told after it', () => {
    const text = `${HEADLINE_EN}Araqchi last visited the kingdom in October 2024, and the chief of staff travelled to Tehran in November of that year.`;
    expect(placeOf(text, 'October').place).toBeNull();
    expect(placeOf(text, 'November').place).toBe('Tehran');
    expect(placeOf(`${HEADLINE}وعلى هامش الزيارة، التقى الوزير نظيره يوم الأحد، حيث بحثا وقف إطلاق النار في قطاع غزة.`, 'يوم الأحد').place).toBeNull();
  });

  it('an earlier sentence of the paragraph', () => {
    expect(placeOf(`${HEADLINE}عقد الوزيران مؤتمرا صحفيا مشتركا في عمّان. وبحث الجانبان أمس ملف المياه.`, 'أمس')).toMatchObject({ place: 'Amman', from: 'paragraph' });
  });

  it('the headline, for the lead that tells its story', () => {
    const text = 'محادثات أميركية روسية في اسطنبول حول تطبيع العمل الدبلوماسي\nبدأت اليوم جولة ثانية من المحادثات بين الوفدين الأميركي والروسي.';
    expect(placeOf(text, 'اليوم')).toMatchObject({ place: 'Istanbul', from: 'headline' });
    // a paragraph further down is not the lead
    const later = `${text}\nوبدأت اليوم جولة ثانية من المحادثات بين الوفدين الأميركي والروسي.`;
    expect(extract(later).events.find((event) => event.sources[0]!.paragraph === 2)?.place).toBeNull();
  });

  it('a happening told again takes the place given when it was first reported', () => {
    const ar = `${HEADLINE}انطلقت أعمال القمة العربية في المنامة اليوم.\nوعلى هامش القمة، التقى الملك الرئيس المصري مساء اليوم.`;
    const event = extract(ar).events.find((candidate) => candidate.sources[0]!.paragraph === 2)!;
    expect(event).toMatchObject({ place: 'Manama', placeFrom: 'earlier-mention' });
    const en = `${HEADLINE_EN}Leaders opened the summit in Manama on Thursday.\nOn the sidelines of the summit, the king met Egypt's president on Friday.`;
    expect(placeOf(en, 'Friday')).toMatchObject({ place: 'Manama', from: 'earlier-mention' });
    expect(placeOf(`${HEADLINE}وقّع الجانبان الاتفاق في الدوحة في 15 يناير.\nونص الاتفاق الموقع أمس على تبادل الأسرى.`, 'أمس')).toMatchObject({ place: 'Doha', from: 'earlier-mention' });
  });

  it('but not a different happening that names it (a withdrawal from the agreement)', () => {
    const text = `${HEADLINE}وأبرم الاتفاق النووي في فيينا في يوليو 2015.\nوانسحبت الولايات المتحدة من الاتفاق في مايو 2018.`;
    expect(placeOf(text, 'مايو 2018').place).toBeNull();
    const en = `${HEADLINE_EN}The grain deal was signed in Istanbul on July 22, 2022.\nRussia withdrew from the deal in July 2023.`;
    expect(placeOf(en, 'July 2023').place).toBeNull();
  });

  it('the dateline, for a statement made at home', () => {
    const wire = 'مصر تستضيف اجتماعا لدول جوار السودان\nالقاهرة - (أ ف ب): أعلنت وزارة الخارجية المصرية الثلاثاء أن القاهرة ستستضيف في 10 أيار/مايو اجتماعا لوزراء خارجية دول الجوار.';
    expect(placeOf(wire, 'الثلاثاء', '2025-04-29')).toMatchObject({ place: 'Cairo', from: 'dateline' });
    expect(placeOf(wire, '10 أيار', '2025-04-29')).toMatchObject({ place: 'Cairo', from: 'clause' });
    // a foreign speaker is not at home in the dateline's city
    const foreign = 'عنوان\nالقاهرة - (أ ف ب): قال المتحدث باسم الخارجية الأميركية الثلاثاء إن واشنطن تدعم الاجتماع.';
    expect(placeOf(foreign, 'الثلاثاء', '2025-04-29').place).toBeNull();
    const en = 'Headline\nKYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Thursday that he would travel to Saudi Arabia on Monday.';
    expect(placeOf(en, 'Thursday', '2025-03-06')).toMatchObject({ place: 'Kyiv', from: 'dateline' });
    expect(placeOf(en, 'Monday', '2025-03-06')).toMatchObject({ place: 'Saudi Arabia', from: 'clause' });
  });

  it('"here", `هنا` and `في العاصمة` are the dateline\'s place', () => {
    expect(placeOf('عنوان\nالمنامة في 16 مايو / بنا / افتتح الملك القمة اليوم.\nوعقد المجلس اجتماعه التحضيري هنا يوم الاثنين الماضي.', 'الاثنين الماضي', '2024-05-16')).toMatchObject({
      place: 'Manama',
      from: 'dateline',
    });
    expect(placeOf('عنوان\nعمان - بترا\nعقد مجلس الوزراء جلسته الأسبوعية في العاصمة أمس برئاسة رئيس الوزراء.', 'أمس')).toMatchObject({ place: 'Amman', from: 'dateline' });
    // an arrival in the capital, coming from elsewhere: the capital, not where the guest came from
    expect(placeOf('عنوان\nأبوظبي في 6 يناير/ وام/ استقبل وزير الخارجية اليوم في مكتبه نظيره السوري والوفد المرافق له.\nوكان الضيف قد وصل إلى العاصمة مساء أمس قادماً من الدوحة.', 'مساء أمس', '2025-01-06')).toMatchObject({ place: 'Abu Dhabi', from: 'dateline' });
    expect(placeOf('Headline\nRIYADH, Dec 3 (Reuters) - Speaking to journalists here on Wednesday, the spokesman said the talks went well.', 'Wednesday', '2025-12-03')).toMatchObject({
      place: 'Riyadh',
      from: 'dateline',
    });
  });

  it('a phone call has no place but its clause\'s', () => {
    expect(placeOf('عنوان\nالرياض - واس\nأجرى وزير الخارجية اتصالا هاتفيا أمس مع نظيره الإيراني.', 'أمس').place).toBeNull();
  });
});

describe('regions, borders and the sea', () => {
  it('a happening on a border is on that border, named from both countries', () => {
    const ar = placeOf(`${HEADLINE}وكانت الحكومة قد فتحت المعبر الواقع على الحدود السودانية التشادية في 15 أغسطس 2024.`, '15 أغسطس');
    expect(ar).toMatchObject({ place: 'Chad–Sudan border', from: 'clause', local: 'الحدود السودانية التشادية', coordinates: null });
    expect(placeOf(`${HEADLINE}وبدأ الإنتاج من الحقل الواقع على الحدود البحرية بين موريتانيا والسنغال يوم 31 ديسمبر الماضي.`, '31 ديسمبر').place).toBe('Mauritania–Senegal border');
    expect(placeOf(`${HEADLINE_EN}Clashes were reported on the Ethiopia-Eritrea border on March 28.`, 'March 28').place).toBe('Eritrea–Ethiopia border');
    expect(placeOf(`${HEADLINE_EN}Troops clashed along the border between Chad and Sudan on Monday.`, 'Monday').place).toBe('Chad–Sudan border');
  });

  it('a border beside a region the gazetteer lacks is still the border; a town it lacks still leaves no place', () => {
    expect(placeOf(`${HEADLINE_EN}Two officers were killed near the Kenya-Somalia border in Mandera County on Thursday.`, 'Thursday').place).toBe('Kenya–Somalia border');
    expect(placeOf(`${HEADLINE}وقتل شرطيان يوم الخميس قرب الحدود الكينية الصومالية في محافظة مانديرا.`, 'يوم الخميس').place).toBe('Kenya–Somalia border');
    expect(placeOf(`${HEADLINE_EN}Two officers were killed in Elwak near the Kenya-Somalia border on Thursday.`, 'Thursday').place).toBeNull();
  });

  it('a border named from one side takes the other from the dateline', () => {
    const text = 'عنوان\nبورتسودان 5-3-2025 (سونا) - أعيد اليوم فتح معبر أدري الحدودي مع جمهورية تشاد أمام المساعدات.';
    expect(placeOf(text, 'اليوم').place).toBe('Chad–Sudan border');
    // without a dateline or a neighbour named nearby, one side is no border
    expect(placeOf(`${HEADLINE}أعيد اليوم فتح المعبر الحدودي مع جمهورية تشاد.`, 'اليوم').place).toBeNull();
    expect(placeOf(`${HEADLINE}وتعزز التعاون الأمني على الحدود المشتركة منذ يناير الماضي.`, 'يناير').place).toBeNull();
  });

  it('at sea: the sea, not the nearest city named as a bearing', () => {
    const ar = 'وأعلن خفر السواحل إنقاذ 120 مهاجرا قبالة سواحل مدينة زوارة غرب طرابلس في البحر المتوسط يوم الثلاثاء الماضي.';
    expect(placeOf(`${HEADLINE}${ar}`, 'الثلاثاء').place).toBe('Mediterranean');
    expect(placeOf(`${HEADLINE_EN}The coalition intercepted a ship off the coast of Hodeidah in the Red Sea on Monday.`, 'Monday').place).toBe('Red Sea');
    // a bearing alone still says where
    expect(placeOf(`${HEADLINE}وقصفت قوات الدعم السريع مساء الاثنين مخيما للنازحين جنوب مدينة الفاشر.`, 'مساء الاثنين').place).toBe('El Fasher');
    // a bearing in a country is inside it
    expect(placeOf(`${HEADLINE}وشنت الطائرات غارات في شرق تشاد أمس.`, 'أمس').place).toBe('Chad');
    expect(placeOf(`${HEADLINE}وشنت الطائرات غارات شرق تشاد أمس.`, 'أمس').place).toBe('Chad');
  });

  it('a territory is its own place', () => {
    expect(placeOf(`${HEADLINE}ودخل وقف إطلاق النار في قطاع غزة حيز التنفيذ صباح الأحد الماضي.`, 'الأحد').place).toBe('Gaza Strip');
    expect(placeOf(`${HEADLINE_EN}Israeli forces raided towns in the West Bank on Tuesday.`, 'Tuesday').place).toBe('West Bank');
  });

  it('a city that names a happening ranks after a city where it happened', () => {
    expect(placeOf(`${HEADLINE_EN}The panel met in Nairobi on Tuesday to review the Pretoria agreement.`, 'Tuesday').place).toBe('Nairobi');
    expect(placeOf(`${HEADLINE}وجدد المجلس التزامه بإعلان جدة الموقع في 11 مايو 2023.`, '11 مايو').place).toBe('Jeddah');
  });
});

describe('the events document', () => {
  it('records placeFrom only with a place, validates, and names a border in both languages', () => {
    const extraction = extract(`${HEADLINE}وفتحت الحكومة المعبر الواقع على الحدود السودانية التشادية في 15 أغسطس 2024، بعد أن وقع الطرفان اتفاقا بشأن مصر والسودان أمس.`);
    for (const event of extraction.events) expect(Boolean(event.placeFrom)).toBe(Boolean(event.place));
    const document = buildDocument([extraction]);
    expect(validateEventsDocument(document).ok).toBe(true);
    expect(document.names?.['Chad–Sudan border']).toEqual({ ar: 'الحدود التشادية السودانية', en: 'Chad–Sudan border' });
  });
});
