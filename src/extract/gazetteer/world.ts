/**
 * The generated part of the gazetteer: the world's cities of 50,000 people or more, every
 * capital, the seats of first-level divisions and the divisions themselves, built from GeoNames
 * and ISO 3166-2 data by `npm run gazetteer` (world.generated.json, scripts/gazetteer/build.ts).
 *
 * The hand lists win: a generated place that is a curated one (same country, a shared name,
 * nearby) is left out, and a spelling the hand lists use (a curated place's name, a ruled or
 * blocked spelling, a country's name or nisba) is given to a generated place only when the text
 * names that place's own division nearby.
 *
 * What a generated spelling needs to be read as a place (WorldAlias.gate, .shared):
 * - a name that is also an everyday word or a first name (ambiguity.ts WORLD_WORDS; English
 *   names flagged by the build from a dictionary and a first-name list) needs a place noun
 *   before it (مدينة، بلدة، the city of), or a preposition of place and its own country or
 *   division nearby;
 * - a spelling several places share goes to the biggest one unless the text names another's
 *   country or division nearby (Alexandria, Virginia; San Jose, California);
 * - a person's title before it (الرئيس، الشيخ، Mr), a newspaper, street or club noun before it
 *   (صحيفة، شارع، نادي), بن after it, or a capitalized word right after an English name
 *   (Victoria Nuland, Mobile Street) make it no place at all.
 */
import WORLD from './world.generated.json';
import { AMBIGUOUS, NOT_PLACES, WORLD_NOT_NAMES, WORLD_WORDS } from './ambiguity.ts';
import { PERSONS } from './actors-data.ts';
import { norm } from './matcher.ts';
import { PLACES, nisbaForms } from './places.ts';
import type { Place, PlaceKind } from './types.ts';

export type WorldRow = readonly [
  id: string,
  kind: 'capital' | 'city' | 'region',
  country: string,
  admin1: string,
  population: number,
  lon: number,
  lat: number,
  en: string,
  ar: string,
  flags: string,
];

/** Why a spelling needs context: an everyday word or first name, or a name written without its article. */
export type Gate = 'word' | 'person' | 'article';

export interface WorldAlias {
  place: Place;
  /** The spelling as the lexicon writes it. */
  name: string;
  gate: Gate | null;
  /** Another place (curated, or bigger) holds this spelling by default. */
  shared: boolean;
  /** How many generated places carry this spelling. */
  holders: number;
  /** Normalized words that name this place's own division or country: its context. */
  context: readonly string[];
  /** Normalized names of its own first-level division only. */
  division: readonly string[];
  /** Normalized nisba stems of its country: "العمارة العراقية" places the name. */
  nisba: readonly string[];
}

/** Arab League members: their place names are Arabic words, not transliterations. */
const ARAB_COUNTRIES = new Set(['SA', 'AE', 'QA', 'BH', 'KW', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'PS', 'EG', 'SD', 'LY', 'TN', 'DZ', 'MA', 'MR', 'SO', 'DJ', 'KM']);
/** First words written apart or joined (أبو ظبي / أبوظبي، بور سعيد / بورسعيد، أم درمان / امدرمان). */
const JOINABLE_FIRST_WORDS = new Set(['ابو', 'بور', 'ام']);
const SPLITTABLE_PREFIXES = [...JOINABLE_FIRST_WORDS];
/** Curated places a generated one may duplicate, by kind. */
const SAME_KIND: Record<string, readonly PlaceKind[]> = {
  capital: ['capital', 'city'],
  city: ['capital', 'city'],
  region: ['region', 'country'],
};
/** Two records of one city are within this many km of each other. */
const SAME_CITY_KM = 60;

const foldArabicWord = (word: string) => word.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');

function km([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/**
 * The spellings of an Arabic name that the normalizer does not already fold (it folds أ/إ/آ,
 * ة/ه and ى/ي): كربلاء / كربلا, أبو ظبي / أبوظبي, and for places outside the Arab world the two
 * ways of writing g (هامبورغ / هامبورج). The name without its article (الفلوجة → فلوجة) is
 * returned apart: it is read only after a place noun (مدينة فلوجة).
 */
export function arabicVariants(name: string, country: string): { plain: string[]; bare: string[] } {
  const plain = new Set([name]);
  const folded = foldArabicWord(name);
  const words = folded.split(' ');
  if (/..اء$/.test(folded) && folded.replace(/ /g, '').length >= 5) plain.add(name.slice(0, -1));
  if (words.length >= 2 && JOINABLE_FIRST_WORDS.has(words[0]!)) plain.add(name.replace(' ', ''));
  if (words.length === 1) {
    for (const prefix of SPLITTABLE_PREFIXES) {
      if (folded.startsWith(prefix) && folded.length - prefix.length >= 3 && !folded.startsWith(`${prefix}ال`)) {
        plain.add(`${name.slice(0, prefix.length)} ${name.slice(prefix.length)}`);
      }
    }
  }
  // Moroccan spelling writes g as ك (أكادير), the Mashreq as غ (أغادير).
  if (country === 'MA' && (folded.match(/ك/g) ?? []).length === 1) plain.add(name.replace('ك', 'غ'));
  // Short names are left alone: a swapped letter too easily makes a word (أغري → أجري "conducted").
  if (!ARAB_COUNTRIES.has(country) && folded.replace(/ /g, '').length >= 6) {
    for (const spelling of [...plain]) {
      const g = (spelling.match(/[غج]/g) ?? []).length;
      if (g > 0 && g <= 2) {
        if (spelling.includes('غ')) plain.add(spelling.replace(/غ/g, 'ج'));
        if (spelling.includes('ج')) plain.add(spelling.replace(/ج/g, 'غ'));
      }
    }
  }
  const bare: string[] = [];
  if (words[0]!.startsWith('ال') && words[0]!.length >= 6) bare.push(name.replace(/^ال/, ''));
  return { plain: [...plain], bare };
}

const split = (list: string) => (list ? list.split('|') : []);

const WORLD_ROWS = (WORLD as unknown as { rows: readonly WorldRow[] }).rows;

interface Candidate {
  place: Place;
  name: string;
  key: string;
  gate: Gate | null;
  rank: number;
}

function build() {
  // Curated spellings, and the places that hold them.
  const curated = new Map<string, Place[]>();
  const hold = (name: string, place: Place | null) => {
    const key = norm(name);
    if (!key) return;
    if (!curated.has(key)) curated.set(key, []);
    if (place) curated.get(key)!.push(place);
  };
  for (const place of PLACES) {
    for (const name of place.enNames) hold(name, place);
    // The curated spellings and the variants a generated name would take (كربلاء → كربلا).
    for (const name of place.arNames) for (const spelling of arabicVariants(name, place.country ?? '').plain) hold(spelling, place);
  }
  for (const [name] of AMBIGUOUS) hold(name, null);
  for (const name of NOT_PLACES) hold(name, null);
  // A country's name and every form of its nisba are never a generated place's (فلسطين, Texas).
  const countryWords = new Set<string>();
  const countryContext = new Map<string, string[]>();
  const nisbaStems = new Map<string, string[]>();
  for (const place of PLACES) {
    if (place.kind !== 'country') continue;
    for (const name of [...place.arNames, ...place.enNames, ...(place.demonyms ?? [])]) countryWords.add(norm(name));
    for (const stem of place.nisba ?? []) for (const form of nisbaForms(stem.replace(/\+/g, ' '))) countryWords.add(norm(form));
    const cues = [...place.arNames, ...place.enNames, ...(place.nisba ?? []).map((stem) => stem.replace(/\+/g, ' ')), ...(place.demonyms ?? [])]
      .filter((name) => !/^[A-Z.]+$/.test(name))
      .map(norm)
      .filter((key) => key.replace(/ /g, '').length >= 4);
    countryContext.set(place.country!, [...new Set(cues)]);
    nisbaStems.set(place.country!, (place.nisba ?? []).map((stem) => norm(stem.replace(/\+/g, ' ').split(' ').at(-1)!)));
  }
  const words = new Set(WORLD_WORDS.map(norm));
  const never = new Set(WORLD_NOT_NAMES.map(norm));
  // First names of the people the actor lexicon knows (فلاديمير، بشار، سيرجي): not places alone.
  const firstNames = new Set<string>();
  for (const [en, ar] of PERSONS) {
    for (const name of [...en.split('|'), ...ar.split('|')]) for (const word of norm(name).split(' ')) if (word.length >= 3) firstNames.add(word);
  }

  // First-level divisions by country and code, for context.
  const divisionNames = new Map<string, string[]>();
  for (const [, kind, country, admin1, , , , en, ar] of WORLD_ROWS) {
    if (kind !== 'region') continue;
    const names = [...split(en), ...split(ar)].map(norm).filter((key) => key.replace(/ /g, '').length >= 4);
    divisionNames.set(`${country}.${admin1}`, [...new Set(names)]);
  }

  const places: Place[] = [];
  const candidates: Candidate[] = [];
  let duplicates = 0;
  for (const [id, kind, country, admin1, population, lon, lat, en, ar, flags] of WORLD_ROWS) {
    const enNames = split(en);
    const arNames = split(ar);
    const coordinates: [number, number] = [lon, lat];
    // The same place in the hand lists: the curated record wins whole.
    let same: Place | undefined;
    for (const name of [...enNames, ...arNames]) {
      same ??= (curated.get(norm(name)) ?? []).find(
        (place) =>
          SAME_KIND[kind]!.includes(place.kind) &&
          (place.country === country || place.country === null) &&
          (kind === 'region' || km(place.coordinates, coordinates) <= SAME_CITY_KM),
      );
    }
    if (same) {
      // Its spellings the hand list lacks (أغادير beside أكادير) still lead to the curated place,
      // unless they are words or names.
      duplicates++;
      for (const name of arNames) {
        for (const spelling of arabicVariants(name, country).plain) {
          const key = norm(spelling);
          const holders = curated.get(key);
          const ownVariant = holders !== undefined && holders.length > 0 && holders.every((p) => p === same);
          const spelled = same.arNames.some((n) => norm(n) === key);
          if (key && (!holders || ownVariant) && !spelled && !countryWords.has(key) && !never.has(key) && !words.has(key) && !firstNames.has(key) && key.replace(/^ال/, '').length > 3) {
            candidates.push({ place: same, name: spelling, key, gate: null, rank: population });
          }
        }
      }
      continue;
    }
    const place: Place = {
      id,
      en: enNames[0]!,
      ar: arNames[0] ?? '',
      kind,
      country,
      coordinates,
      arNames: [],
      enNames: [],
      population,
      generated: true,
    };
    if (divisionNames.has(`${country}.${admin1}`)) place.region = `${country}.${admin1}`;
    // A division's population is its cities' added up: it yields a spelling to a city half its size.
    const rank = kind === 'region' ? population / 2 : population;
    const flagged = new Map(split(flags).map((flag) => [flag.slice(2), flag[0] === 'w' ? ('word' as const) : ('person' as const)]));
    // An English name that is a word or first name makes its one-word Arabic transliteration
    // one too (Vladimir → فلاديمير، Reading → ريدينغ).
    const englishGate = [...flagged.values()][0] ?? null;
    const add = (name: string, gate: Gate | null) => {
      const key = norm(name);
      if (!key || countryWords.has(key) || never.has(key)) return;
      if (/[A-Za-z]/.test(key) && key.replace(/[^a-z]/g, '').length < 3) return;
      const bareKey = key.replace(/^ال/, '');
      const arabic = /[\u0621-\u064A]/.test(key);
      const oneWord = !key.includes(' ');
      const isWord = words.has(key) || (arabic && oneWord && bareKey.length <= 3);
      const isPerson = firstNames.has(key) || (arabic && oneWord && englishGate !== null);
      candidates.push({ place, name, key, gate: gate ?? (isWord ? 'word' : isPerson ? (englishGate ?? 'person') : null), rank });
    };
    for (const name of enNames) {
      add(name, flagged.get(name) ?? null);
      if (/['’]/.test(name)) add(name.replace(/['’]/g, ''), flagged.get(name) ?? null);
    }
    for (const name of arNames) {
      const { plain, bare } = arabicVariants(name, country);
      for (const spelling of plain) add(spelling, null);
      // Without its article only when the bare form is no word either (مدينة جديدة is "a new city").
      for (const spelling of bare) if (!words.has(norm(spelling))) add(spelling, 'article');
    }
    places.push(place);
  }

  // Who holds each spelling: the curated place, else the biggest generated one (a city before
  // a division of the same name).
  const ownKeys = new Map<Place, Set<string>>();
  for (const candidate of candidates) {
    if (!ownKeys.has(candidate.place)) ownKeys.set(candidate.place, new Set());
    ownKeys.get(candidate.place)!.add(candidate.key);
  }
  for (const [place, keys] of ownKeys) for (const name of [place.en, place.ar]) if (name) keys.add(norm(name));
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (!byKey.has(candidate.key)) byKey.set(candidate.key, []);
    const list = byKey.get(candidate.key)!;
    if (!list.some((other) => other.place === candidate.place)) list.push(candidate);
  }
  const aliases: WorldAlias[] = [];
  for (const [key, list] of byKey) {
    list.sort((a, b) => b.rank - a.rank);
    const curatedHolders = curated.get(key);
    const cities = new Set([...list.map((c) => c.place), ...(curatedHolders ?? [])].filter((p) => p.kind === 'city' || p.kind === 'capital').map((p) => p.country));
    // A division named like a city of its own country is written with its noun (محافظة كركوك).
    const holders = list.filter((c) => !(c.place.kind === 'region' && cities.has(c.place.country)));
    holders.forEach((candidate, i) => {
      const { place } = candidate;
      const list = holders;
      const shared = (curatedHolders !== undefined && !(curatedHolders.length > 0 && curatedHolders.every((p) => p === place))) || i > 0;
      const rivals = [...(curatedHolders ?? []), ...list.filter((other) => other !== candidate).map((other) => other.place)];
      // Taking a spelling from another place needs the place's own division named nearby: its
      // country is too common a word in the news (أميركي) to take موسكو from Moscow. A name
      // that is also a word may lean on its country (في مدينة ... العراقية).
      const division = place.region ? (divisionNames.get(place.region) ?? []) : [];
      const countryIsContext = !shared && !rivals.some((rival) => rival.country === place.country || rival.country === null);
      // The place's own names, in either language, said again nearby are no context.
      const own = ownKeys.get(place)!;
      const context = [...division, ...(countryIsContext ? (countryContext.get(place.country!) ?? []) : [])].filter((word) => !own.has(word));
      const nisba = (nisbaStems.get(place.country!) ?? []).filter((stem) => !own.has(stem));
      if (shared && context.length === 0) return;
      if (!candidate.name.trim()) return;
      if (place.generated) place[/[A-Za-z]/.test(candidate.name) ? 'enNames' : 'arNames'].push(candidate.name);
      aliases.push({ place, name: candidate.name, gate: candidate.gate, shared, holders: list.length, context, division: division.filter((word) => !own.has(word)), nisba });
    });
  }
  for (const place of places) {
    place.arNames = [...new Set(place.arNames)];
    place.enNames = [...new Set(place.enNames)];
  }
  return { places, aliases, duplicates };
}

let BUILT: ReturnType<typeof build> | null = null;
function built() {
  BUILT ??= build();
  return BUILT;
}

/** The generated places (those the hand lists do not already hold), biggest first. */
export function worldPlaces(): readonly Place[] {
  return built().places;
}

/** Every generated spelling with what it needs to be read as its place. */
export function worldAliases(): readonly WorldAlias[] {
  return built().aliases;
}

/** How many generated rows were left out as records of a curated place. */
export function worldDuplicates(): number {
  return built().duplicates;
}
