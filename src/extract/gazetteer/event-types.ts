/**
 * The words that signal each event type, in Arabic and English. The types themselves (ids,
 * names, colours) are the contract's vocabulary (src/events/vocabulary.ts).
 *
 * A clause usually chains several cues ("أكدت الخارجية أن المحادثات ..."): the verb that
 * governs it is the event, the nouns after it are what it is about. Cues are therefore
 * strong (verbs, and nouns that name a happening by themselves: قمة، غارة، اتصال هاتفي) or
 * weak (nouns that also appear as topics: جولة، بيان، حظر). classifyEvent returns the earliest
 * strong cue, else the earliest weak one; classifyEventAll returns them all with positions so
 * that a caller can take the one nearest a date.
 *
 * Matching is the gazetteer's trie (matcher.ts): proclitics are peeled (وأكد، فأعلن، بالمحادثات،
 * للمفاوضات), nouns match with or without the article, and the scan is linear.
 */
import type { EventType } from '../../events/vocabulary.ts';
import { PhraseIndex, scan, norm, type ScannedText } from './matcher.ts';

export type Strength = 'strong' | 'weak';

export interface EventCue {
  type: EventType;
  strength: Strength;
  /** Offsets into the original clause. */
  start: number;
  end: number;
  text: string;
}

/**
 * [type, strength, kind, phrases]. kind 'noun': also matched with the article ال; 'verb':
 * as written (imperfect forms also get the future prefix س: سيعقد، ستزور).
 */
type CueRow = readonly [EventType, Strength, 'noun' | 'verb' | 'phrase', string];

const CUES: readonly CueRow[] = [
  // ── meeting ──
  ['meeting', 'strong', 'noun', 'محادثات|مباحثات|مفاوضات|مشاورات|قمة|قمم|اجتماع|اجتماعات|اجتماعا|لقاء|لقاءات|لقاءا|مؤتمر قمة|جولة محادثات|جولة مفاوضات|جولة مباحثات|مائدة مستديرة'],
  ['meeting', 'weak', 'noun', 'جولة|جولات|مؤتمر|منتدى|حوار|مناقشات|محادثة|نقاشات|جلسة|جلسات'],
  ['meeting', 'strong', 'verb', 'التقى|التقت|التقيا|التقوا|يلتقي|تلتقي|يلتقيان|نلتقي|اجتمع|اجتمعت|اجتمعا|اجتمعوا|يجتمع|تجتمع|يجتمعان|عقدا|عقدت|عقدوا|يعقد|تعقد|يعقدان|انعقد|انعقدت|ينعقد|تنعقد|ناقش|ناقشت|ناقشا|ناقشوا|يناقش|تناقش|تباحث|تباحثا|تباحثت|يتباحث|تفاوض|تفاوضت|يتفاوض|تتفاوض|استقبل|استقبلت|يستقبل|تستقبل|استضاف|استضافت|تستضيف|يستضيف|بحثا|بحثت|يبحث|تبحث|يبحثان|تشاور|تشاورا|استأنف|استأنفت|استؤنفت'],
  ['meeting', 'strong', 'phrase', 'عقد اجتماع|عقد اجتماعا|عقد لقاء|عقد لقاءا|عقد محادثات|عقد مباحثات|عقد جلسة|عقد قمة|عقد مؤتمر|جرى لقاء|جرت محادثات|جرت مباحثات|بحث مع|بحث الرئيسان|بحث الجانبان|بحث الوزيران'],
  ['meeting', 'strong', 'phrase', 'talks|met|meet|meets|meeting|meetings|summit|negotiations|negotiated|held talks|discussed|hosted|consultations'],
  ['meeting', 'weak', 'phrase', 'conference|round|forum|dialogue|session'],
  // ── visit ──
  ['visit', 'strong', 'noun', 'زيارة|زيارات|زيارتها|زيارته|زيارتهما|الزيارة|جولة إقليمية|زيارة رسمية|زيارة عمل|زيارة دولة'],
  ['visit', 'strong', 'verb', 'زار|زارت|زارا|زاروا|يزور|تزور|يزوران|حل ضيفا|حط|حطت|وصل إلى|وصلت إلى|وصلا إلى|وصل الى|وصلت الى|يصل إلى|تصل إلى|توجه إلى|توجهت إلى|يتوجه إلى|تتوجه إلى|غادر إلى|غادرت إلى'],
  ['visit', 'weak', 'noun', 'جولة خارجية|وصول|مبعوث|موفد'],
  ['visit', 'strong', 'phrase', 'visit|visits|visited|visiting|arrived in|arrives in|trip to|travelled to|traveled to|flew to|state visit|sent envoy|dispatched'],
  // ── call ──
  ['call', 'strong', 'noun', 'اتصال هاتفي|اتصالا هاتفيا|اتصالات هاتفية|مكالمة|مكالمة هاتفية|مكالمات|محادثة هاتفية|مباحثات هاتفية|اتصال مرئي|اتصال عبر الفيديو|اتصالا مرئيا'],
  ['call', 'strong', 'verb', 'هاتف|هاتفت|يهاتف|هاتفيا|اتصل|اتصلت|يتصل|تتصل|تلقى اتصالا|تلقت اتصالا|أجرى اتصالا|أجرت اتصالا|عبر الهاتف'],
  ['call', 'strong', 'phrase', 'phone call|phone calls|by phone|by telephone|telephone call|telephone conversation|phoned|video call|spoke with|spoke to'],
  // ── statement ──
  ['statement', 'strong', 'verb', 'أعلن|أعلنت|أعلنا|أعلنوا|يعلن|تعلن|صرح|صرحت|يصرح|تصرح|قال|قالت|قالا|قالوا|يقول|تقول|ذكر|ذكرت|يذكر|تذكر|أكد|أكدت|أكدا|أكدوا|يؤكد|تؤكد|أشار|أشارت|يشير|تشير|أوضح|أوضحت|يوضح|توضح|أضاف|أضافت|شدد|شددت|يشدد|تشدد|لفت|لفتت|نفى|نفت|ينفي|تنفي|دعا|دعت|يدعو|تدعو|حذر|حذرت|يحذر|تحذر|ندد|نددت|أدان|أدانت|يدين|تدين|رحب|رحبت|يرحب|ترحب|كشف|كشفت|أفاد|أفادت|اعتبر|اعتبرت|يعتبر|تعتبر|أبدى|أبدت|أصدر بيانا|أصدرت بيانا|نقلت عن|نقل عن|أعرب|أعربت|يعرب|تعرب'],
  ['statement', 'weak', 'noun', 'بيان|بيانا|تصريح|تصريحات|تصريحا|مؤتمر صحفي|مؤتمرا صحفيا|إعلان|كلمة|خطاب|رسالة'],
  ['statement', 'strong', 'phrase', 'said|says|announced|announces|stated|declared|told|warned|condemned|welcomed|denied|statement|press conference|spokesperson said|spokesman said|called for'],
  // ── agreement ──
  ['agreement', 'strong', 'noun', 'اتفاق|اتفاقا|اتفاقات|اتفاقية|اتفاقيات|اتفاقين|اتفاقان|اتفاقيتين|اتفاقيتان|معاهدة|معاهدات|هدنة|وقف إطلاق النار|وقف لإطلاق النار|وقفا لإطلاق النار|وقف النار|مذكرة تفاهم|مذكرات تفاهم|توقيع|صفقة تبادل|إعلان مشترك|تفاهمات'],
  ['agreement', 'weak', 'noun', 'تفاهم|صفقة|تسوية|تهدئة|خارطة طريق|خريطة طريق'],
  ['agreement', 'strong', 'verb', 'توصل|توصلت|توصلا|توصلوا|يتوصل|تتوصل|اتفق|اتفقت|اتفقا|اتفقوا|يتفق|تتفق|وقع اتفاق|وقعت اتفاق|وقعا اتفاق|وقع اتفاقية|وقعت اتفاقية|وقعا اتفاقية|وقعت على|وقع على|وقعا على|وقعوا على|يوقع|توقيع اتفاق|أبرم|أبرمت|أبرما'],
  ['agreement', 'strong', 'phrase', 'struck a deal|struck an agreement|struck a ceasefire|agreement|agreements|agreed|agree|deal|signed|treaty|truce|ceasefire|cease-fire|accord|memorandum of understanding|peace plan'],
  // ── sanction ──
  ['sanction', 'strong', 'noun', 'عقوبات|العقوبات|عقوبات اقتصادية|حزمة عقوبات|تجميد أصول|تجميد الأصول|قائمة سوداء|القائمة السوداء|حظر تصدير|حظر الأسلحة|حظر استيراد|حظر نفطي|حصار اقتصادي'],
  ['sanction', 'weak', 'noun', 'حظر|حصار|قيود'],
  ['sanction', 'strong', 'verb', 'فرض عقوبات|فرضت عقوبات|تفرض عقوبات|يفرض عقوبات|عاقب|عاقبت'],
  ['sanction', 'strong', 'phrase', 'sanction|sanctions|sanctioned|embargo|blacklisted|asset freeze|tariffs|tariff'],
  // ── military ──
  ['military', 'strong', 'noun', 'هجوم|هجمات|هجوما|غارة|غارات|قصف|غزو|اجتياح|عملية عسكرية|عمليات عسكرية|عملية برية|هجوم بري|ضربة|ضربات|ضربة جوية|ضربات جوية|اشتباكات|معارك|توغل|اقتحام|اغتيال|قصف مدفعي|هجوم صاروخي|إنزال'],
  ['military', 'weak', 'noun', 'قتال|حرب|مواجهات|تصعيد|صواريخ|صاروخ|مسيرات|طائرات مسيرة|انفجار'],
  ['military', 'strong', 'verb', 'قصفت|قصف|يقصف|تقصف|شن|شنت|يشن|تشن|استهدف|استهدفت|يستهدف|تستهدف|اقتحم|اقتحمت|غزا|غزت|اجتاح|اجتاحت|هاجم|هاجمت|يهاجم|تهاجم|أطلق صواريخ|أطلقت صواريخ|توغلت|توغل'],
  ['military', 'strong', 'phrase', 'attack|attacks|attacked|strike|strikes|struck|airstrike|airstrikes|air strike|air strikes|invasion|invaded|shelling|shelled|bombardment|bombed|offensive|raid|raids|clashes|missile attack|drone attack|killed|captured|recaptured|retook|retaken'],
  // ── vote / election ──
  ['vote', 'strong', 'noun', 'انتخابات|انتخاب|اقتراع|تصويت|استفتاء|الانتخابات الرئاسية|الانتخابات التشريعية|الانتخابات البرلمانية|مشروع قرار|قرار مجلس الأمن|حق النقض|الفيتو|فيتو'],
  ['vote', 'strong', 'verb', 'انتخب|انتخبت|ينتخب|صوت|صوتت|صوتوا|يصوت|تصوت|اعتمد قرارا|اعتمد مجلس الأمن|تبنى مجلس الأمن|تبنى قرارا|تبنت قرارا|أقر|أقرت'],
  ['vote', 'strong', 'phrase', 'election|elections|elected|vote|voted|votes|voting|referendum|ballot|polls|resolution|veto|vetoed'],
];

/** Compound cues: a head verb and, within `within` words after it, one of the tail words. */
const COMPOUND: readonly (readonly [heads: string, within: number, tails: string, type: EventType])[] = [
  // أرسلت روسيا مبعوثها إلى واشنطن → a visit; أرسلت قوات → military; أرسل رسالة → statement.
  ['أرسل|أرسلت|أرسلا|يرسل|ترسل|أوفد|أوفدت|يوفد|توفد|بعث|بعثت|يبعث|تبعث|sent|dispatched', 4, 'مبعوث|مبعوثا|مبعوثه|مبعوثها|مبعوثيه|وفد|وفدا|وفدها|وفده|موفد|موفدا|ممثل|ممثلا|ممثله|ممثلها|وزير|وزيره|وزيرها|مستشار|envoy|delegation|minister|representative', 'visit'],
  ['أرسل|أرسلت|يرسل|ترسل|بعث|بعثت|sent|dispatched', 4, 'قوات|جنود|تعزيزات|سفن|مدمرة|حاملة|طائرات|troops|warships|forces', 'military'],
  ['أرسل|أرسلت|يرسل|ترسل|بعث|بعثت|وجه|وجهت|sent', 4, 'رسالة|رسائل|برقية|خطابا|letter|message', 'statement'],
  // وقّع "signed" only with what is signed (وقع الانفجار is "the blast happened").
  ['وقع|وقعت|وقعا|وقعوا|يوقع|يوقعان|signed', 4, 'اتفاق|اتفاقا|اتفاقية|اتفاقيات|اتفاقين|مذكرة|مذكرات|معاهدة|وثيقة|إعلان|بروتوكول|عقد|عقود|agreement|deal|treaty|memorandum|accord', 'agreement'],
  // فرض "imposed" with sanctions, tariffs or a siege.
  ['فرض|فرضت|يفرض|تفرض|imposed', 3, 'عقوبات|رسوم|حصار|حظر|قيود|sanctions|tariffs|embargo', 'sanction'],
  // بحث "discussed" with the partner or the subject.
  ['بحث', 2, 'مع|هاتفيا|الرئيس|الرئيسان|الجانبان|الوزير|الوزيران', 'meeting'],
];

const FUTURE = /^[يتن]/;

interface CueEntry {
  type: EventType;
  strength: Strength;
}

function buildIndex(): PhraseIndex<CueEntry> {
  const index = new PhraseIndex<CueEntry>();
  for (const [type, strength, kind, phrases] of CUES) {
    const entry: CueEntry = { type, strength };
    for (const phrase of phrases.split('|')) {
      index.add(phrase, entry);
      if (kind === 'noun' && !/^ال/.test(phrase)) index.add('ال' + phrase, entry);
      if (kind === 'verb' && FUTURE.test(phrase)) index.add('س' + phrase, entry);
    }
  }
  return index;
}

let INDEX: PhraseIndex<CueEntry> | null = null;
const COMPOUND_SETS = COMPOUND.map(([heads, within, tails, type]) => ({
  heads: new Set(heads.split('|').map(norm)),
  within,
  tails: new Set(tails.split('|').map(norm)),
  type,
}));

/** Every rule's heads: most words head no compound and are passed over with two lookups. */
const COMPOUND_HEADS = new Set(COMPOUND_SETS.flatMap((rule) => [...rule.heads]));

function compoundCues(scanned: ScannedText): EventCue[] {
  const out: EventCue[] = [];
  const tokens = scanned.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = token.word;
    const first = word.charCodeAt(0);
    if (!COMPOUND_HEADS.has(word) && !((first === 0x0648 || first === 0x0641) && COMPOUND_HEADS.has(word.slice(1)))) continue;
    const heads = [token.word, token.word.replace(/^[وف]/, '')];
    for (const rule of COMPOUND_SETS) {
      if (!heads.some((head) => rule.heads.has(head))) continue;
      let hit = false;
      for (let j = i + 1; j <= i + rule.within && j < tokens.length; j++) {
        const word = tokens[j]!.word;
        if (rule.tails.has(word) || rule.tails.has(word.replace(/^(و|ف|ب|ل)/, '')) || rule.tails.has(word.replace(/^(و|ف|ب|ل)?ال/, ''))) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
      const skip = token.word === heads[0] || !heads.slice(1).some((head) => rule.heads.has(head)) ? 0 : 1;
      const span = scanned.toOriginal(token.start + skip, token.end);
      out.push({ type: rule.type, strength: 'strong', start: span.start, end: span.end, text: scanned.original.slice(span.start, span.end) });
      break;
    }
  }
  return out;
}

/** Every event cue in the clause, left to right. */
export function classifyEventAll(clause: string | ScannedText): EventCue[] {
  INDEX ??= buildIndex();
  const scanned = typeof clause === 'string' ? scan(clause) : clause;
  const cues: EventCue[] = INDEX.findAll(scanned).map((match) => ({
    type: match.value.type,
    strength: match.value.strength,
    start: match.start,
    end: match.end,
    text: match.text,
  }));
  // A compound cue is more specific than whatever single word sits at its head.
  const compounds = compoundCues(scanned);
  // Both in text order, neither overlapping itself: one pass over the two.
  let c = 0;
  const merged = cues.filter((cue) => {
    while (c < compounds.length && compounds[c]!.end <= cue.start) c++;
    return !(c < compounds.length && compounds[c]!.start < cue.end);
  });
  return [...merged, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The cue that governs the clause: the earliest strong cue, else the earliest weak one. */
export function classifyEvent(clause: string): { type: EventType; start: number; end: number; text: string } | null {
  const cues = classifyEventAll(clause);
  const cue = cues.find((c) => c.strength === 'strong') ?? cues[0];
  return cue ? { type: cue.type, start: cue.start, end: cue.end, text: cue.text } : null;
}
