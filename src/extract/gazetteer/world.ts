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
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AMBIGUOUS, NOT_PLACES, WORLD_NOT_NAMES, WORLD_WORDS } from './ambiguity.ts';
import { PERSONS } from './actors-data.ts';
import { norm } from './matcher.ts';
import { PLACES, nisbaForms, placeById } from './places.ts';
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
  readonly context: readonly string[];
  /** Normalized names of its own first-level division only. */
  readonly division: readonly string[];
  /** Normalized nisba stems of its country: "العمارة العراقية" places the name. */
  readonly nisba: readonly string[];
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

// Read as files, not imported: 2 MB of JSON inside the compiled JavaScript would be decoded and
// scanned as source on every start (the package build puts them beside the bundle, lib/node/).
const WORLD_FILE = readFileSync(new URL('./world.generated.json', import.meta.url));
const WORLD = JSON.parse(WORLD_FILE.toString('utf8')) as { about?: unknown; rows: readonly WorldRow[] };
/** The rows file's own bytes, hashed: part of the index file's fingerprint. */
const WORLD_DIGEST = createHash('sha256').update(WORLD_FILE).digest('hex');
const WORLD_INDEX = JSON.parse(readFileSync(new URL('./world.index.generated.json', import.meta.url), 'utf8')) as WorldIndexFile;
const WORLD_ROWS = WORLD.rows;

interface Candidate {
  place: Place;
  name: string;
  key: string;
  gate: Gate | null;
  rank: number;
}

/** A list per key, worked out the first time the key is asked for. */
interface ListsByKey {
  get(key: string): string[] | undefined;
  has(key: string): boolean;
}

function listsByKey<S>(sources: () => Map<string, S>, list: (source: S) => string[]): ListsByKey {
  let bySource: Map<string, S> | null = null;
  const made = new Map<string, string[]>();
  const source = (key: string) => (bySource ??= sources()).get(key);
  return {
    get(key) {
      let found = made.get(key);
      if (!found) {
        const from = source(key);
        if (from === undefined) return undefined;
        made.set(key, (found = list(from)));
      }
      return found;
    },
    has: (key) => source(key) !== undefined,
  };
}

/**
 * The words that place a generated place: its country's names, nisba and demonyms (normalized,
 * four letters or more), the last word of each nisba stem, and each first-level division's names.
 * Each country's and division's list is worked out when first asked for: a run reads the
 * context of the few generated places its texts name, not of all.
 */
function contextLists() {
  // the last record of a code holds it, as a Map built in order keeps it
  const countries = () => new Map(PLACES.filter((place) => place.kind === 'country').map((place) => [place.country!, place]));
  const countryContext = listsByKey(countries, (place) => {
    const cues = [...place.arNames, ...place.enNames, ...(place.nisba ?? []).map((stem) => stem.replace(/\+/g, ' ')), ...(place.demonyms ?? [])]
      .filter((name) => !/^[A-Z.]+$/.test(name))
      .map(norm)
      .filter((key) => key.replace(/ /g, '').length >= 4);
    return [...new Set(cues)];
  });
  const nisbaStems = listsByKey(countries, (place) => (place.nisba ?? []).map((stem) => norm(stem.replace(/\+/g, ' ').split(' ').at(-1)!)));
  // First-level divisions by country and code, for context.
  const divisionNames = listsByKey(
    () => new Map(WORLD_ROWS.filter((row) => row[1] === 'region').map((row) => [`${row[2]}.${row[3]}`, row])),
    ([, , , , , , , en, ar]) => [...new Set([...split(en), ...split(ar)].map(norm).filter((key) => key.replace(/ /g, '').length >= 4))],
  );
  return { countryContext, nisbaStems, divisionNames };
}

interface World {
  readonly places: readonly Place[];
  /** Every spelling, in build() order. */
  readonly aliases: readonly WorldAlias[];
  duplicates: number;
  /** The spellings whose first word (normalized) is `word`, in build() order: what a text with that word needs. */
  startingWith(word: string): readonly WorldAlias[];
  /** The first place whose English name is `en`. */
  named(en: string): Place | undefined;
}

/** The first place of each English name. */
function byEnglishName(places: () => Iterable<[en: string, place: () => Place]>): (en: string) => Place | undefined {
  let first: Map<string, () => Place> | null = null;
  return (en) => {
    if (!first) {
      first = new Map();
      for (const [name, place] of places()) if (!first.has(name)) first.set(name, place);
    }
    return first.get(en)?.();
  };
}

const firstWord = (name: string) => norm(name).split(' ')[0]!;

/** Spellings by their first word (normalized), each list in the order given. */
function byFirstWord(aliases: readonly WorldAlias[]): (word: string) => readonly WorldAlias[] {
  let lists: Map<string, WorldAlias[]> | null = null;
  return (word) => {
    if (!lists) {
      lists = new Map();
      for (const alias of aliases) {
        const first = firstWord(alias.name);
        if (!lists.has(first)) lists.set(first, []);
        lists.get(first)!.push(alias);
      }
    }
    return lists.get(word) ?? [];
  };
}

/**
 * The generated places and spellings, worked out from the rows and the hand lists (about a second
 * of work: world.index.generated.json holds its result, loaded instead while it is up to date).
 */
function build(): World {
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
  for (const place of PLACES) {
    if (place.kind !== 'country') continue;
    for (const name of [...place.arNames, ...place.enNames, ...(place.demonyms ?? [])]) countryWords.add(norm(name));
    for (const stem of place.nisba ?? []) for (const form of nisbaForms(stem.replace(/\+/g, ' '))) countryWords.add(norm(form));
  }
  const { countryContext, nisbaStems, divisionNames } = contextLists();
  const words = new Set(WORLD_WORDS.map(norm));
  const never = new Set(WORLD_NOT_NAMES.map(norm));
  // First names of the people the actor lexicon knows (فلاديمير، بشار، سيرجي): not places alone.
  const firstNames = new Set<string>();
  for (const [en, ar] of PERSONS) {
    for (const name of [...en.split('|'), ...ar.split('|')]) for (const word of norm(name).split(' ')) if (word.length >= 3) firstNames.add(word);
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
  return { places, aliases, duplicates, startingWith: byFirstWord(aliases), named: byEnglishName(() => places.map((place) => [place.en, () => place])) };
}

// ── The index file ──────────────────────────────────────────────────────────
// What build() works out, written by `npm run gazetteer:index` (scripts/gazetteer/index.ts; also
// run by `npm run gazetteer`) to world.index.generated.json and read back in a few milliseconds.
// It records which rows are curated places' records, and every accepted spelling with its place;
// the rest (the places' fields, their context words) is read again from the rows and hand lists.
// It is used only while its fingerprint matches the hand lists and rows it was made from (an edited
// hand list falls back to build()); a test checks that the committed file is what build() gives.

/** The build's own version: change it when build() changes what it makes of the same inputs. */
const WORLD_INDEX_FORMAT = 2;

/**
 * name: the spelling, or its position among its row's names (English then Arabic) when it is one
 * of them; first: its first word, normalized (a run makes only the spellings of its texts' words).
 */
type AliasRecord = [place: number | string, name: string | number, gate: '' | 'w' | 'p' | 'a', flags: number, holders: number, first: string];
const SHARED = 1;
const COUNTRY_IS_CONTEXT = 2;
const GATES = { w: 'word', p: 'person', a: 'article' } as const;

export interface WorldIndexFile {
  about: string;
  fingerprint: string;
  /** Rows (by position) that are records of a curated place. */
  duplicates: number[];
  /** Each accepted spelling in build()'s order; place: a generated place by position (the other rows in order) or a curated place's id. */
  aliases: AliasRecord[];
  /** Context words a place's own spellings rule out besides its first English and Arabic names (place as in aliases). */
  excluded: [place: number | string, words: string[]][];
}

/** What the index was made from: the hand lists, the rows file (every byte: names, kinds, places, populations), the build's version. */
function fingerprint(): string {
  const inputs = JSON.stringify([WORLD_INDEX_FORMAT, WORLD_DIGEST, PLACES, AMBIGUOUS, NOT_PLACES, WORLD_WORDS, WORLD_NOT_NAMES, PERSONS]);
  return createHash('sha256').update(inputs).digest('hex');
}

/** The index file of a build (what `npm run gazetteer:index` writes). */
export function worldIndexFile(world: World = build()): WorldIndexFile {
  const position = new Map(world.places.map((place, i) => [place, i]));
  const ref = (place: Place) => position.get(place) ?? place.id;
  const rowNames = new Map(WORLD_ROWS.map((row) => [row[0], [...split(row[7]), ...split(row[8])]]));
  const { countryContext, nisbaStems, divisionNames } = contextLists();
  const excluded = new Map<Place, Set<string>>();
  const aliases: AliasRecord[] = world.aliases.map((alias) => {
    const { place } = alias;
    // The own-name filter is a test of membership: a context word missing from a filtered list is one of the place's own names.
    const base = [...(place.region ? (divisionNames.get(place.region) ?? []) : []), ...(nisbaStems.get(place.country!) ?? [])];
    const kept = new Set([...alias.division, ...alias.nisba]);
    const countryIsContext = alias.context.length !== alias.division.length;
    if (countryIsContext) {
      base.push(...(countryContext.get(place.country!) ?? []));
      for (const word of alias.context) kept.add(word);
    }
    const named = ownNames(place);
    for (const word of base) {
      if (kept.has(word) || named.has(word)) continue;
      if (!excluded.has(place)) excluded.set(place, new Set());
      excluded.get(place)!.add(word);
    }
    const gate = alias.gate ? (alias.gate[0] as 'w' | 'p' | 'a') : '';
    const nameAt = place.generated ? (rowNames.get(place.id)?.indexOf(alias.name) ?? -1) : -1;
    return [ref(place), nameAt >= 0 ? nameAt : alias.name, gate, (alias.shared ? SHARED : 0) | (countryIsContext ? COUNTRY_IS_CONTEXT : 0), alias.holders, firstWord(alias.name)];
  });
  const duplicates: number[] = [];
  const ids = new Set(world.places.map((place) => place.id));
  WORLD_ROWS.forEach((row, i) => {
    if (!ids.has(row[0])) duplicates.push(i);
  });
  return {
    about: 'generated by `npm run gazetteer:index` from world.generated.json and the hand lists (world.ts build()); do not edit',
    fingerprint: fingerprint(),
    duplicates,
    aliases,
    excluded: [...excluded].map(([place, words]) => [ref(place), [...words].sort()]),
  };
}

/** The index file as committed: one spelling per line, so that a change of a hand list reads as a diff of spellings. */
export function serializeWorldIndex(file: WorldIndexFile = worldIndexFile()): string {
  return `{"about": ${JSON.stringify(file.about)},
"fingerprint": ${JSON.stringify(file.fingerprint)},
"duplicates": ${JSON.stringify(file.duplicates)},
"excluded": ${JSON.stringify(file.excluded)},
"aliases": [
${file.aliases.map((alias) => JSON.stringify(alias)).join(',\n')}
]}
`;
}

/** A place's first names, normalized: always among its own spellings (build() adds them), so never its context. */
function ownNames(place: Place): Set<string> {
  return new Set([place.en, place.ar].filter(Boolean).map(norm));
}

/**
 * A spelling read from the index file. Its context words are worked out when a text first asks
 * (a match of this spelling): most spellings never meet a text, and reading every division's
 * names up front would cost what the file saves.
 */
class IndexedAlias implements WorldAlias {
  constructor(
    readonly place: Place,
    readonly name: string,
    readonly gate: Gate | null,
    readonly shared: boolean,
    readonly holders: number,
    private readonly countryIsContext: boolean,
    private readonly words: ContextWords,
  ) {}
  get context(): readonly string[] {
    const words = this.words.of(this.place);
    return this.countryIsContext ? words.divisionAndCountry : words.division;
  }
  get division(): readonly string[] {
    return this.words.of(this.place).division;
  }
  get nisba(): readonly string[] {
    return this.words.of(this.place).nisba;
  }
}

/** The context words of each place, filtered as build() filters them, worked out once per place when asked. */
class ContextWords {
  private lists: ReturnType<typeof contextLists> | null = null;
  private readonly byPlace = new Map<Place, { division: string[]; divisionAndCountry: string[]; nisba: string[] }>();
  /** excluded: the words of a place that are its own names besides its first ones (the index file's `excluded`). */
  constructor(private readonly excluded: (place: Place) => readonly string[] | undefined) {}

  of(place: Place) {
    let words = this.byPlace.get(place);
    if (!words) {
      const { countryContext, nisbaStems, divisionNames } = (this.lists ??= contextLists());
      const out = ownNames(place);
      for (const word of this.excluded(place) ?? []) out.add(word);
      const own = (word: string) => !out.has(word);
      const division = (place.region ? (divisionNames.get(place.region) ?? []) : []).filter(own);
      words = {
        division,
        divisionAndCountry: [...division, ...(countryContext.get(place.country!) ?? []).filter(own)],
        nisba: (nisbaStems.get(place.country!) ?? []).filter(own),
      };
      this.byPlace.set(place, words);
    }
    return words;
  }
}

/**
 * The build's result from its index file (what build() would give, without its work). A run
 * meets few of the fourteen thousand places: each place and spelling is made when first asked
 * for (a text's word that begins a spelling, worldPlaces()), not up front.
 */
export function worldFromIndexFile(file: WorldIndexFile): World {
  // Generated places by position: the rows that are not a curated place's record, in order.
  const rowOf: number[] = [];
  const duplicates = new Set(file.duplicates);
  for (let i = 0; i < WORLD_ROWS.length; i++) if (!duplicates.has(i)) rowOf.push(i);
  let regions: Set<string> | null = null;
  /**
   * Each generated place's spellings (positions in file.aliases), in order: those of place p are
   * spellings[first[p]] up to spellings[first[p + 1]] (two passes over the records, no list per place).
   */
  let spellingsOf: { first: Int32Array; spellings: Int32Array } | null = null;
  const made: (Place | undefined)[] = [];
  const position = new Map<Place, number>();
  const rowNames = (row: WorldRow) => [...split(row[7]), ...split(row[8])];
  const nameOf = (i: number): string => {
    const [ref, spelling] = file.aliases[i]!;
    const name = typeof spelling === 'number' && typeof ref === 'number' && rowOf[ref] !== undefined ? rowNames(WORLD_ROWS[rowOf[ref]!]!)[spelling] : spelling;
    if (typeof name !== 'string') throw new Error(`world.index.generated.json: no spelling ${spelling} of place ${ref}; run npm run gazetteer:index`);
    return name;
  };
  const placeAt = (at: number): Place | undefined => {
    let place = made[at];
    if (place || rowOf[at] === undefined) return place;
    const [id, kind, country, admin1, population, lon, lat, en, ar] = WORLD_ROWS[rowOf[at]!]!;
    const enNames = split(en);
    const arNames = split(ar);
    place = { id, en: enNames[0]!, ar: arNames[0] ?? '', kind, country, coordinates: [lon, lat], arNames: [], enNames: [], population, generated: true };
    if (!regions) {
      regions = new Set();
      for (const [, kind, country, admin1] of WORLD_ROWS) if (kind === 'region') regions.add(`${country}.${admin1}`);
    }
    if (regions.has(`${country}.${admin1}`)) place.region = `${country}.${admin1}`;
    if (!spellingsOf) {
      const first = new Int32Array(rowOf.length + 1);
      for (const [ref] of file.aliases) if (typeof ref === 'number') first[ref + 1]!++;
      for (let p = 0; p < rowOf.length; p++) first[p + 1]! += first[p]!;
      const spellings = new Int32Array(first[rowOf.length]!);
      const next = first.slice(0, rowOf.length);
      file.aliases.forEach(([ref], i) => {
        if (typeof ref === 'number') spellings[next[ref]!++] = i;
      });
      spellingsOf = { first, spellings };
    }
    // build() keeps each spelling once, in the order the spellings come
    for (let k = spellingsOf.first[at]!; k < spellingsOf.first[at + 1]!; k++) {
      const name = nameOf(spellingsOf.spellings[k]!);
      const list = place[/[A-Za-z]/.test(name) ? 'enNames' : 'arNames'];
      if (!list.includes(name)) list.push(name);
    }
    made[at] = place;
    position.set(place, at);
    return place;
  };
  const placeOf = (ref: number | string): Place => {
    const place = typeof ref === 'number' ? placeAt(ref) : placeById(ref);
    if (!place) throw new Error(`world.index.generated.json: no place ${ref}; run npm run gazetteer:index`);
    return place;
  };
  const excluded = new Map<number | string, string[]>(file.excluded);
  const words = new ContextWords((place) => excluded.get(position.get(place) ?? place.id));
  const aliases: (WorldAlias | undefined)[] = [];
  const aliasAt = (i: number): WorldAlias => {
    let alias = aliases[i];
    if (!alias) {
      const [ref, , gate, flags, holders] = file.aliases[i]!;
      aliases[i] = alias = new IndexedAlias(placeOf(ref), nameOf(i), gate ? GATES[gate] : null, (flags & SHARED) !== 0, holders, (flags & COUNTRY_IS_CONTEXT) !== 0, words);
    }
    return alias;
  };
  const byFirstWord = new Map<string, number[]>();
  file.aliases.forEach((record, i) => {
    const first = record[5];
    if (!byFirstWord.has(first)) byFirstWord.set(first, []);
    byFirstWord.get(first)!.push(i);
  });
  let allPlaces: Place[] | null = null;
  let allAliases: WorldAlias[] | null = null;
  return {
    get places() {
      return (allPlaces ??= rowOf.map((_, at) => placeAt(at)!));
    },
    get aliases() {
      return (allAliases ??= file.aliases.map((_, i) => aliasAt(i)));
    },
    duplicates: file.duplicates.length,
    startingWith: (word) => byFirstWord.get(word)?.map(aliasAt) ?? [],
    named: byEnglishName(() => rowOf.map((row, at) => [split(WORLD_ROWS[row]![7])[0]!, () => placeAt(at)!])),
  };
}

let BUILT: World | null = null;
function built(): World {
  BUILT ??= WORLD_INDEX.fingerprint === fingerprint() ? worldFromIndexFile(WORLD_INDEX) : build();
  return BUILT;
}

/** What build() gives, worked out again (the index file's oracle in the tests). */
export function buildWorld(): World {
  return build();
}

/** The generated places (those the hand lists do not already hold), biggest first. */
export function worldPlaces(): readonly Place[] {
  return built().places;
}

/** The first generated place (in the order of worldPlaces()) whose English name is `en`: made alone, without the others. */
export function worldPlaceNamed(en: string): Place | undefined {
  return built().named(en);
}

/** Every generated spelling with what it needs to be read as its place. */
export function worldAliases(): readonly WorldAlias[] {
  return built().aliases;
}

/** The generated spellings whose first word (normalized) is `word`, in the order of worldAliases(). */
export function worldAliasesStartingWith(word: string): readonly WorldAlias[] {
  return built().startingWith(word);
}

/** How many generated rows were left out as records of a curated place. */
export function worldDuplicates(): number {
  return built().duplicates;
}
