/**
 * findPlaces: every place named in a text, with offsets into the original text.
 *
 * One trie over every spelling of every place (places.ts, and the generated world.ts), one
 * linear scan of the text (matcher.ts). Ambiguous names are admitted only in context
 * (ambiguity.ts; for generated places, rules.ts worldAliasHolds).
 */
import { AMBIGUOUS, NOT_PLACES, type Rule } from './ambiguity.ts';
import { PhraseIndex, scan, norm, type MatchContext, type RawMatch, type ScannedText } from './matcher.ts';
import { ruleHolds, worldAliasHolds } from './rules.ts';
import { PLACES, placeById } from './places.ts';
import { worldAliasesStartingWith, type WorldAlias } from './world.ts';
import type { Place, PlaceMatch } from './types.ts';

interface PlaceEntry {
  /** null: a name that contains a place but is not one (Washington Post). */
  place: Place | null;
  rule: Rule | null;
  /** Latin alias written all in capitals (US, UAE): the text must write it so too. */
  capitals: string | null;
  latin: boolean;
  /** A generated place's spelling, with what it needs to count. */
  world: WorldAlias | null;
}

interface Resolved {
  place: Place;
  why: string;
}

function buildIndex(): PhraseIndex<PlaceEntry> {
  const index = new PhraseIndex<PlaceEntry>();
  const ruled = new Map<string, { placeId: string; rule: Rule }[]>();
  for (const [alias, placeId, rule] of AMBIGUOUS) {
    const key = norm(alias);
    if (!ruled.has(key)) ruled.set(key, []);
    ruled.get(key)!.push({ placeId, rule });
  }
  const entry = (place: Place | null, alias: string, rule: Rule | null, world: WorldAlias | null = null): PlaceEntry => {
    const latin = /[A-Za-z]/.test(alias);
    const letters = alias.replace(/[^A-Za-z]/g, '');
    const capitals = latin && letters.length <= 5 && letters === letters.toUpperCase() ? letters : null;
    return { place, rule, capitals, latin, world };
  };
  // The generated spellings (tens of thousands) are made only for the words a text has.
  const worldLexicon = (shared: boolean) => (word: string) =>
    worldAliasesStartingWith(word)
      .filter((alias) => alias.shared === shared)
      .map((alias) => [alias.name, entry(alias.place, alias.name, null, alias)] as const);
  // Generated spellings that another place holds by default go first: they count only with
  // their own context, and the holder takes the name when that is missing.
  index.addLexicon(worldLexicon(true));
  // Ruled spellings first, in the order of the ambiguity list (the first rule that holds wins).
  for (const [key, rows] of ruled) {
    for (const { placeId, rule } of rows) {
      const place = placeById(placeId);
      if (!place) throw new Error(`ambiguity list: unknown place id ${placeId}`);
      index.add(key, entry(place, key, rule));
    }
  }
  for (const name of NOT_PLACES) index.add(name, entry(null, name, null));
  for (const place of PLACES) {
    for (const alias of [...place.arNames, ...place.enNames]) {
      const key = norm(alias);
      if (!key || ruled.has(key)) continue;
      index.add(alias, entry(place, alias, null));
    }
  }
  index.addLexicon(worldLexicon(false));
  return index;
}

let INDEX: PhraseIndex<PlaceEntry> | null = null;
function placeIndex(): PhraseIndex<PlaceEntry> {
  INDEX ??= buildIndex();
  return INDEX;
}

function resolve(ctx: MatchContext<PlaceEntry>): Resolved | false | null {
  const { value, scanned, first, last } = ctx;
  if (value.latin) {
    const token = scanned.tokens[first]!;
    const start = scanned.toOriginal(token.start, token.end).start;
    const head = scanned.original[start] ?? '';
    // English names are proper nouns: "turkey", "china", "chad" are not places.
    if (head === head.toLowerCase()) return null;
    if (value.capitals) {
      const span = scanned.toOriginal(token.start, scanned.tokens[last]!.end);
      if (scanned.original.slice(span.start, span.end).replace(/[^A-Za-z]/g, '') !== value.capitals) return null;
    }
  }
  if (value.rule && !ruleHolds(value.rule, ctx.scanned, ctx.first, ctx.last, ctx.reading)) return null;
  if (value.world) {
    const verdict = worldAliasHolds(value.world, ctx.scanned, ctx.first, ctx.last, ctx.reading);
    return verdict ? { place: value.world.place, why: verdict.why } : null;
  }
  // A blocking name consumes its words and reports nothing.
  return value.place ? { place: value.place, why: '' } : false;
}

// The places of a scanned text, found once for whoever asks (a clause's places, its actors' context).
function placeMatches(scanned: ScannedText): RawMatch<Resolved | false>[] {
  return (scanned.places ??= placeIndex().findAll<Resolved | false>(scanned, resolve)) as RawMatch<Resolved | false>[];
}

/** Every place named in `text` (or a text already scanned), left to right, longest spelling first, not overlapping. */
export function findPlaces(text: string | ScannedText): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const match of placeMatches(typeof text === 'string' ? scan(text) : text)) {
    if (!match.value) continue;
    const found: PlaceMatch = { place: match.value.place, start: match.start, end: match.end, text: match.text };
    if (match.value.why) found.why = match.value.why;
    out.push(found);
  }
  return out;
}

/**
 * The raw matches on an already scanned text (token indexes included), as found (the same
 * array each time: not to be changed); a blocking name's value is false.
 */
export function findPlacesScanned(scanned: ScannedText): readonly RawMatch<{ place: Place } | false>[] {
  return placeMatches(scanned);
}
