/**
 * A date without its year is read as news reads it: the nearest such day, up to three months
 * ahead of the publication day (dates/resolve.ts), since news tells what is coming as often as
 * what was. The verb settles it when the engine had to guess: `زار السلطان طهران في 28 أيار`,
 * "the sultan visited Tehran on 28 May", in an article of 10 April, is last May, not next.
 *
 * Only the happening's own verbs count (a visit, a meeting, a signing, a strike), in past form;
 * a statement's (`أعلن`، "said") tells when it was said, not when what it announces happens
 * (`أعلن أن الاجتماع في 28 أيار`). Any sign of what is to come in the clause (`سـ`، `سوف`،
 * `المقرر`، "will", "scheduled", "postponed to") keeps the engine's reading.
 */
import type { Span } from './clause.ts';
import type { ParagraphText } from './paragraph-text.ts';

/** How far from the date, in characters within its clause, its verb is looked for. */
const REACH = 90;

/**
 * Past forms of the happenings' verbs (normalized: ا for أ/إ/آ, ي for final ى, ه for ة), with
 * the conjunctions و ف before them: third person, singular, dual and plural.
 */
const ARABIC_PAST = new RegExp(
  `(?:^|\\s)[وف]?(?:${[
    'زار', 'زارت', 'زارا', 'زاروا', 'التقي', 'التقت', 'التقيا', 'التقوا', 'اجتمع', 'اجتمعت', 'اجتمعا', 'اجتمعوا',
    'عقد', 'عقدت', 'عقدا', 'عقدوا', 'وقع', 'وقعت', 'وقعا', 'وقعوا', 'اجري', 'اجرت', 'اجريا', 'اجروا', 'وصل', 'وصلت', 'وصلا', 'وصلوا',
    'استقبل', 'استقبلت', 'استضاف', 'استضافت', 'ترأس', 'تراس', 'ترأست', 'تراست', 'افتتح', 'افتتحت', 'اختتم', 'اختتمت', 'حضر', 'حضرت',
    'شارك', 'شاركت', 'غادر', 'غادرت', 'توجه', 'توجهت', 'بحث', 'بحثت', 'بحثا', 'ناقش', 'ناقشت', 'شن', 'شنت', 'قصف', 'قصفت',
    'هاجم', 'هاجمت', 'اقتحم', 'اقتحمت', 'استهدف', 'استهدفت', 'توصل', 'توصلت', 'توصلا', 'اتفق', 'اتفقت', 'اتفقا', 'انعقد', 'انعقدت',
    'جري', 'جرت', 'انطلق', 'انطلقت', 'اندلع', 'اندلعت', 'شهد', 'شهدت', 'انتخب', 'انتخبت', 'صوت', 'صوتت', 'اغتيل', 'قتل', 'قتلت',
  ].join('|')})(?=\\s|$)`,
  'u',
);
/** What is to come: the future prefix on an imperfect verb (not the nouns that start alike: سياسة، سيارة، ستة، سنة), سوف, and the words of plans and delays. */
const ARABIC_AHEAD =
  /(?:^|\s)[وف]?(?:س(?!ياس|يار|ياد|يد|ين|يطر|ينا|ته|تين|تون|نه|نو|نين|نتيم|تراتيج)[يتن]\S{2,}|سوف|المقرر|المقرره|مقرر|مقرره|المزمع|المزمعه|المرتقب|المرتقبه|مرتقب|مرتقبه|المنتظر|المتوقع|متوقع|يعتزم|تعتزم|ينتظر|يرتقب|يتوقع|يجري|تجري|يعقد|تعقد|ستعقد|سيعقد|تاجيل|تاجل|تاجلت|ارجئ|ارجئت|ارجا|ارجات|اجل|اجلت|حتي|لغايه|المقبل|المقبله|القادم|القادمه)(?=\s|$)/u;

/** English past forms of the happenings' verbs (regular ones by their -ed, a few irregular ones by name). */
const ENGLISH_PAST =
  /\b(?:met|held|fought|flew|went|came|began|sent|struck|shot|won|lost|took|made|spoke|led|hit|signed|visited|hosted|attended|arrived|travell?ed|launched|killed|attacked|invaded|bombed|shelled|opened|concluded|reached|elected|voted|agreed|negotiated|discussed|convened|toured|landed|seized|captured|stormed|clashed)\b/;
/** What is to come in English, and the participles that plan or move a date. */
const ENGLISH_AHEAD =
  /\b(?:will|would|shall|to be|is to|are to|was to|were to|going to|plans?|planned|planning|set to|expected|scheduled|due|slated|upcoming|coming|next|postponed|delayed|rescheduled|moved|pushed back|until|till|ahead of)\b/i;

/**
 * Whether the clause `clause` of `paragraph` tells the happening dated by `mention` as past, by
 * its verbs within REACH characters of the date: a past verb of a happening, nothing to come.
 */
export function toldAsPast(paragraph: ParagraphText, clause: Span, mention: Span): boolean {
  const before = paragraph.normalizedSlice(Math.max(clause.start, mention.start - REACH), mention.start);
  const after = paragraph.normalizedSlice(mention.end, Math.min(clause.end, mention.end + REACH));
  const window = `${before} ${after}`;
  // The date's own words count among what is to come: `شهر أبريل المقبل`، "next April".
  const whole = `${before} ${paragraph.normalizedSlice(mention.start, mention.end)} ${after}`;
  if (paragraph.language === 'ar') return ARABIC_PAST.test(window) && !ARABIC_AHEAD.test(whole);
  return ENGLISH_PAST.test(window) && !ENGLISH_AHEAD.test(whole);
}

/** An ISO day or month (`2025-05-28`, `2025-05`) a year earlier, or null for a day that year lacks (29 February). */
export function yearEarlier(iso: string): string | null {
  const year = Number(iso.slice(0, 4)) - 1;
  const earlier = `${String(year).padStart(4, '0')}${iso.slice(4)}`;
  if (iso.slice(5) === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return earlier;
}
