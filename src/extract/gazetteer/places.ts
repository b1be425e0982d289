/**
 * The places gazetteer: countries and capitals (countries.ts), cities, seas and regions
 * (cities.ts), compiled into Place records with every spelling they are matched by.
 *
 * Generated here rather than hand-listed:
 * - all nisba adjective forms of a country from its stem (سعودي → سعودية، السعودي، السعوديين...);
 * - descriptive names of capitals from the country → capital relation: "العاصمة السعودية",
 *   "العاصمة السعودية الرياض", "الرياض العاصمة", "the Saudi capital";
 * - "دولة X" / "جمهورية X" for countries.
 */
import { COUNTRIES } from './countries.ts';
import { CITIES } from './cities.ts';
import type { Place } from './types.ts';

export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const split = (list: string): string[] => (list ? list.split('|').map((s) => s.trim()).filter(Boolean) : []);

/**
 * Every form of a nisba adjective. "سعودي" → سعودي سعودية سعوديا سعوديان سعوديين سعوديون
 * سعوديتان سعوديتين سعوديات and the same with ال. In "كوري+شمالي" every word inflects and
 * takes the article (الكورية الشمالية); in "جنوب أفريقي" only the last inflects and the
 * article goes on the first (الجنوب أفريقية).
 */
export function nisbaForms(stem: string): string[] {
  const suffixes = ['', 'ة', 'اً', 'ا', 'ان', 'ين', 'ون', 'تان', 'تين', 'ات'];
  const out: string[] = [];
  const agree = stem.includes('+');
  const words = agree ? stem.split('+') : stem.split(' ');
  for (const suffix of suffixes) {
    for (const definite of [false, true]) {
      const inflected = words.map((word, i) => {
        const inflects = agree || i === words.length - 1;
        const w = inflects ? word + suffix : word;
        const takesArticle = definite && (agree || i === 0);
        return takesArticle ? 'ال' + w : w;
      });
      out.push(inflected.join(' '));
    }
  }
  return out;
}

/** Feminine definite forms: the ones that qualify العاصمة (العاصمة السعودية). */
export function feminineDefinite(stem: string): string[] {
  const agree = stem.includes('+');
  const words = agree ? stem.split('+') : stem.split(' ');
  return [
    words
      .map((word, i) => {
        const inflects = agree || i === words.length - 1;
        const w = inflects ? word + 'ة' : word;
        return agree || i === 0 ? 'ال' + w : w;
      })
      .join(' '),
  ];
}

function buildPlaces(): Place[] {
  const places: Place[] = [];
  for (const row of COUNTRIES) {
    const [iso, en, ar, nisba, demonyms, lon, lat, capEn, capAr, capLon, capLat] = row;
    const enNames = split(en);
    const arNames = split(ar);
    const stems = split(nisba);
    const country: Place = {
      id: iso.toLowerCase(),
      en: enNames[0]!,
      ar: arNames[0]!,
      kind: 'country',
      country: iso,
      coordinates: [lon, lat],
      arNames: [...arNames],
      enNames: [...enNames],
      nisba: stems,
      demonyms: split(demonyms),
    };
    // "دولة قطر", "جمهورية مصر": the state named in full.
    for (const name of arNames) {
      if (name.split(' ').length === 1) country.arNames.push(`دولة ${name}`, `جمهورية ${name}`);
    }
    places.push(country);
    if (!capEn) continue;
    const capEnNames = split(capEn);
    const capArNames = split(capAr);
    const capital: Place = {
      id: slug(capEnNames[0]!),
      en: capEnNames[0]!,
      ar: capArNames[0]!,
      kind: 'capital',
      country: iso,
      coordinates: [capLon, capLat],
      arNames: [],
      enNames: [],
      capital: country.id,
    };
    country.capital = capital.id;
    // A capital that shares its country's name (الكويت، تونس، Singapore) is the country when
    // bare, the capital only when the text says so.
    const countryAr = new Set(arNames);
    const countryEn = new Set(enNames.map((n) => n.toLowerCase()));
    for (const name of capArNames) {
      if (!countryAr.has(name)) capital.arNames.push(name);
      capital.arNames.push(`العاصمة ${name}`, `مدينة ${name}`);
    }
    for (const name of capEnNames) if (!countryEn.has(name.toLowerCase())) capital.enNames.push(name);
    // Descriptive names from the relation: العاصمة السعودية [الرياض], the Saudi capital [Riyadh].
    for (const stem of stems) {
      for (const adjective of feminineDefinite(stem)) {
        capital.arNames.push(`العاصمة ${adjective}`);
        for (const name of capArNames) capital.arNames.push(`العاصمة ${adjective} ${name}`, `${name} العاصمة`);
      }
    }
    for (const demonym of split(demonyms)) {
      capital.enNames.push(`${demonym} capital`);
      for (const name of capEnNames) capital.enNames.push(`${demonym} capital ${name}`);
    }
    for (const name of enNames) {
      if (/^[A-Z.]+$/.test(name)) continue; // "US capital" comes from the demonym list
      capital.enNames.push(`${name}'s capital`, `capital of ${name}`);
    }
    places.push(capital);
  }
  for (const [en, ar, kind, country, lon, lat] of CITIES) {
    const enNames = split(en);
    const arNames = split(ar);
    places.push({
      id: slug(enNames[0]!),
      en: enNames[0]!.replace(/ \((.*)\)$/, ''),
      ar: arNames[0]!,
      kind,
      country: country || null,
      coordinates: [lon, lat],
      arNames,
      enNames: enNames.filter((name) => !/\(/.test(name)),
    });
  }
  for (const place of places) {
    place.arNames = [...new Set(place.arNames)];
    place.enNames = [...new Set(place.enNames)];
  }
  return places;
}

/** Every place, countries first. */
export const PLACES: readonly Place[] = buildPlaces();

const BY_ID = new Map(PLACES.map((place) => [place.id, place]));

export function placeById(id: string): Place | undefined {
  return BY_ID.get(id);
}

/** Countries by ISO alpha-2 (upper case). */
export const COUNTRY_BY_ISO: ReadonlyMap<string, Place> = new Map(
  PLACES.filter((place) => place.kind === 'country').map((place) => [place.country!, place]),
);
