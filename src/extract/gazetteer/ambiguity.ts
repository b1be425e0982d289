/**
 * The ambiguity list: place names that are also everyday words, or that name two places.
 *
 * Every row is [spelling as written in the lexicon, place id, rule]. The rule applies to that
 * spelling of that place only. When several rows share a spelling they are tried in order and
 * the first whose rule holds wins (عمان: Amman when the text speaks of Jordan, Oman in a Gulf
 * context or after سلطنة, else Amman).
 *
 * Words are compared after normalization (أ/إ/آ → ا, ة → ه, ى → ي), so cues are written
 * normalized here.
 *
 * Known ambiguities handled elsewhere, by the data itself:
 * - A country and its capital with one name (الكويت، تونس، الجزائر، جيبوتي، سنغافورة،
 *   لوكسمبورغ، موناكو، الفاتيكان، سان مارينو): the bare name is the country; "العاصمة X",
 *   "مدينة X", "X العاصمة" are the capital.
 * - Longest match settles most compounds: البحر الأسود (never الأسود alone), كوريا الشمالية,
 *   روسيا البيضاء (Belarus), جنوب السودان, الجبل الأسود (Montenegro), طرابلس اللبنانية.
 * - Whole words only: جدة never inside جديدة, حماة never in حماية, عمان never in عماني.
 * - Left out of the lexicon because they are mostly common words: bare المدينة (Medina is
 *   المدينة المنورة), الأبيض (El Obeid), الخبر (Khobar), العيون (Laayoune), مدني (Wad Madani),
 *   البندقية (Venice), النيل alone ("to harm"), الأطلسي alone (حلف شمال الأطلسي), الهادئ, الشام
 *   (هيئة تحرير الشام), الجزيرة (the channel), القمر (جزر القمر only), نيسان (a month, a car).
 * - English: a place name must start with a capital letter (turkey, china, chad, nice are
 *   words), and all-capital aliases (US, UK, UAE, DRC, CAR) must be written in capitals.
 */

import { seatPlaces } from './seats.ts';

export interface Cue {
  /**
   * Any of these words right before the name (proclitics of that word are peeled); a cue of
   * several words (`at the`) must stand word for word before it.
   */
  prev?: string[];
  /** Any of these words right after the name. */
  next?: string[];
  /** Any of these substrings within WINDOW characters of the name (normalized, lower case). */
  window?: string[];
}

export interface Rule {
  /** The name counts only when one of these cues is present. */
  cue?: Cue;
  /** ...and also one of these (both must hold). */
  cue2?: Cue;
  /** The name does not count when one of these is present. */
  not?: Cue;
  /** false: the word must carry no proclitic (وكيف is "and how", never "and Kyiv"). */
  proclitics?: boolean;
  /** Not right after a definite noun: there it is an adjective (الخارجية السعودية، اللون الرمادي). */
  notAfterDefinite?: boolean;
  /** Not as the head of a construct (حماة الديار "protectors of the homeland"): the next word is definite. */
  notConstructHead?: boolean;
  /** A feminine nisba spelled like the country (سورية "Syrian"): not after an indefinite noun, not before another nisba. */
  adjectiveLike?: boolean;
  /**
   * The name does not count when its original spelling (before normalization drops the marks)
   * matches: a vowelled عُمان is Oman whatever the context, a vowelled عمّان is Amman.
   */
  notSpelled?: RegExp;
}

export const WINDOW = 160;

const JORDAN = ['الاردن', 'اردني', 'الهاشميه'];
/** عُمان (a damma on its first letter): Oman. عمّان (a shadda on its mim): Amman. */
const OMAN_VOWELLED = /ع\u064F/u;
const AMMAN_VOWELLED = /م\u064E?\u0651/u;
const GULF = ['مسقط', 'عماني', 'سلطنه', 'الخليج', 'خليجي', 'مجلس التعاون', 'السعوديه', 'الامارات', 'قطر', 'الكويت', 'البحرين', 'اليمن', 'ايران'];
const LEBANON = ['لبنان', 'لبناني', 'حزب الله', 'بيروت', 'صيدا', 'النبطيه', 'الجنوب'];
const PREPOSITIONS = ['في', 'الى', 'من', 'عن', 'على', 'قرب', 'نحو', 'داخل', 'بين', 'حول', 'مدينه', 'بلده', 'منطقه', 'محيط', 'ريف', 'اطراف'];

export const AMBIGUOUS: readonly (readonly [string, string, Rule])[] = [
  // Amman or Oman: عمان is both (عَمّان / عُمان).
  // The marks, when a writer puts them, settle it before any context.
  ['عمان', 'amman', { cue: { prev: ['العاصمه', 'مدينه'], window: JORDAN }, notSpelled: OMAN_VOWELLED }],
  ['عمان', 'om', { cue: { prev: ['سلطنه', 'خليج', 'بحر'], window: GULF }, notSpelled: AMMAN_VOWELLED }],
  ['عمان', 'amman', { notSpelled: OMAN_VOWELLED }],
  ['عمان', 'om', {}],
  // Kyiv written كيف is "how": only after a place cue, in a text about Ukraine, and never وكيف/فكيف.
  ['كيف', 'kyiv', { cue: { prev: ['في', 'الى', 'العاصمه', 'مدينه', 'بين', 'من'] }, cue2: { window: ['اوكران', 'زيلينسك', 'روسي', 'موسكو'] }, proclitics: false }],
  // Tyre: صور is "pictures".
  ['صور', 'tyre', { cue: { prev: ['مدينه', 'قضاء', 'منطقه', 'ميناء', 'مدينتي', 'في', 'الى', 'من', 'قرب', 'مدن'] }, cue2: { window: LEBANON } }],
  // Hama: حماة is also "protectors" (حماة الديار، حماة الوطن).
  ['حماة', 'hama', { notConstructHead: true }],
  ['حماه', 'hama', { notConstructHead: true }],
  // Palmyra: تدمر is "destroys".
  ['تدمر', 'palmyra', { cue: { prev: ['مدينه', 'في', 'الى', 'من', 'قرب', 'باديه', 'اثار', 'منطقه', 'محيط', 'ريف', 'اطراف', 'مطار'] } }],
  // Douma: دوماً "always" loses its tanween to normalization.
  ['دوما', 'douma', { cue: { prev: ['مدينه', 'في', 'الى', 'من', 'بلده', 'مجزره', 'منطقه'] } }],
  ['الباب', 'al-bab', { cue: { prev: ['مدينه', 'بلده', 'منطقه', 'ريف'] } }],
  ['الميادين', 'al-mayadin', { cue: { prev: ['مدينه', 'بلده', 'منطقه', 'ريف'] } }],
  // Salamiyah: السلمية/سلمية is "peaceful" (التسوية السلمية، مظاهرات سلمية).
  // Dakhla: الداخلة is also "the ones entering, included" (الدول الداخلة في التحالف).
  ['الداخلة', 'dakhla', { cue: { prev: ['مدينه', 'في', 'الى', 'من', 'جهه', 'ولايه', 'اقليم'] }, cue2: { window: ['المغرب', 'مغربي', 'الصحراء', 'العيون', 'موريتان', 'الرباط', 'الكركرات'] } }],
  ['السلمية', 'salamiyah', { cue: { prev: ['مدينه', 'منطقه', 'بلده', 'ريف'], next: ['وريفها'] } }],
  ['سلمية', 'salamiyah', { cue: { prev: ['مدينه', 'منطقه', 'بلده'] } }],
  ['الرمادي', 'ramadi', { notAfterDefinite: true }],
  ['الزرقاء', 'zarqa', { notAfterDefinite: true }],
  ['الناصرية', 'nasiriyah', { notAfterDefinite: true }],
  ['الجليل', 'galilee', { notAfterDefinite: true }],
  ['العلا', 'alula', { notAfterDefinite: true }],
  // Aqaba: العقبة is "the obstacle".
  ['العقبة', 'aqaba', { cue: { prev: ['مدينه', 'ميناء', 'الى', 'خليج', 'منطقه'], window: JORDAN }, not: { next: ['امام', 'الرئيسيه', 'الوحيده', 'الاكبر', 'الكبري', 'التي', 'الاساسيه'] } }],
  ['مسقط', 'muscat', { not: { next: ['راس', 'راسه', 'راسها'] } }],
  ['عدن', 'aden', { not: { prev: ['جنات', 'جنه'] } }],
  // Marib: مآرب "aims" folds to the same letters.
  ['مأرب', 'marib', { not: { next: ['اخري', 'سياسيه', 'شخصيه', 'خاصه', 'ضيقه', 'انتخابيه'] } }],
  ['سرت', 'sirte', { cue: { prev: ['مدينه', 'في', 'الى', 'من', 'قرب', 'خط', 'محور', 'منطقه', 'خليج'], window: ['ليبي', 'ليبيا', 'حفتر', 'طرابلس'] }, notConstructHead: true }],
  ['فاس', 'fez', { cue: { prev: ['مدينه'], window: ['المغرب', 'مغربي'] } }],
  ['كسلا', 'kassala', { cue: { prev: ['مدينه', 'ولايه', 'في', 'الى', 'من'], window: ['السودان', 'سوداني'] } }],
  ['دار السلام', 'dar-es-salaam', { cue: { window: ['تنزاني'] } }],
  ['قم', 'qom', { cue: { prev: ['مدينه', 'في', 'الى', 'من', 'حوزه'] } }],
  ['أراك', 'arak', { cue: { prev: ['مدينه', 'مفاعل', 'منشاه'], next: ['النووي', 'للماء'] } }],
  ['مشهد', 'mashhad', { cue: { prev: ['مدينه', 'محافظه'], next: ['الايرانيه', 'المقدسه'] } }],
  ['مشهد', 'mashhad', { cue: { prev: ['في', 'الى', 'من', 'زار', 'مطار'] }, cue2: { window: ['ايران', 'الايراني', 'خراسان', 'طهران'] } }],
  ['بورصة', 'bursa', { cue: { prev: ['مدينه', 'ولايه'], next: ['التركيه'] } }],
  ['بورصا', 'bursa', {}],
  ['بون', 'bonn', { cue: { prev: ['مدينه', 'في', 'الى', 'من'], window: ['المانيا', 'الماني'] } }],
  ['ليون', 'lyon', { cue: { prev: ['مدينه'], window: ['فرنس'] } }],
  ['Nice', 'nice', { cue: { window: ['france', 'french', 'riviera'] } }],
  ['Lyon', 'lyon', { cue: { window: ['france', 'french'] } }],
  ['صوفيا', 'sofia', { cue: { prev: ['العاصمه'], window: ['بلغار'] } }],
  ['سيول', 'seoul', { cue: { prev: ['العاصمه', 'مدينه'], window: ['كوري'] }, not: { next: ['جارفه', 'عارمه', 'الامطار', 'غزيره'] } }],
  ['سول', 'seoul', { cue: { window: ['كوري'] } }],
  ['ماليه', 'male', { cue: { prev: ['العاصمه'], window: ['مالديف'] } }],
  ['Malé', 'male', { cue: { window: ['maldiv'] } }],
  ['Male', 'male', { cue: { window: ['maldiv'] } }],
  ['مالي', 'ml', { cue: { prev: ['جمهوريه', 'دوله'], window: ['باماكو', 'افريقي', 'افريقيا', 'النيجر', 'بوركينا', 'الطوارق', 'ازواد', 'غويتا', 'فاغنر', 'الساحل', 'موريتانيا', 'السنغال'] }, not: { prev: ['دعم', 'عجز', 'وضع', 'فساد', 'مستشار', 'مردود', 'مقابل', 'تمويل', 'عائد', 'ضمان', 'تعويض', 'مبلغ', 'سوق', 'نظام', 'مركز', 'اداء'] } }],
  ['بنين', 'bj', { cue: { prev: ['جمهوريه', 'دوله'], window: ['افريقي', 'افريقيا', 'نيجيريا', 'توغو', 'كوتونو', 'بنيني'] } }],
  ['ديلي', 'dili', { cue: { window: ['تيمور'] } }],
  ['روسو', 'roseau', { cue: { window: ['دومينيكا'] } }],
  ['Roseau', 'roseau', { cue: { window: ['dominica'] } }],
  ['فيكتوريا', 'victoria', { cue: { window: ['سيشل', 'سيشيل'] } }],
  ['Victoria', 'victoria', { cue: { window: ['seychell'] } }],
  ['كينغستون', 'kingston', { cue: { window: ['جامايك'] } }],
  ['كينجستون', 'kingston', { cue: { window: ['جامايك'] } }],
  ['Kingston', 'kingston', { cue: { window: ['jamaica'] } }],
  ['جورجتاون', 'georgetown', { cue: { window: ['غيان', 'غويان', 'جويان'] } }],
  ['جورج تاون', 'georgetown', { cue: { window: ['غيان', 'غويان', 'جويان'] } }],
  ['Georgetown', 'georgetown', { cue: { window: ['guyan'] } }],
  ['سانتياغو', 'santiago', { cue: { window: ['تشيلي', 'شيلي'] } }],
  ['سانتياجو', 'santiago', { cue: { window: ['تشيلي', 'شيلي'] } }],
  ['Santiago', 'santiago', { cue: { window: ['chile'] } }],
  ['سان خوسيه', 'san-jose', { cue: { window: ['كوستاريكا', 'كوستا ريكا'] } }],
  ['San José', 'san-jose', { cue: { window: ['costa rica'] } }],
  ['San Jose', 'san-jose', { cue: { window: ['costa rica'] } }],
  ['سانت جونز', 'saint-john-s', { cue: { window: ['انتيغوا', 'انتيجوا'] } }],
  ["Saint John's", 'saint-john-s', { cue: { window: ['antigua'] } }],
  ["St. John's", 'saint-john-s', { cue: { window: ['antigua'] } }],
  ['سانت جورجز', 'st-george-s', { cue: { window: ['غرينادا', 'جرينادا'] } }],
  ["St. George's", 'st-george-s', { cue: { window: ['grenada'] } }],
  ["Saint George's", 'st-george-s', { cue: { window: ['grenada'] } }],
  ['Nassau', 'nassau', { cue: { window: ['bahama'] } }],
  ['أبيا', 'apia', { cue: { window: ['ساموا'] } }],
  ['Georgia', 'ge', { cue: { window: ['tbilisi', 'georgian', 'caucasus', 'abkhazia', 'ossetia', 'kremlin', 'russia', 'kobakhidze', 'ivanishvili', 'soviet'] } }],
  ['Chad', 'td', { cue: { window: ['africa', 'djamena', 'sudan', 'niger', 'sahel', 'libya', 'chadian', 'cameroon', 'darfur'] } }],
  // Mediterranean: المتوسط alone is "the average" (المدى المتوسط).
  ['المتوسط', 'mediterranean', { cue: { prev: ['شرق', 'شرقي', 'غرب', 'غربي', 'جنوب', 'شمال', 'مياه', 'سواحل', 'ساحل', 'عبر', 'حوض', 'دول', 'الابيض'] } }],
  // West Bank short form: الضفة is "the bank" of any river.
  ['الضفة', 'west-bank', { not: { next: ['الشرقيه', 'الاخري', 'الجنوبيه', 'الشماليه', 'اليمني', 'اليسري', 'المقابله'] } }],
  ['الخليج', 'persian-gulf', { not: { next: ['المكسيك'] } }],
  // Saudi Arabia: السعودية after a definite noun is the adjective "Saudi" (الخارجية السعودية).
  ['السعودية', 'sa', { notAfterDefinite: true }],
  // Syria: سورية is also the feminine adjective "Syrian" (قوات سورية، قمة سورية تركية).
  ['سورية', 'sy', { adjectiveLike: true }],
  ['سوريه', 'sy', { adjectiveLike: true }],
  // Egypt: مصرّ "insistent" (إنه مصر على).
  ['مصر', 'eg', { not: { prev: ['هو', 'هي', 'انه', 'انها', 'انني', 'اننا', 'انهم', 'نحن', 'انا', 'انت', 'لانه', 'مازال', 'لايزال', 'بانه', 'بانها'] } }],
  // Qatar: نصف قطر "radius".
  ['قطر', 'qa', { not: { prev: ['نصف'] } }],
  // Morocco: صلاة المغرب "sunset prayer".
  ['المغرب', 'ma', { not: { prev: ['صلاه', 'اذان', 'صلاتي', 'وقت', 'موعد', 'قبيل', 'بعيد', 'افطار'] } }],
  // Jerusalem: فيلق القدس and سرايا القدس are armed groups, not the city.
  ['القدس', 'jerusalem', { not: { prev: ['فيلق', 'سرايا', 'قوه', 'لواء', 'يوم', 'صحيفه'] } }],
  ['Al-Quds', 'jerusalem', { not: { prev: ['force'] } }],
  // Tripoli: Lebanon's when the text is about Lebanon and not Libya, else Libya's.
  ['طرابلس', 'tripoli-lebanon', { cue: { window: LEBANON }, not: { window: ['ليبي', 'ليبيا', 'الدبيبه', 'حفتر', 'بنغازي', 'مصراته'] } }],
  ['طرابلس', 'tripoli', {}],
  ['Tripoli', 'tripoli-lebanon', { cue: { window: ['lebanon', 'lebanese', 'beirut', 'hezbollah'] }, not: { window: ['libya', 'benghazi', 'haftar', 'dbeibah'] } }],
  ['Tripoli', 'tripoli', {}],
  ['جبيل', 'byblos', { cue: { prev: ['مدينه', 'قضاء', 'في', 'الى', 'من'], window: LEBANON } }],
  ['الخليل', 'hebron', { not: { prev: ['ابراهيم', 'سيدنا'] } }],
  // Seats of government: the government when they act or speak (قال البيت الأبيض، the Kremlin said:
  // an actor, see actors.ts), their city when something happens in them (في البيت الأبيض، at the
  // White House, في قصر الاتحادية): one table for both, seats.ts.
  ...seatPlaces().map(({ name, city, before }): readonly [string, string, Rule] => [name, city, { cue: { prev: [...before] } }]),
];

/**
 * Names of newspapers, institutes, clubs and people that contain a place name: matched
 * as a whole so that the place inside them is not reported (Washington Post is no event in
 * Washington; جورجيا ميلوني is Italy's prime minister, not Georgia).
 */
export const NOT_PLACES: readonly string[] = [
  'واشنطن بوست', 'واشنطن تايمز', 'نيويورك تايمز', 'نيويورك بوست', 'لوس أنجلوس تايمز', 'جيروزاليم بوست', 'تايمز أوف إسرائيل',
  'طهران تايمز', 'كييف إندبندنت', 'كييف بوست', 'موسكو تايمز', 'معهد واشنطن', 'باريس سان جيرمان', 'ريال مدريد', 'أتلتيكو مدريد',
  'جورجيا ميلوني', 'حزب الله', 'جنوب أفريقيا الوسطى', 'مانشستر سيتي', 'مانشستر يونايتد',
  'Washington Post', 'Washington Times', 'New York Times', 'New York Post', 'Los Angeles Times', 'Jerusalem Post', 'Times of Israel',
  'Tehran Times', 'Kyiv Independent', 'Kyiv Post', 'Moscow Times', 'Washington Institute', 'Paris Saint-Germain', 'Real Madrid',
  'Atletico Madrid', 'Manchester City', 'Manchester United', 'New York Yankees', 'Gulf News', 'Georgia Meloni', 'Jordan Peterson',
  'Michael Jordan', 'Paris Hilton', 'Chad Wolf', 'Turkey Point',
];

/**
 * Everyday words and first names that are also the names of generated places (world.ts): a
 * city or region from the open data with one of these names counts only after a place noun
 * (مدينة الأبيض، بلدة النصر) or a preposition of place with its own country or division nearby.
 * The hand lists decide for the places they hold; this list is for the rest. English names are
 * flagged by the build from a dictionary and a first-name list; the few it cannot know are here.
 */
export const WORLD_WORDS: readonly string[] = [
  // Left out of the hand lists as words (see above), but cities in GeoNames.
  'المدينة', 'مدينة', 'الأبيض', 'الخبر', 'العيون', 'مدني', 'البندقية', 'النيل', 'الأطلسي', 'الهادئ', 'الشام', 'الجزيرة', 'القمر', 'نيسان', 'الأسود',
  // Words and first names that name towns somewhere.
  'سلام', 'السلام', 'أمل', 'الأمل', 'النصر', 'نصر', 'الحرية', 'حرية', 'الوحدة', 'الثورة', 'الاستقلال', 'الشعب', 'الأمير', 'الملك', 'الحكومة',
  // Found reading the generated single-word names (npm run gazetteer lists them): Arab and
  // nearby countries' towns whose names are words...
  'العاصمة', 'الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'البحيرة', 'الجنوب', 'الشمال', 'مركزي', 'الجديدة', 'الجديد', 'العبور', 'جامعة',
  'الخميس', 'جمال', 'خالص', 'أشرف', 'اشرف', 'الجميل', 'ديانا', 'رشيد', 'فارس', 'سعيدة', 'معسكر', 'القصور', 'قصور', 'العمارة', 'مساكن', 'بركان',
  'سلطات', 'قبلي', 'الوادي', 'بأنه', 'العصابة', 'الأصنام', 'المذنب', 'الجنينة', 'سيان', 'النعمة', 'دخيل', 'عمران', 'فتحية', 'حولي', 'مصفح',
  'الشامية', 'البيضاء', 'البيضا', 'المدية', 'القرين', 'الخارجة', 'الزاوية', 'الظاهرة', 'البستان', 'المنزلة', 'النهود', 'الطبقة', 'الغازية',
  'الزبير', 'أيدين', 'عشاق', 'الريان', 'المنصورة',
  // ...and transliterations elsewhere that are words or names (Gary: جاري "ongoing", Amur: أمور
  // "matters", Entebbe: انتبه "watch out", Balfour: the declaration).
  'شمالي', 'خليج', 'صباح', 'سالم', 'جوهر', 'ميدان', 'مدان', 'نيجر', 'دلتا', 'ديلتا', 'حصار', 'سارة', 'صارح', 'مليحة', 'عطار', 'مغار', 'رغيف',
  'انتبه', 'نكوص', 'سهيل', 'لمياء', 'لميا', 'جودة', 'رومان', 'ليمون', 'قولة', 'دولة', 'تاني', 'غالي', 'جالي', 'فراه', 'بلقان', 'مرادي',
  'أمور', 'يالا', 'نارا', 'كاسل', 'أنان', 'روان', 'كاين', 'مارتن', 'تروا', 'بلفور', 'اوبرا', 'نيوتن', 'دافيس', 'أوستن', 'تايلر', 'كينت',
  'وارين', 'روجرز', 'بريان', 'غاري', 'جاري', 'تروي', 'كانو', 'فوره',
  // Yuma: يوما "a day" (ستين يوما); Atar: إطار "framework"; Taraz: طراز "model"; Oujda: وجده "found him".
  'يوما', 'إطار', 'اطار', 'طراز', 'جديدة', 'وجدة', 'العاشر من رمضان',
];

/**
 * Generic nouns and directions that some division or town carries as its whole name (Jordan's
 * "العاصمة" governorate, Lebanon's "الجنوب" and "الشمال", Papua New Guinea's "Gulf"): never a
 * generated place's name alone; the full name (محافظة العاصمة) still is.
 */
export const WORLD_NOT_NAMES: readonly string[] = [
  'العاصمة', 'عاصمة', 'مدينة', 'المدينة', 'جزيرة', 'الجزيرة', 'خليج', 'الخليج', 'مركز', 'المركز', 'الوسط', 'وسط', 'الساحل', 'ساحل',
  'الشمال', 'شمال', 'الجنوب', 'جنوب', 'الشرق', 'شرق', 'الغرب', 'غرب', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  'Central', 'Centre', 'Center', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Capital', 'Coast', 'Gulf', 'Free', 'Islands', 'Lakes', 'Upper', 'Lower', 'Middle',
];

export { PREPOSITIONS };
