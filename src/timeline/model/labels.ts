/** The short label and the accessible name of an event mark. */
import { placeName, type Names, type TimelineEvent } from '../../events/index.ts';
import { formatEventDate, type FormatOptions } from './format.ts';

/**
 * Visible label: "الرياض، ١٨ شباط ٢٠٢٥" in Arabic, "Riyadh · 18 February 2025" in English
 * (the date alone when there is no place). Arabic uses its comma, not a middle dot: next to
 * Arabic-Indic digits "·" reads as the digit zero "٠".
 */
export function eventLabel(event: TimelineEvent, options: FormatOptions, names?: Names | null): string {
  const place = placeName(event, options.lang, names);
  const date = formatEventDate(event.date, options);
  if (!place) return date;
  return options.lang === 'ar' ? `${place}، ${date}` : `${place} · ${date}`;
}

/** Title in the reader's language when the document has one. */
export function eventTitle(event: TimelineEvent, options: Pick<FormatOptions, 'lang'>): string {
  return options.lang === 'en' && event.titleEn ? event.titleEn : event.title;
}

/**
 * Accessible name: "الرياض، 18 شباط 2025: <title>". Digits are Latin in the name so every
 * screen reader voices them as numbers.
 */
export function eventAccessibleName(event: TimelineEvent, options: FormatOptions, names?: Names | null): string {
  const latin = { ...options, numbering: 'latn' as const };
  const place = placeName(event, options.lang, names);
  const date = formatEventDate(event.date, latin);
  const comma = options.lang === 'ar' ? '،' : ',';
  return `${place ? `${place}${comma} ` : ''}${date}: ${eventTitle(event, options)}`;
}
