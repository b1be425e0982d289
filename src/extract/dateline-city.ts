/**
 * Where an article was filed, as the place rules read it: the place of the dateline dateline.ts
 * found (the events document's `dateline`: its paragraph, its place's English name and the place
 * as written). A happening the article reports as local (a ministry speaking at home, "here",
 * `في العاصمة`) happened there.
 */
import type { Paragraph } from './article.ts';
import { PLACES, worldPlaceNamed, type Place } from './gazetteer/index.ts';

export interface Dateline {
  /** The paragraph that holds it. */
  paragraph: number;
  /** The place as the article wrote it, with its offsets in that paragraph. */
  text: string;
  start: number;
  end: number;
  place: Place;
}

let BY_ENGLISH_NAME: Map<string, Place> | null = null;
/** The hand lists' place of that English name, else the first generated one. */
function placeNamed(en: string): Place | undefined {
  if (!BY_ENGLISH_NAME) {
    BY_ENGLISH_NAME = new Map();
    for (const place of PLACES) if (!BY_ENGLISH_NAME.has(place.en)) BY_ENGLISH_NAME.set(place.en, place);
  }
  return BY_ENGLISH_NAME.get(en) ?? worldPlaceNamed(en);
}

/**
 * The article's dateline (its paragraph, its place's English name and the place as written) as
 * the place rules read it; null when it names no place the gazetteer knows or stands outside the
 * article's text.
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
  return { paragraph: paragraph.index, text, start, end: start + text.length, place };
}
