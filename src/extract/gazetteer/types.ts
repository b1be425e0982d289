/** Types shared by the gazetteer modules (places, actors, event types). */

export type PlaceKind = 'capital' | 'city' | 'country' | 'sea' | 'region' | 'border';

export interface Place {
  /** Stable id: ISO 3166 alpha-2 in lower case for countries ("sa"), a slug otherwise ("riyadh"). */
  id: string;
  /** English name, as the events document reports it ("Riyadh", "Black Sea"). */
  en: string;
  /** Arabic display name (the first Arabic spelling). */
  ar: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country it lies in; null for seas and places across borders. */
  country: string | null;
  /** [longitude, latitude], approximate (2 decimals). */
  coordinates: [number, number];
  /** Every Arabic spelling matched (display name included). */
  arNames: string[];
  /** Every English spelling matched. */
  enNames: string[];
  /** Countries: masculine nisba stems (سعودي، أميركي) from which all adjective forms are generated. */
  nisba?: string[];
  /** Countries: English demonyms ("Saudi", "American"). */
  demonyms?: string[];
  /** Countries: id of the capital. Capitals: id of the country. */
  capital?: string;
  /** Generated places (world.ts): people living there (GeoNames; for a division, its cities added up). */
  population?: number;
  /** Generated places: their first-level division (a division: itself), "COUNTRY.CODE" (GeoNames admin1 code). */
  region?: string;
  /** From the generated gazetteer (world.generated.ts), not the hand lists. `ar` is '' when no source has an Arabic name. */
  generated?: true;
  /** Borders (borders.ts): the two countries, ISO alpha-2. */
  borders?: [string, string];
}

export interface PlaceMatch {
  place: Place;
  /** UTF-16 offsets into the ORIGINAL text; proclitics (و، ب، ل...) are left outside. */
  start: number;
  end: number;
  /** original.slice(start, end) */
  text: string;
  /** Why this place rather than another of the same name, or why a name that is also a word counts here (generated places). */
  why?: string;
}

export type ActorKind = 'country' | 'organization' | 'person';

export interface Actor {
  id: string;
  en: string;
  ar: string;
  kind: ActorKind;
  /** ISO alpha-2 of the country the actor is or represents. */
  country?: string;
  /** Persons: their office, in English ("Foreign Minister"); roles.ts names it in Arabic. */
  role?: string;
}

export interface ActorMatch {
  actor: Actor;
  start: number;
  end: number;
  text: string;
}
