/**
 * Datelines, publication lines and update lines in the layouts news pages use, as a table of
 * line → what it is read as: its kind, the part it covers, the whole day it states and its city;
 * lines that are not date lines beside them.
 */
import { describe, expect, it } from 'vitest';
import { readDateLines, type DateLine } from './dateline.ts';
import { findDateMentions } from './dates/index.ts';

interface Reading {
  kind: DateLine['kind'];
  text: string;
  day: string | null;
  place: string | null;
}

function read(line: string, head = true): Reading[] {
  const language = /[\u0600-\u06FF]/.test(line.replace(/\([^)]*\)/g, '')) && !/^[A-Za-z]/.test(line) ? 'ar' : 'en';
  const mentions = findDateMentions(line, { language });
  return readDateLines(line, mentions, { head }).map((found) => ({
    kind: found.kind,
    text: line.slice(found.start, found.end).trim(),
    day: found.day?.startDate ?? null,
    place: found.place?.place.en ?? found.placeText,
  }));
}

const dateline = (text: string, day: string | null, place: string | null): Reading => ({ kind: 'dateline', text, day, place });
const publication = (text: string, day: string | null): Reading => ({ kind: 'publication', text, day, place: null });
const update = (text: string, day: string | null): Reading => ({ kind: 'update', text, day, place: null });

// A line standing alone under the headline.
const ALONE: [line: string, expected: Reading[]][] = [
  ['عمّان - 3 يناير 2024', [dateline('عمّان - 3 يناير 2024', '2024-01-03', 'Amman')]],
  ['الدوحة، 14 مايو 2023', [dateline('الدوحة، 14 مايو 2023', '2023-05-14', 'Doha')]],
  ['تونس 5/9/2023', [dateline('تونس 5/9/2023', '2023-09-05', 'Tunis')]],
  ['12 فبراير 2024 - الرباط', [dateline('12 فبراير 2024 - الرباط', '2024-02-12', 'Rabat')]],
  ['المنامة في 14 ديسمبر 2025', [dateline('المنامة في 14 ديسمبر 2025', '2025-12-14', 'Manama')]],
  ['الرياض - الأحد 15 ربيع الآخر 1445هـ', [dateline('الرياض - الأحد 15 ربيع الآخر 1445هـ', '2023-10-30', 'Riyadh')]],
  ['الخميس 26 جويلية 2012', [publication('الخميس 26 جويلية 2012', '2012-07-26')]],
  ['الأحد 20 ربيع الآخر 1447هـ - 12 أكتوبر 2025م', [publication('الأحد 20 ربيع الآخر 1447هـ - 12 أكتوبر 2025م', '2025-10-12')]],
  ['السبت، 02 ديسمبر 2023 04:15 م', [publication('السبت، 02 ديسمبر 2023 04:15 م', '2023-12-02')]],
  ['الجمعة 3 نوفمبر 2023 | 11:20 ص', [publication('الجمعة 3 نوفمبر 2023 | 11:20 ص', '2023-11-03')]],
  ['نشر في: 8 أكتوبر 2023 - 14:32', [publication('نشر في: 8 أكتوبر 2023 - 14:32', '2023-10-08')]],
  ['نُشر بتاريخ ٨ أكتوبر ٢٠٢٣', [publication('نُشر بتاريخ ٨ أكتوبر ٢٠٢٣', '2023-10-08')]],
  ['تاريخ النشر: 08/10/2023 - 14:32 بتوقيت مكة المكرمة', [publication('تاريخ النشر: 08/10/2023 - 14:32 بتوقيت مكة المكرمة', '2023-10-08')]],
  ['آخر تحديث: 9 أكتوبر 2023 - 10:05', [update('آخر تحديث: 9 أكتوبر 2023 - 10:05', '2023-10-09')]],
  [
    'نشر في: 8 أكتوبر 2023 - 14:32 | آخر تحديث: 9 أكتوبر 2023 - 10:05',
    [publication('نشر في: 8 أكتوبر 2023 - 14:32 |', '2023-10-08'), update('آخر تحديث: 9 أكتوبر 2023 - 10:05', '2023-10-09')],
  ],
  ['مسقط - العُمانية', [dateline('مسقط - العُمانية', null, 'Muscat')]],
  ['الكويت - 10 - 2 (كونا)', [dateline('الكويت - 10 - 2 (كونا)', null, 'Kuwait City')]],
  // SPA: the agency's short name right after the date, no dash
  [
    'الرياض 10 جمادى الآخرة 1446 هـ الموافق 11 ديسمبر 2024 م واس',
    [dateline('الرياض 10 جمادى الآخرة 1446 هـ الموافق 11 ديسمبر 2024 م واس', '2024-12-11', 'Riyadh')],
  ],
  ['جدة 5 رجب 1446هـ الموافق 5 يناير 2025م واس', [dateline('جدة 5 رجب 1446هـ الموافق 5 يناير 2025م واس', '2025-01-05', 'Jeddah')]],
  ['Manama, December 14, 2025', [dateline('Manama, December 14, 2025', '2025-12-14', 'Manama')]],
  ['AMMAN, Jan 3 (Reuters) -', [dateline('AMMAN, Jan 3 (Reuters) -', null, 'Amman')]],
  ['Published 14 May 2023', [publication('Published 14 May 2023', '2023-05-14')]],
  ['Published On 8 Oct 2023', [publication('Published On 8 Oct 2023', '2023-10-08')]],
  ['By Reuters Staff | Oct. 8, 2023', [publication('By Reuters Staff | Oct. 8, 2023', '2023-10-08')]],
  ['Updated: Oct 9, 2023, 10:05 AM GMT+3', [update('Updated: Oct 9, 2023, 10:05 AM GMT+3', '2023-10-09')]],
  ['Thursday 26 July 2012', [publication('Thursday 26 July 2012', '2012-07-26')]],
  ['October 8, 2023 2:32 PM EDT', [publication('October 8, 2023 2:32 PM EDT', '2023-10-08')]],
  ['Published in Dawn, March 7th, 2025', [publication('Published in Dawn, March 7th, 2025', '2025-03-07')]],
];

// The dateline heading a lead paragraph: the head up to its dash is the dateline, the rest is prose.
const LEADS: [paragraph: string, expected: Reading][] = [
  ['دمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي.', dateline('دمشق، 12 آذار 2025 (سانا) -', '2025-03-12', 'Damascus')],
  ['عمّان – 3 كانون الثاني 2024 (بترا) – التقى الملك وزير الخارجية.', dateline('عمّان – 3 كانون الثاني 2024 (بترا) –', '2024-01-03', 'Amman')],
  ['الرباط في 3 مارس 2025 - أجرى الوزير مباحثات مع نظيره.', dateline('الرباط في 3 مارس 2025 -', '2025-03-03', 'Rabat')],
  ['رام الله 19-11-2025 وفا- استقبل الرئيس وزير الخارجية النرويجي.', dateline('رام الله 19-11-2025 وفا-', '2025-11-19', 'Ramallah')],
  ['الكويت - 10 - 2 (كونا) -- استقبل سمو ولي العهد وزير الخارجية العماني.', dateline('الكويت - 10 - 2 (كونا) --', null, 'Kuwait City')],
  ['أبوظبي في 3 فبراير 2025 / وام / استقبل رئيس الدولة وزير الخارجية.', dateline('أبوظبي في 3 فبراير 2025 / وام /', '2025-02-03', 'Abu Dhabi')],
  ['القاهرة - (أ ف ب): أعلنت وزارة الخارجية المصرية أمس عقد اجتماع.', dateline('القاهرة - (أ ف ب):', null, 'Cairo')],
  ['AMMAN, Jan 3 (Reuters) - Jordan\'s foreign minister met his Iraqi counterpart.', dateline('AMMAN, Jan 3 (Reuters) -', null, 'Amman')],
  ['GENEVA, March 3, 2025 (Wire) - The envoys met in Geneva.', dateline('GENEVA, March 3, 2025 (Wire) -', '2025-03-03', 'Geneva')],
  ['KHARTOUM, Sudan (AP) — Fighting resumed on Sunday.', dateline('KHARTOUM, Sudan (AP) —', null, 'Khartoum')],
  ['PORT SUDAN — Delegations arrived in Jeddah on Tuesday.', dateline('PORT SUDAN —', null, 'Port Sudan')],
  ['طهران/ 11 آذار/ مارس/ إرنا – أكد المتحدث باسم الخارجية أن بلاده لن تتفاوض.', dateline('طهران/ 11 آذار/ مارس/ إرنا –', null, 'Tehran')],
  ['بكين 10 مارس 2025 (شينخوا) قال وزير الخارجية الصيني اليوم إن بلاده مستعدة.', dateline('بكين 10 مارس 2025 (شينخوا)', '2025-03-10', 'Beijing')],
  ['BEIJING, March 10, 2025 (Xinhua) Chinese Foreign Minister Wang Yi said on Monday.', dateline('BEIJING, March 10, 2025 (Xinhua)', '2025-03-10', 'Beijing')],
];

// Not date lines: a date that heads a happening, prose around a dash, a bare date further down.
const NOT_DATE_LINES: [line: string, head: boolean][] = [
  ['في 3 يناير 2024 وقّع الطرفان اتفاقاً للتعاون.', true],
  ['بتاريخ 3 يناير 2024 وقّع الطرفان اتفاقاً للتعاون.', true],
  ['دمشق، 12 آذار 2025، التقى وزير الخارجية نظيره العراقي.', true],
  ['التقى وزير الخارجية نظيره العراقي في 12 آذار 2025 - في دمشق.', true],
  ['On March 3, 2024, the two sides signed the agreement.', true],
  ['The talks - held in Geneva on March 3 - ended without a deal.', true],
  ['By Aziz El Yaakoubi and Parisa Hafezi', true],
  ['بقلم: محمد ولد أحمد', true],
  ['الخميس 26 جويلية 2012', false],
  ['مسقط - العُمانية', false],
  ['القمة العربية في الرياض 2024', true],
  ['إيران - الولايات المتحدة: جولة جديدة من المحادثات غير المباشرة في مسقط', true],
  ['القاهرة 10 مارس 2025 (الأحد الماضي) شهدت اجتماعا للجامعة العربية.', true],
  ['Published research on 3 May 2023 shows that the talks failed.', false],
  // a city and a date, then more than an agency's name: a sentence
  ['الرياض 11 ديسمبر 2024 م شهدت توقيع الاتفاق', true],
];

describe('date lines standing alone', () => {
  it.each(ALONE)('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('datelines heading a lead', () => {
  it.each(LEADS)('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual([expected]);
  });
});

describe('lines that are not date lines', () => {
  it.each(NOT_DATE_LINES)('%s (under the headline: %s)', (line, head) => {
    expect(read(line, head)).toEqual([]);
  });
});
