/**
 * Where an article was filed: the place of its dateline. A happening the article reports as
 * local (a ministry speaking at home, "here", `في العاصمة`) happened there.
 *
 *   القاهرة - (أ ف ب): …             الكويت - 12 - 2 (كونا) -- …       مسقط في 27 أبريل /العُمانية/ …
 *   رام الله 22-1-2025 وفا- …          بغداد - الصباح  (a line)          RIYADH, Dec 3 (Reuters) - …
 *   KYIV, Ukraine (AP) — …            ISTANBUL  (a line)               الصخيرات (المغرب) 17 ديسمبر 2015 (وال) -
 *
 * `datelineOf` is the one accessor the place rules read. What it finds today: a place opening
 * one of the first paragraphs followed by what a dateline carries (a date, an agency, a dash),
 * or a short line of a place and an agency. A richer detection of datelines (any layout, the
 * publication line) replaces `findDateline` alone, or hands its result over through
 * `datelineFrom` (the article's dateline as the events document records it: paragraph, place,
 * place as written); the rules stay as they are.
 */
import type { Paragraph } from './article.ts';
import { findPlaces, placeById, PLACES, worldPlaces, type Place } from './gazetteer/index.ts';

export interface Dateline {
  /** The paragraph that holds it. */
  paragraph: number;
  /** The place as the article wrote it, with its offsets in that paragraph. */
  text: string;
  start: number;
  end: number;
  place: Place;
}

/** How many paragraphs after the headline may hold the dateline. */
const DATELINE_PARAGRAPHS = 3;
/** A line this short (in words) that opens with a place is a dateline line ("بغداد - الصباح", "ISTANBUL"). */
const DATELINE_LINE_WORDS = 5;
/** What may stand between the place and the dash or agency: a date, a country in brackets (in words). */
const DATELINE_TAIL_WORDS = 8;
/** The dash, `--`, `/agency/`, `(agency) -` or `:` that ends a dateline. */
const DATELINE_END = /\s[-–—]{1,2}(?:\s|$)|[-–—]{1,2}\s|\/[^/\n]{1,25}\/|\)\s*[-–—:]|:\s/u;
const OPENING = /^[\s"“«(]*$/u;
const BRACKETED_COUNTRY = /^(\S+(?:\s\S+)?)\s*\(([^)]{2,30})\)/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A country that shares its capital's name (الكويت، تونس، الجزائر، جيبوتي، Singapore) is the
 * capital in a dateline: an agency files from a city.
 */
function asCity(place: Place): Place {
  if (place.kind !== 'country' || !place.capital) return place;
  const capital = placeById(place.capital);
  return capital && (capital.ar === place.ar || capital.en === place.en) ? capital : place;
}

function datelineIn(paragraph: Paragraph): Dateline | null {
  const text = paragraph.text;
  const head = text.slice(0, 160);
  const first = findPlaces(head)[0];
  if (first && OPENING.test(text.slice(0, first.start)) && first.place.kind !== 'sea') {
    const rest = text.slice(first.end);
    const end = DATELINE_END.exec(rest.slice(0, 90));
    const line = words(text) <= DATELINE_LINE_WORDS && /^\s*(?:[-–—:،,(/]|$)/u.test(rest);
    if (line || (end && words(rest.slice(0, end.index)) <= DATELINE_TAIL_WORDS)) {
      return { paragraph: paragraph.index, text: first.text, start: first.start, end: first.end, place: asCity(first.place) };
    }
  }
  // A town the gazetteer does not know, with its country in brackets: "الصخيرات (المغرب) 17 ديسمبر".
  const bracketed = BRACKETED_COUNTRY.exec(head);
  if (bracketed) {
    const inside = head.indexOf('(') + 1;
    const country = findPlaces(bracketed[2]!).find((match) => match.place.kind === 'country');
    const rest = head.slice(bracketed[0].length);
    const end = DATELINE_END.exec(rest.slice(0, 90));
    if (country && end && words(rest.slice(0, end.index)) <= DATELINE_TAIL_WORDS) {
      return { paragraph: paragraph.index, text: country.text, start: inside + country.start, end: inside + country.end, place: country.place };
    }
  }
  return null;
}

/** Today's detection: the first of the opening paragraphs that starts with a dateline. */
export function findDateline(paragraphs: readonly Paragraph[]): Dateline | null {
  for (const paragraph of paragraphs.slice(1, 1 + DATELINE_PARAGRAPHS)) {
    if (paragraph.boilerplate) continue;
    const dateline = datelineIn(paragraph);
    if (dateline) return dateline;
  }
  return null;
}

const DATELINES = new WeakMap<readonly Paragraph[], Dateline | null>();

/** The article's dateline, read once per article. */
export function datelineOf(paragraphs: readonly Paragraph[]): Dateline | null {
  let dateline = DATELINES.get(paragraphs);
  if (dateline === undefined) DATELINES.set(paragraphs, (dateline = findDateline(paragraphs)));
  return dateline;
}

let BY_ENGLISH_NAME: Map<string, Place> | null = null;
function placeNamed(en: string): Place | undefined {
  if (!BY_ENGLISH_NAME) {
    BY_ENGLISH_NAME = new Map();
    for (const place of [...PLACES, ...worldPlaces()]) if (!BY_ENGLISH_NAME.has(place.en)) BY_ENGLISH_NAME.set(place.en, place);
  }
  return BY_ENGLISH_NAME.get(en);
}

/**
 * A dateline found elsewhere (the article's `dateline`: its paragraph, its place's English name
 * and the place as written) as the place rules read it; null when it names no place the
 * gazetteer knows or stands outside the article's text.
 */
export function datelineFrom(
  found: { paragraph: number | null; place: string | null; placeLocal: string | null } | null | undefined,
  paragraphs: readonly Paragraph[],
): Dateline | null {
  if (!found || found.paragraph === null || !found.place) return null;
  const place = placeNamed(found.place);
  const paragraph = paragraphs[found.paragraph];
  if (!place || !paragraph) return null;
  const text = found.placeLocal ?? place.en;
  const start = Math.max(0, paragraph.text.indexOf(text));
  return { paragraph: paragraph.index, text, start, end: start + text.length, place: asCity(place) };
}
