/**
 * Arabic names for places the extractor reports in English. The document's own `placeLocal`
 * wins; this map covers the common diplomatic venues; anything else stays in English.
 */
import type { TimelineEvent } from '../events/index.ts';
import type { Lang } from './format.ts';

export const ARABIC_PLACE_NAMES: Readonly<Record<string, string>> = {
  Riyadh: 'الرياض',
  Istanbul: 'اسطنبول',
  Ankara: 'أنقرة',
  Washington: 'واشنطن',
  'Washington, D.C.': 'واشنطن',
  Moscow: 'موسكو',
  Kyiv: 'كييف',
  Kiev: 'كييف',
  Ukraine: 'أوكرانيا',
  Russia: 'روسيا',
  'United States': 'الولايات المتحدة',
  'Black Sea': 'البحر الأسود',
  Damascus: 'دمشق',
  Beirut: 'بيروت',
  Amman: 'عمّان',
  Baghdad: 'بغداد',
  Cairo: 'القاهرة',
  Doha: 'الدوحة',
  'Abu Dhabi': 'أبوظبي',
  Dubai: 'دبي',
  Jeddah: 'جدة',
  Muscat: 'مسقط',
  Manama: 'المنامة',
  'Kuwait City': 'الكويت',
  Kuwait: 'الكويت',
  Tehran: 'طهران',
  Jerusalem: 'القدس',
  Gaza: 'غزة',
  Ramallah: 'رام الله',
  Tunis: 'تونس',
  Algiers: 'الجزائر',
  Rabat: 'الرباط',
  Tripoli: 'طرابلس',
  Khartoum: 'الخرطوم',
  "Sana'a": 'صنعاء',
  Sanaa: 'صنعاء',
  Aleppo: 'حلب',
  Latakia: 'اللاذقية',
  Geneva: 'جنيف',
  Vienna: 'فيينا',
  Paris: 'باريس',
  London: 'لندن',
  Berlin: 'برلين',
  Brussels: 'بروكسل',
  Rome: 'روما',
  Beijing: 'بكين',
  'New York': 'نيويورك',
  Astana: 'أستانا',
  Sochi: 'سوتشي',
  Minsk: 'مينسك',
  Munich: 'ميونخ',
  'Saudi Arabia': 'السعودية',
  Turkey: 'تركيا',
  Türkiye: 'تركيا',
  Egypt: 'مصر',
  Qatar: 'قطر',
  Iran: 'إيران',
  Iraq: 'العراق',
  Syria: 'سوريا',
  Lebanon: 'لبنان',
  Jordan: 'الأردن',
  Israel: 'إسرائيل',
  Palestine: 'فلسطين',
  Yemen: 'اليمن',
  Oman: 'عُمان',
  Bahrain: 'البحرين',
  'United Arab Emirates': 'الإمارات',
  UAE: 'الإمارات',
  Libya: 'ليبيا',
  Sudan: 'السودان',
  Algeria: 'الجزائر',
  Morocco: 'المغرب',
  Tunisia: 'تونس',
  China: 'الصين',
  France: 'فرنسا',
  Germany: 'ألمانيا',
  'United Kingdom': 'المملكة المتحدة',
  Britain: 'بريطانيا',
  'European Union': 'الاتحاد الأوروبي',
  'United Nations': 'الأمم المتحدة',
  NATO: 'حلف الناتو',
  Hamas: 'حماس',
  Hezbollah: 'حزب الله',
  Houthis: 'الحوثيون',
};

/** An actor (a country, an organisation) in the reader's language when the map knows it. */
export function actorName(actor: string, lang: Lang): string {
  return lang === 'ar' ? (ARABIC_PLACE_NAMES[actor] ?? actor) : actor;
}

/** The place as the reader should see it, or null when the event has none. */
export function placeName(event: Pick<TimelineEvent, 'place' | 'placeLocal'>, lang: Lang): string | null {
  if (lang === 'en') return event.place ?? event.placeLocal ?? null;
  if (event.place && ARABIC_PLACE_NAMES[event.place]) return ARABIC_PLACE_NAMES[event.place] ?? null;
  return event.placeLocal ?? event.place ?? null;
}
