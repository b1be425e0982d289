/**
 * Actors: who takes part in an event. Countries (by name, nisba adjective, capital used for
 * its government, or seat of power), international organizations and groups, and named
 * officials with the country they represent.
 *
 *   الخارجية الأميركية → United States      الجانب الروسي → Russia      وفد أميركي → United States
 *   تقليص واشنطن دعمها لكييف → United States, Ukraine      البيت الأبيض → United States
 *   زاخاروفا → Maria Zakharova (Russia)      مجلس الأمن → UN Security Council
 */
import { ORGANIZATIONS, PERSONS } from './actors-data.ts';
import { AMBIGUOUS, NOT_PLACES, type Rule } from './ambiguity.ts';
import { PhraseIndex, scan, norm, type MatchContext, type ScannedText } from './matcher.ts';
import { findPlacesScanned } from './find-places.ts';
import { PLACES, feminineDefinite, nisbaForms, slug } from './places.ts';
import { ruleHolds } from './rules.ts';
import { SEATS } from './seats.ts';
import type { Actor, ActorMatch } from './types.ts';

/** Before these a capital is where something happens, not who does it ("إلى واشنطن"). */
const LOCATIVE = new Set(['في', 'الى', 'من', 'نحو', 'داخل', 'قرب', 'عبر', 'حتى', 'مطار', 'شوارع', 'in', 'to', 'from', 'at', 'near', 'into', 'visit', 'visited', 'arrived'].map(norm));

interface ActorEntry {
  actor: Actor | null; // null: a phrase that blocks a shorter actor reading (العاصمة السعودية is a place)
  rule: Rule | null;
  /** A nisba adjective: after a city it only says where the city is (اسطنبول التركية). */
  nisba: boolean;
  capital: boolean;
  latin: boolean;
  capitals: string | null;
  /** An English surname standing alone ("Abbas", "Lavrov"): before another capitalized name it is someone's first name. */
  surname: boolean;
}

/** Context rules for actor names that are also words or other actors. */
const ACTOR_RULES: readonly (readonly [string, string, Rule])[] = [
  // الأسد "the lion" (عرين الأسد is a Nablus armed group).
  ['الأسد', 'bashar-al-assad', { not: { prev: ['عرين', 'حصه', 'نصيب', 'زئير'] } }],
  // الشرع "the (Islamic) law".
  ['الشرع', 'ahmed-al-sharaa', { not: { next: ['الاسلامي', 'الحنيف', 'الشريف', 'والقانون'], prev: ['احكام', 'علماء', 'حكم', 'بحكم', 'مخالفه', 'مقاصد'] } }],
  // السوداني: Iraq's prime minister in Iraqi news, else the adjective "Sudanese".
  ['السوداني', 'mohammed-shia-al-sudani', { cue: { window: ['العراق', 'عراقي', 'بغداد', 'شياع'] }, not: { prev: ['الجيش', 'الشعب', 'الجانب', 'الوفد', 'الرئيس', 'السفير', 'الوزير'] } }],
  // البرهان "the proof".
  ['البرهان', 'abdel-fattah-al-burhan', { cue: { prev: ['الفريق', 'اول', 'الجنرال', 'القائد', 'رئيس'], window: ['السودان', 'سوداني', 'الدعم السريع', 'بورتسودان', 'الخرطوم'] } }],
  // حماس "enthusiasm" (بحماس كبير).
  ['حماس', 'hamas', { not: { next: ['كبير', 'شديد', 'بالغ', 'منقطع', 'واضح', 'كبيره', 'شديده', 'بالغه', 'لافت'] } }],
  ['الجمعية العامة', 'unga', { cue: { window: ['الامم المتحده', 'الامميه', 'نيويورك', 'قرار', 'تصويت'] } }],
];

function buildActors(): { index: PhraseIndex<ActorEntry>; actors: Actor[] } {
  const index = new PhraseIndex<ActorEntry>();
  const actors: Actor[] = [];
  const ruled = new Map<string, { id: string; rule: Rule }[]>();
  // A country's name that is also a word (مصرّ، نصف قطر، صلاة المغرب، دعم مالي) needs the same
  // context as an actor as it does as a place. The adjective rules are left out: for an actor
  // the adjective (الخارجية السعودية) names the same country.
  const countryRules = AMBIGUOUS.filter(([, id, rule]) => /^[a-z]{2}$/.test(id) && !rule.notAfterDefinite && !rule.adjectiveLike);
  for (const [alias, id, rule] of [...ACTOR_RULES, ...countryRules]) {
    const key = norm(alias);
    if (!ruled.has(key)) ruled.set(key, []);
    ruled.get(key)!.push({ id, rule });
  }
  const pending: { alias: string; actor: Actor | null; capital: boolean; nisba: boolean; surname: boolean }[] = [];
  const add = (alias: string, actor: Actor | null, capital = false, nisba = false, surname = false) => pending.push({ alias, actor, capital, nisba, surname });
  const entry = (alias: string, actor: Actor | null, rule: Rule | null, capital: boolean, nisba = false, surname = false): ActorEntry => {
    const latin = /[A-Za-z]/.test(alias);
    const letters = alias.replace(/[^A-Za-z]/g, '');
    const capitals = latin && letters.length <= 5 && letters === letters.toUpperCase() ? letters : null;
    return { actor, rule, nisba, capital, latin, capitals, surname };
  };

  const countryActor = new Map<string, Actor>();
  for (const place of PLACES) {
    if (place.kind !== 'country') continue;
    const actor: Actor = { id: place.id, en: place.en, ar: place.ar, kind: 'country', country: place.country! };
    actors.push(actor);
    countryActor.set(place.country!, actor);
    for (const name of [...place.arNames, ...place.enNames]) add(name, actor);
    for (const stem of place.nisba ?? []) for (const form of nisbaForms(stem)) add(form, actor, false, true);
    for (const demonym of place.demonyms ?? []) add(demonym, actor);
  }
  // Capitals speak for their governments ("بين واشنطن وموسكو"), but "العاصمة السعودية" is a place.
  for (const place of PLACES) {
    if (place.kind !== 'capital' || !place.capital) continue;
    const country = PLACES.find((p) => p.id === place.capital);
    const actor = country ? countryActor.get(country.country!) : undefined;
    if (!actor) continue;
    for (const name of [...place.arNames, ...place.enNames]) {
      if (/^العاصمة |^مدينة | العاصمة$| capital| of /.test(name)) add(name, null);
      else add(name, actor, true);
    }
    for (const stem of country!.nisba ?? []) for (const adjective of feminineDefinite(stem)) add(`عاصمة ${adjective.replace(/^ال/, '')}`, null);
  }
  for (const name of NOT_PLACES) if (!/حزب الله|ميلوني|Meloni|Jordan|Chad/.test(name)) add(name, null);
  for (const seat of SEATS) {
    const actor = countryActor.get(seat.country);
    if (actor) for (const name of [...seat.ar, ...seat.en]) add(name, actor);
  }
  for (const [id, en, ar, country] of ORGANIZATIONS) {
    const ens = en.split('|');
    const ars = ar.split('|');
    const actor: Actor = { id, en: ens[0]!, ar: ars[0]!, kind: 'organization' };
    if (country) actor.country = country;
    actors.push(actor);
    for (const name of [...ars, ...ens]) add(name, actor);
  }
  for (const [en, ar, country, role] of PERSONS) {
    const ars = ar.split('|');
    // Spellings of one person in English (Zelensky, Zelenskyy, Zelenskiy): one actor.
    const ens = en.split('|');
    const actor: Actor = { id: slug(ens[0]!), en: ens[0]!, ar: ars[0]!, kind: 'person', role };
    if (country) actor.country = country;
    actors.push(actor);
    for (const name of [...ars, ...ens]) add(name, actor);
    // English surnames alone ("Lavrov", "Zelensky") are as common as the full name.
    for (const spelling of ens) {
      const surname = spelling.split(' ').at(-1)!;
      if (!spelling.includes(' ') || surname.length <= 3 || /^(II|VI|XIV|Khan|Thani|Sabah|Ahmed|Costa|Salman|Hussein|Rashid|Francis|Miller|Bruce|Johnson|Cameron|Cooper|Harris|Clinton|Kerry|Austin|Dar|al-Houthi)$/.test(surname)) continue;
      add(surname, actor, false, false, true);
      // "Assad", "Sharaa", "Sisi": the press drops the article as often as not.
      if (/^(al|el)-/i.test(surname)) add(surname.replace(/^(al|el)-/i, ''), actor, false, false, true);
    }
  }
  // Ruled readings first, in list order (the first whose rule holds wins), then the rest.
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  for (const [key, rows] of ruled) {
    for (const { id, rule } of rows) {
      const actor = byId.get(id);
      if (!actor) throw new Error(`actor rules: unknown actor id ${id}`);
      index.add(key, entry(key, actor, rule, false));
    }
  }
  const seen = new Set<string>();
  for (const { alias, actor, capital, nisba, surname } of pending) {
    const key = norm(alias);
    if (!key) continue;
    if (actor && ruled.get(key)?.some((row) => row.id === actor.id)) continue;
    const id = `${key}\u0000${actor?.id ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    index.add(alias, entry(alias, actor, null, capital, nisba, surname));
  }
  return { index, actors };
}

let BUILT: ReturnType<typeof buildActors> | null = null;
function built() {
  BUILT ??= buildActors();
  return BUILT;
}

/** Every actor the lexicon knows (countries, organizations, persons). */
export function allActors(): readonly Actor[] {
  return built().actors;
}

function resolve(ctx: MatchContext<ActorEntry>): Actor | false | null {
  const { value, scanned, first, last, reading } = ctx;
  if (value.latin) {
    const token = scanned.tokens[first]!;
    const span = scanned.toOriginal(token.start, scanned.tokens[last]!.end);
    const head = scanned.original[span.start] ?? '';
    if (head === head.toLowerCase()) return null;
    if (value.capitals && scanned.original.slice(span.start, span.end).replace(/[^A-Za-z]/g, '') !== value.capitals) return null;
    // "Abbas Araqchi" is not Mahmoud Abbas: a surname followed by a name is a first name.
    if (value.surname && /^\s+[A-Z]/.test(scanned.original.slice(span.end, span.end + 3))) return null;
  }
  if (value.rule && !ruleHolds(value.rule, scanned, first, last, reading)) return null;
  if (value.nisba && reading.proclitic === '' && first > 0 && placeEndsIn(scanned).has(scanned.tokens[first - 1]!.end)) return false;
  if (value.capital) {
    // "إلى واشنطن", "بواشنطن", "in Washington": the capital as a place, not an actor.
    const before = scanned.tokens[first - 1]?.word ?? '';
    if (LOCATIVE.has(before) || reading.proclitic.endsWith('ب')) return false;
  }
  return value.actor ?? false;
}

/**
 * Normalized end offsets of the city, capital and region names in the text being read: found
 * when a nisba first asks for them (many texts have none without a proclitic, and then their
 * places are not looked for here), once per findActors call.
 */
let placeEnds: Set<number> | null = null;
function placeEndsIn(scanned: ScannedText): Set<number> {
  if (placeEnds) return placeEnds;
  placeEnds = new Set<number>();
  for (const match of findPlacesScanned(scanned)) {
    const kind = match.value ? match.value.place.kind : null;
    if (kind === 'city' || kind === 'capital' || kind === 'region') placeEnds.add(scanned.tokens[match.last]!.end);
  }
  return placeEnds;
}

/** Every actor named in `text` (or a text already scanned), left to right, longest name first, not overlapping. */
export function findActors(text: string | ScannedText): ActorMatch[] {
  const scanned = typeof text === 'string' ? scan(text) : text;
  placeEnds = null;
  const out: ActorMatch[] = [];
  // `false` consumes the words (a blocking phrase or a capital used as a place) but reports nothing.
  for (const match of built().index.findAll<Actor | false>(scanned, resolve)) {
    if (match.value) out.push({ actor: match.value, start: match.start, end: match.end, text: match.text });
  }
  placeEnds = null;
  return out;
}
