/**
 * Borders as places: a happening on the border between two countries happened there, not in
 * either capital. The gazetteer has no record per border; one is made from the two countries
 * (their names, nisbas and reference points), so it needs no list and always names the same
 * border the same way:
 *
 *   الحدود السودانية التشادية، الحدود بين تشاد والسودان، معبر أدري الحدودي مع تشاد (in Sudan)
 *   the Ethiopia-Eritrea border, the border between Chad and Sudan, the Eritrean border (in Ethiopia)
 *       → "Chad–Sudan border" / "الحدود التشادية السودانية" (English names in alphabetical order)
 *
 * A border named from one side only (`الحدود مع تشاد`، "the Eritrean border") needs the other
 * country from the article: the caller gives it (the dateline's country, or the country of a
 * place named nearby).
 */
import { norm } from './matcher.ts';
import { COUNTRY_BY_ISO, PLACES, feminineDefinite } from './places.ts';
import type { Place } from './types.ts';

/** The border between two countries, one Place per pair (cached: the same object every time). */
const BORDERS = new Map<string, Place>();

const BORDER_NAME = /^(.+)–(.+) border$/;

export function borderPlace(a: Place, b: Place): Place | null {
  if (a.kind !== 'country' || b.kind !== 'country' || a.country === b.country) return null;
  const [first, second] = [a, b].sort((x, y) => x.en.localeCompare(y.en));
  const id = `${first!.id}-${second!.id}-border`;
  let border = BORDERS.get(id);
  if (!border) {
    const adjectives = [first!, second!].map((country) => country.nisba?.[0] && feminineDefinite(country.nisba[0])[0]);
    const ar = adjectives.every(Boolean) ? `الحدود ${adjectives.join(' ')}` : `الحدود بين ${first!.ar} و${second!.ar}`;
    border = {
      id,
      en: `${first!.en}–${second!.en} border`,
      ar,
      kind: 'border',
      country: null,
      // Not a point on the border: halfway between the two countries' reference points, for
      // nothing but ordering; events on a border carry no coordinates.
      coordinates: [(first!.coordinates[0] + second!.coordinates[0]) / 2, (first!.coordinates[1] + second!.coordinates[1]) / 2],
      arNames: [ar],
      enNames: [],
      borders: [first!.country!, second!.country!],
    };
    BORDERS.set(id, border);
  }
  return border;
}

const COUNTRY_BY_EN = new Map(PLACES.filter((place) => place.kind === 'country').map((place) => [place.en, place]));

/** The border a name such as "Chad–Sudan border" stands for (the glossary names it from this). */
export function borderByName(name: string): Place | null {
  const match = BORDER_NAME.exec(name);
  const a = match && COUNTRY_BY_EN.get(match[1]!);
  const b = match && COUNTRY_BY_EN.get(match[2]!);
  return a && b ? borderPlace(a, b) : null;
}

/** Normalized adjective forms (السودانية، سودانية، Sudanese, Sudan) → country. */
function adjectiveIndex(): Map<string, Place> {
  const index = new Map<string, Place>();
  for (const place of PLACES) {
    if (place.kind !== 'country') continue;
    for (const stem of place.nisba ?? []) {
      const base = stem.replace(/\+/g, ' ');
      for (const form of [base + 'ة', 'ال' + base + 'ة', base, 'ال' + base]) index.set(norm(form), place);
    }
    for (const name of [...(place.demonyms ?? []), ...place.enNames]) if (!/^[A-Z.]{2,4}$/.test(name)) index.set(norm(name), place);
  }
  return index;
}
let ADJECTIVES: Map<string, Place> | null = null;

/** A country named by a nisba or demonym ("السودانية", "Eritrean"), or by an English name. */
export function countryFromWord(word: string): Place | undefined {
  ADJECTIVES ??= adjectiveIndex();
  return ADJECTIVES.get(norm(word));
}

export interface BorderMention {
  /** Offsets into the text given. */
  start: number;
  end: number;
  text: string;
  /** One country (the other side is the reader's) or two. */
  countries: Place[];
}

// Matched on the normalized text (ة→ه, أ→ا). An adjective pair, a "between X and Y", or one side.
const ARABIC_BORDER =
  /(?<![\p{L}])(?:[وفب]|وب|فب|ول|لل)?(?:ال)?حدود(?:ها|ه)?(?:\s+(?:البريه|البحريه|الدوليه))?(?:\s+(?:بين\s+(\S+(?:\s+\S+)?)\s+و(\S+(?:\s+\S+)?)|مع\s+(\S+(?:\s+\S+)?)|(ال\S+يه)(?:\s+(ال\S+يه))?))|(?<![\p{L}])[وفب]?(?:ال)?حدودي(?:ه)?\s+مع\s+(\S+(?:\s+\S+)?)/gu;
const ENGLISH_BORDER =
  /\b(?:([A-Z][a-z]+)[-–]([A-Z][a-z]+)\s+border|border\s+between\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|([A-Z][a-z]+)(?:'s)?\s+border(?:\s+with\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?|border\s+with\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))/g;

/** Words after جمهورية/دولة ("مع جمهورية تشاد") and the article dropped before a country's name. */
function countryIn(phrase: string | undefined): Place | undefined {
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/).map((word) => word.replace(/[،,.:;)(]+$/u, ''));
  for (let i = 0; i < words.length; i++) {
    const two = words.slice(i, i + 2).join(' ');
    const found = countryFromWord(two) ?? countryFromWord(words[i]!) ?? COUNTRY_BY_NAME().get(norm(two)) ?? COUNTRY_BY_NAME().get(norm(words[i]!));
    if (found) return found;
  }
  return undefined;
}

let BY_NAME: Map<string, Place> | null = null;
function COUNTRY_BY_NAME(): Map<string, Place> {
  if (!BY_NAME) {
    BY_NAME = new Map();
    for (const place of PLACES) if (place.kind === 'country') for (const name of [...place.arNames, ...place.enNames]) BY_NAME.set(norm(name), place);
  }
  return BY_NAME;
}

/**
 * Every border named in `normalized` (a text normalized by normalizeArabic; offsets are into
 * it). `language` chooses the patterns.
 */
export function findBorders(normalized: string, language: 'ar' | 'en'): BorderMention[] {
  const out: BorderMention[] = [];
  const pattern = language === 'ar' ? ARABIC_BORDER : ENGLISH_BORDER;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
    const named = match.slice(1).filter(Boolean).map(countryIn).filter((country): country is Place => Boolean(country));
    const countries = [...new Set(named)];
    if (countries.length === 0) continue;
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0], countries: countries.slice(0, 2) });
  }
  return out;
}

export { COUNTRY_BY_ISO };
