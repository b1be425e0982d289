/**
 * Seats of power: the buildings and addresses news names a government by (metonymy: `قال
 * الكرملين`، "the White House said"), and which are also places (`في قصر الاتحادية` is in Cairo,
 * "at the Kremlin" in Moscow). One table for both readings: actors.ts makes each name its
 * country's actor; ambiguity.ts makes it its city only after the words that put something in a
 * building (`في`، `داخل`، "at the"), since `قال الكرملين` says who, not where.
 */
export interface Seat {
  /** The country whose government it stands for (ISO 3166-1 alpha-2). */
  country: string;
  /** The place id of the city it stands in; null when it is no place to date a happening in (a ministry, a parliament spread over a city). */
  city: string | null;
  /** Its spellings. */
  ar: readonly string[];
  en: readonly string[];
  /** The words before it that make it a place (normalized); the defaults below otherwise. */
  arBefore?: readonly string[];
  enBefore?: readonly string[];
}

/** In a building, into it, out of it: `في قصر بعبدا`، `وصل إلى قصر قرطاج`، `من قصر الاتحادية`. */
const AR_BEFORE = ['في', 'داخل', 'الي', 'من'];
const EN_BEFORE = ['at', 'in', 'inside', 'to', 'at the', 'in the', 'inside the', 'to the'];

export const SEATS: readonly Seat[] = [
  { country: 'US', city: 'washington', ar: ['البيت الأبيض', 'المكتب البيضاوي'], en: ['White House', 'Oval Office'], arBefore: ['في', 'داخل', 'من'], enBefore: ['at the', 'in the', 'inside the', 'from the'] },
  { country: 'US', city: null, ar: ['البنتاغون', 'البنتاجون', 'الكونغرس', 'الكونجرس', 'الكونغرس الأميركي', 'وزارة الخارجية الأمريكية'], en: ['Pentagon', 'State Department', 'US Congress', 'U.S. Congress', 'Capitol Hill'] },
  { country: 'RU', city: 'moscow', ar: ['الكرملين', 'الكريملن'], en: ['Kremlin'], arBefore: ['في', 'داخل'] },
  { country: 'FR', city: 'paris', ar: ['الإليزيه', 'قصر الإليزيه', 'الاليزيه'], en: ['Élysée', 'Elysee', 'Elysee Palace', 'Élysée Palace'], arBefore: ['في', 'داخل'], enBefore: ['at the', 'in the'] },
  { country: 'GB', city: 'london', ar: ['داونينغ ستريت', 'داوننغ ستريت'], en: ['Downing Street'], arBefore: ['في', 'داخل', 'امام'], enBefore: ['at', 'in', 'outside', 'at 10', 'in 10', 'outside 10'] },
  { country: 'IL', city: null, ar: ['الكنيست'], en: ['Knesset'] },
  { country: 'CN', city: null, ar: [], en: ['Zhongnanhai'] },
  // The Arab capitals' palaces and seats of government: قصر بعبدا (Baabda, by Beirut), the Grand
  // Serail and Ain el-Tineh (Beirut), قصر الاتحادية (Cairo), قصر اليمامة (Riyadh), قصر قرطاج
  // (Carthage, by Tunis), قصر المرادية (Algiers), قصر بيان (Kuwait), قصر الحسينية (Amman).
  { country: 'LB', city: 'beirut', ar: ['قصر بعبدا', 'السراي الحكومي', 'السرايا الحكومية', 'عين التينة'], en: ['Baabda Palace', 'Grand Serail'] },
  { country: 'EG', city: 'cairo', ar: ['قصر الاتحادية'], en: ['Ittihadiya Palace'] },
  { country: 'SA', city: 'riyadh', ar: ['قصر اليمامة'], en: ['Al-Yamamah Palace'] },
  { country: 'TN', city: 'tunis', ar: ['قصر قرطاج'], en: ['Carthage Palace'] },
  { country: 'DZ', city: 'algiers', ar: ['قصر المرادية'], en: ['El Mouradia'] },
  { country: 'KW', city: 'kuwait-city', ar: ['قصر بيان'], en: ['Bayan Palace'] },
  { country: 'JO', city: 'amman', ar: ['قصر الحسينية'], en: ['Husseiniya Palace'] },
];

/** Each spelling of a seat in a city with the words before it that make it a place there. */
export function seatPlaces(): { name: string; city: string; before: readonly string[] }[] {
  return SEATS.flatMap((seat) =>
    seat.city === null
      ? []
      : [
          ...seat.ar.map((name) => ({ name, city: seat.city!, before: seat.arBefore ?? AR_BEFORE })),
          ...seat.en.map((name) => ({ name, city: seat.city!, before: seat.enBefore ?? EN_BEFORE })),
        ],
  );
}
