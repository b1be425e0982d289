/**
 * Which script a text is written in, by its letters: what the build step reads each paragraph
 * with (Arabic or English parser) and what the view quotes it in (its `dir` and `lang`), one
 * rule for both.
 */
export type Language = 'ar' | 'en';

/** The script of a UTF-16 code: Arabic letters (and their marks), Latin letters, or neither (figures, spaces, punctuation). */
export const NEITHER = 0;
export const ARABIC = 1;
export const LATIN = 2;
export function scriptOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return LATIN;
  if ((code >= 0x621 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || (code >= 0x6fa && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0x8a0 && code <= 0x8ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return ARABIC;
  return NEITHER;
}
export const SCRIPT: Record<Language, number> = { ar: ARABIC, en: LATIN };

/** How many Arabic and Latin letters the first `end` code units of a text hold (by scriptOf). */
export function letterCounts(text: string, end = text.length): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0, stop = Math.min(end, text.length); i < stop; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script === ARABIC) arabic++;
    else if (script === LATIN) latin++;
  }
  return { arabic, latin };
}

/** The language of a text by its letters: Arabic when they outnumber Latin ones; `fallback` on a tie (a line of figures). */
export function scriptLanguage(text: string, fallback: Language): Language {
  const { arabic, latin } = letterCounts(text);
  return arabic > latin ? 'ar' : latin > arabic ? 'en' : fallback;
}

