/**
 * Which date phrases date a happening and which do not, as a table of phrase in context →
 * the rule that keeps it out of the events (or none: an event).
 */
import { describe, expect, it } from 'vitest';
import { clauseAround } from './clause.ts';
import { findDateMentions } from './dates/index.ts';
import { readDateLines } from './dateline.ts';
import { tellsHappening } from './description.ts';
import { isBaseline, isDateList, isDeadline, isGenericToday, isRecurring, isRunningTally, isStatistic } from './not-events.ts';
import { ParagraphText } from './paragraph-text.ts';

type Verdict = 'event' | 'dateline' | 'to this day' | 'deadline' | 'every year' | 'tally' | 'baseline' | 'statistic' | 'list';

/** The verdict on `phrase` in `paragraph`, by the rules in the order the extraction applies them. */
function verdict(paragraph: string, phrase: string): Verdict {
  const language = /[\u0600-\u06FF]/.test(paragraph) ? 'ar' : 'en';
  const mentions = findDateMentions(paragraph, { ref: '2025-04-10', language });
  const mention = mentions.find((found) => found.text === phrase);
  if (!mention) throw new Error(`"${phrase}" is not a date mention of "${paragraph}"`);
  const text = new ParagraphText(paragraph, language);
  if (readDateLines(paragraph, mentions, { head: false }).some((line) => line.start < mention.end && mention.start < line.end)) return 'dateline';
  if (isGenericToday(text, mention, mention)) return 'to this day';
  if (isDeadline(text, mention, mention)) return 'deadline';
  if (isRecurring(text, mention, mention)) return 'every year';
  const clause = clauseAround(text, mention);
  if (isRunningTally(mention, clause, mention, tellsHappening(clause))) return 'tally';
  if (isBaseline(text, clause, mention)) return 'baseline';
  if (isStatistic(mention, clause)) return 'statistic';
  if (isDateList(clause, mentions)) return 'list';
  return 'event';
}

const TABLE: [paragraph: string, phrase: string, expected: Verdict][] = [
  // datelines: a date at the head of the paragraph, then an agency or a dash
  ['دمشق، 12 آذار 2025 (سانا) - التقى وزير الخارجية نظيره العراقي.', '12 آذار 2025', 'dateline'],
  ['الرباط في 3 مارس 2025 - أجرى الوزير مباحثات مع نظيره.', '3 مارس 2025', 'dateline'],
  ['GENEVA, March 3, 2025 (Wire) - The envoys met in Geneva.', 'March 3, 2025', 'dateline'],
  ['التقى وزير الخارجية نظيره العراقي في 12 آذار 2025 - في دمشق.', '12 آذار 2025', 'event'],
  ['دمشق، 12 آذار 2025، التقى وزير الخارجية نظيره العراقي.', '12 آذار 2025', 'event'],
  // "to this day", "until today": not a day
  ['ولا تزال الأزمة قائمة حتى اليوم رغم الجهود.', 'اليوم', 'to this day'],
  ['ولا تزال الأزمة قائمة حتّى اليوم رغم الجهود.', 'اليوم', 'to this day'],
  ['واستمر الحصار إلى اليوم.', 'اليوم', 'to this day'],
  ['The dispute has lasted until today.', 'today', 'to this day'],
  ['وعقد الوفدان اليوم جولة جديدة في جنيف.', 'اليوم', 'event'],
  ['The two delegations met today in Geneva.', 'today', 'event'],
  // deadlines and horizons
  ['على أن يرفع التقرير قبل نهاية العام الجاري.', 'نهاية العام الجاري', 'deadline'],
  ['وتسعى المملكة إلى تنويع اقتصادها بحلول عام 2030.', 'عام 2030', 'deadline'],
  ['The ministry plans to finish the road by 2030.', '2030', 'deadline'],
  ['ووقع البلدان اتفاقاً للتعاون عام 2023.', 'عام 2023', 'event'],
  ['The two countries signed the accord in 2023.', '2023', 'event'],
  // a day that comes back every year
  ['ويحيي البلدان في 8 فيفري من كل سنة ذكرى الأحداث.', '8 فيفري', 'every year'],
  ['ويحيي البلدان في 8 فيفري من كلّ عام ذكرى الأحداث.', '8 فيفري', 'every year'],
  ['The day is marked every March 8 across the region.', 'March 8', 'every year'],
  ['The day is marked on March 8 each year.', 'March 8', 'every year'],
  ['وزار الوزير الجزائر في 8 فيفري الماضي.', '8 فيفري الماضي', 'event'],
  // a figure measured over a year or a month
  ['وبلغت المبادلات التجارية خلال سنة 2024 أزيد من 400 مليون دولار.', 'سنة 2024', 'statistic'],
  ['وارتفعت الصادرات خلال شهر آذار 2025 بنسبة 12 بالمائة.', 'شهر آذار 2025', 'statistic'],
  ['Exports rose 12 percent in 2024.', '2024', 'statistic'],
  ['وارتفعت الصادرات في 3 آذار 2024 بنسبة 12%.', '3 آذار 2024', 'event'],
  ['وبلغت المبادلات 400 مليون دولار، ووقع البلدان اتفاقاً عام 2023.', 'عام 2023', 'event'],
  // … or over a quarter, a half, a season
  ['ونما الاقتصاد بنسبة 3% في الربع الثالث من العام الماضي.', 'الربع الثالث من العام الماضي', 'statistic'],
  ['The economy grew 3 percent in the third quarter.', 'third quarter', 'statistic'],
  ['وزار الرئيس موسكو صيف 2019 والتقى نظيره.', 'صيف 2019', 'event'],
  ['The envoys met in Oman over the weekend.', 'weekend', 'event'],
  ['وعقد الوزيران لقاء في عطلة نهاية الأسبوع الماضي.', 'عطلة نهاية الأسبوع الماضي', 'event'],
  // a named period as a deadline
  ['على أن ينجز الاتفاق بحلول الربع الثالث من العام.', 'الربع الثالث من العام', 'deadline'],
  ['The deal is to be signed before the summer of 2026.', 'summer of 2026', 'deadline'],
  ['يحدد جدولا زمنيا لتنفيذ الالتزامات قبل نهاية الربع الأول من 2026.', 'الربع الأول من 2026', 'deadline'],
  ['The report is due before the end of the third quarter.', 'third quarter', 'deadline'],
  // a tally up to the publication day: so far, the past N units
  ['وقتل 300 مدني منذ بداية العام.', 'منذ بداية العام', 'tally'],
  ['والتقى الوزيران ثلاث مرات خلال الأشهر الأربعة الماضية.', 'الأشهر الأربعة الماضية', 'tally'],
  ['So far this year, 300 people have died.', 'So far this year', 'tally'],
  ['Prices rose over the past three weeks.', 'past three weeks', 'tally'],
  // the baseline of a comparison: the first, the highest… since a date
  ['وزار السلطان طهران أمس في أول زيارة من نوعها منذ عام 2017.', 'عام 2017', 'baseline'],
  ['وسجلت الأسعار أعلى مستوى لها منذ 2022.', '2022', 'baseline'],
  ['وشهدت العاصمة اشتباكات مسلحة هي الأعنف منذ أغسطس 2023.', 'أغسطس 2023', 'baseline'],
  ['Oil prices rose to their highest level since 2022.', '2022', 'baseline'],
  ['The two leaders met for the first time since March 2019.', 'March 2019', 'baseline'],
  ['وقطعت العلاقات بين البلدين منذ 2016.', '2016', 'event'],
  ['The war has raged since 2014.', '2014', 'event'],
  ['وكانت أول زيارة قام بها الوزير في عام 2017.', 'عام 2017', 'event'],
  // … except one happening told in a short recent window, nothing counted
  ['وزار وفد مصري الخرطوم خلال الأيام القليلة الماضية.', 'الأيام القليلة الماضية', 'event'],
  ['Officials held talks in Doha over the past few days.', 'past few days', 'event'],
  ['وشنت الطائرات غارات على المدينة خلال الأسبوعين الماضيين.', 'الأسبوعين الماضيين', 'event'],
  ['وقتلت الغارات 50 شخصا خلال الأيام القليلة الماضية.', 'الأيام القليلة الماضية', 'tally'],
  ['والتقى الوزيران مرتين خلال الأسبوعين الماضيين.', 'الأسبوعين الماضيين', 'tally'],
  ['The envoys met twice over the past two weeks.', 'past two weeks', 'tally'],
  ['وقال الوزير خلال الأيام القليلة الماضية إن الحوار مستمر.', 'الأيام القليلة الماضية', 'tally'],
  ['وزار الوزير الخرطوم منذ بداية العام.', 'منذ بداية العام', 'tally'],
  // a window ahead is when a happening is due
  ['وستعقد الجولة المقبلة خلال الأيام العشرة المقبلة.', 'الأيام العشرة المقبلة', 'event'],
  // dates and nothing else: a list, a table or a chronology run together, no happening told
  ['3-4-2020 و2020/5/6، 7/8/2021 ثم 9-10-2022 و1/2/2019', '7/8/2021', 'list'],
  ['12 آذار 2025 - 14 آذار 2025 - 20 نيسان 2025', '20 نيسان 2025', 'list'],
  ['March 3, 2024; April 5, 2024 and then May 6, 2024', 'April 5, 2024', 'list'],
  // … but dates with the happening they date are events, listed or not
  ['والتقى الوزيران في 3-4-2020 و2020/5/6 في جنيف.', '2020/5/6', 'event'],
  ['The envoys met on March 3, 2024 and April 5, 2024 in Geneva.', 'April 5, 2024', 'event'],
];

describe('dates that are not events', () => {
  it.each(TABLE)('%s «%s» → %s', (paragraph, phrase, expected) => {
    expect(verdict(paragraph, phrase)).toBe(expected);
  });
});
