/** English goes through chrono's English parser, with the same output shape. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table } from './test/table.ts';

const REF = '2025-04-10';

table('English through chrono.en', REF, [
  ['The talks resumed yesterday in Istanbul.', 'yesterday', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
  ['The talks open today.', 'today', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['They will meet tomorrow.', 'tomorrow', '2025-04-11', 'day', 'inferred', '2025-04-11', '2025-04-11'],
  ['The first round was held on February 27, 2025.', 'February 27, 2025', '2025-02-27', 'day', 'stated', '2025-02-27', '2025-02-27'],
  ['On 18 February 2025 the delegations met.', '18 February 2025', '2025-02-18', 'day', 'stated', '2025-02-18', '2025-02-18'],
  ['It happened in January 2020.', 'January 2020', '2020-01', 'month', 'stated', '2020-01-01', '2020-01-31'],
  ['Dmitriev visited Washington last week.', 'last week', '2025-03-31/2025-04-06', 'week', 'inferred', '2025-03-31', '2025-04-06'],
  ['He returns next week.', 'next week', '2025-04-14/2025-04-20', 'week', 'inferred', '2025-04-14', '2025-04-20'],
  ['The deal was signed on March 26.', 'March 26', '2025-03-26', 'day', 'inferred', '2025-03-26', '2025-03-26'],
  ['On 2016-04-21 the report was published.', '2016-04-21', '2016-04-21', 'day', 'stated', '2016-04-21', '2016-04-21'],
  ['The war began in February 2022.', 'February 2022', '2022-02', 'month', 'stated', '2022-02-01', '2022-02-28'],
  ['No date in this sentence at all.', null],
]);

table('English through chrono.en', null, [
  ['They met on March 26.', 'March 26', 'XXXX-03-26', 'day', 'inferred', null, null],
  ['They met yesterday.', 'yesterday', 'XXXX-XX-XX', 'day', 'inferred', null, null],
]);

describe('English: language option and precision', () => {
  it('precision follows what the text states, not the Date chrono returns', () => {
    const [m] = mentionsOf('It happened in January 2020.', REF);
    expect(m).toMatchObject({ precision: 'month', startDate: '2020-01-01', endDate: '2020-01-31', certainty: 'stated' });
  });
  it('script decides the language when none is given', () => {
    expect(mentionsOf('He left yesterday.', REF)[0]?.value).toBe('2025-04-09');
    expect(mentionsOf('غادر أمس', REF)[0]?.value).toBe('2025-04-09');
  });
});

table('English in context: parts, ranges, that year, the news rule for a month alone', '2025-12-03', [
  ['a committee would meet in Tehran in mid-January, it said', 'mid-January', '2026-01~', 'month', 'inferred', '2026-01-11', '2026-01-20'],
  ['to hold the next meeting in Beijing early next year', 'early next year', '2026~', 'year', 'inferred', '2026-01-01', '2026-04-30'],
  ['they met at the end of June', 'end of June', '2025-06~', 'month', 'inferred', '2025-06-21', '2025-06-30'],
  ['which held five rounds between April and May', 'April and May', '2025-04/2025-05', 'range', 'inferred', '2025-04-01', '2025-05-31'],
  ['between May and June 2024', 'May and June 2024', '2024-05/2024-06', 'range', 'stated', '2024-05-01', '2024-06-30'],
  ['visited in October 2024 and travelled to Tehran in November of that year.', 'November of that year', '2024-11', 'month', 'stated', '2024-11-01', '2024-11-30'],
  ['before the war in June', 'June', '2025-06', 'month', 'inferred', '2025-06-01', '2025-06-30'],
  ['talks are due in January', 'January', '2026-01', 'month', 'inferred', '2026-01-01', '2026-01-31'],
  // chrono's end-of-period refiner and its filter of the verb "may", on a bounded look back
  ['the report is due by the last day of next month', 'last day of next month', '2026-01-31', 'day', 'inferred', '2026-01-31', '2026-01-31'],
  ['Talks may resume, as agreed in May.', 'May', '2025-05', 'month', 'inferred', '2025-05-01', '2025-05-31'],
], 'en');

table('English: years after a preposition, the future tense, and what is not a date', '2025-03-06', [
  ['A ceasefire brokered in 2015 in Minsk never held.', '2015', '2015', 'year', 'stated', '2015-01-01', '2015-12-31'],
  ['Tensions have risen since 2014.', '2014', '2014', 'year', 'stated', '2014-01-01', '2014-12-31'],
  ['Prices fell in late 2024.', 'late 2024', '2024~', 'year', 'stated', '2024-09-01', '2024-12-31'],
  ['Growth slowed in mid-2023.', 'mid-2023', '2023~', 'year', 'stated', '2023-05-01', '2023-08-31'],
  ['He said he would travel to Riyadh on Monday.', 'Monday', '2025-03-10', 'day', 'inferred', '2025-03-10', '2025-03-10'],
  ['Washington paused aid on Monday.', 'Monday', '2025-03-03', 'day', 'inferred', '2025-03-03', '2025-03-03'],
  ['They sent in 2000 tons of aid.', null],
  ['It came three weeks after the speech.', null],
  ['Talks are expected to last for two days.', null],
  ['The war, now in its fourth year, goes on.', null],
], 'en');

// a Thursday
table('English periods: seasons', '2025-04-10', [
  ['The talks were held in summer 2019.', 'summer 2019', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
  ['during the summer of 2019', 'summer of 2019', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
  ['They met last winter.', 'last winter', '2024-12/2025-02', 'range', 'inferred', '2024-12-01', '2025-02-28', 'season'],
  ['in the winter of 2019-20', 'winter of 2019-20', '2019-12/2020-02', 'range', 'stated', '2019-12-01', '2020-02-29', 'season'],
  ['He will visit this autumn.', 'this autumn', '2025-09/2025-11', 'range', 'inferred', '2025-09-01', '2025-11-30', 'season'],
  ['by fall 2026', 'fall 2026', '2026-09/2026-11', 'range', 'stated', '2026-09-01', '2026-11-30', 'season'],
  // a name, a season in general, a fall of a city
  ['Summer Zervos sued the president.', null],
  ['Fires are common in summer.', null],
  ['after the fall of Kabul', null],
], 'en');

table('English periods: quarters and halves', '2025-04-10', [
  ['Growth slowed in Q3 2024.', 'Q3 2024', '2024-07/2024-09', 'range', 'stated', '2024-07-01', '2024-09-30', 'quarter'],
  ['Sales fell in the third quarter.', 'third quarter', '2024-07/2024-09', 'range', 'inferred', '2024-07-01', '2024-09-30', 'quarter'],
  ['The deal is expected to close in the third quarter.', 'third quarter', '2025-07/2025-09', 'range', 'inferred', '2025-07-01', '2025-09-30', 'quarter'],
  ['in the fourth quarter of last year', 'fourth quarter of last year', '2024-10/2024-12', 'range', 'inferred', '2024-10-01', '2024-12-31', 'quarter'],
  ['Sales rose last quarter.', 'last quarter', '2025-01/2025-03', 'range', 'inferred', '2025-01-01', '2025-03-31', 'quarter'],
  ['In the first half of 2023 the economy shrank.', 'first half of 2023', '2023-01/2023-06', 'range', 'stated', '2023-01-01', '2023-06-30', 'half'],
  ['H2 2024 results', 'H2 2024', '2024-07/2024-12', 'range', 'stated', '2024-07-01', '2024-12-31', 'half'],
  ['in the first nine months of 2024', 'first nine months of 2024', '2024-01/2024-09', 'range', 'stated', '2024-01-01', '2024-09-30'],
  // a half of a match
  ['He scored in the first half of the match.', null],
], 'en');

table('English periods: weeks, weekends, the rest of, so far, the last N units', '2025-04-10', [
  ['The minister arrived this week.', 'this week', '2025-04-07/2025-04-13', 'week', 'inferred', '2025-04-07', '2025-04-13'],
  ['Talks resume early next week.', 'early next week', '2025-04-14/2025-04-20', 'week', 'inferred', '2025-04-14', '2025-04-15'],
  ['They met late last week.', 'late last week', '2025-03-31/2025-04-06', 'week', 'inferred', '2025-04-04', '2025-04-06'],
  ['They met over the weekend.', 'weekend', '2025-04-05/2025-04-06', 'range', 'inferred', '2025-04-05', '2025-04-06', 'weekend'],
  ['They will meet over the weekend.', 'weekend', '2025-04-12/2025-04-13', 'range', 'inferred', '2025-04-12', '2025-04-13', 'weekend'],
  ['They met last weekend.', 'last weekend', '2025-04-05/2025-04-06', 'range', 'inferred', '2025-04-05', '2025-04-06', 'weekend'],
  ['He will stay for the rest of the year.', 'rest of the year', '2025-04-10/2025-12-31', 'range', 'inferred', '2025-04-10', '2025-12-31'],
  ['So far this year, 300 people have died.', 'So far this year', '2025-01-01/2025-04-10', 'range', 'inferred', '2025-01-01', '2025-04-10', 'to-date'],
  ['since the beginning of the year', 'since the beginning of the year', '2025-01-01/2025-04-10', 'range', 'inferred', '2025-01-01', '2025-04-10', 'to-date'],
  ['Over the past three weeks, prices rose.', 'past three weeks', '2025-03-20/2025-04-10', 'range', 'inferred', '2025-03-20', '2025-04-10', 'to-date'],
  ['in the last 12 months', 'last 12 months', '2024-04-10/2025-04-10', 'range', 'inferred', '2024-04-10', '2025-04-10', 'to-date'],
  ['over the past decade', 'past decade', '2015-04-10/2025-04-10', 'range', 'inferred', '2015-04-10', '2025-04-10', 'to-date'],
  ['In the next ten days, talks will start.', 'next ten days', '2025-04-10/2025-04-20', 'range', 'inferred', '2025-04-10', '2025-04-20'],
], 'en');

table('English: parts of the publication day, bare years, numbered texts', '2025-04-10', [
  ['The minister arrived this morning.', 'this morning', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['He will speak this evening.', 'this evening', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['The two countries have been in talks since 1974.', '1974', '1974', 'year', 'stated', '1974-01-01', '1974-12-31'],
  ['Iran says it still abides by the 2015 nuclear deal.', '2015', '2015', 'year', 'stated', '2015-01-01', '2015-12-31'],
  ['Law 7/2019 was passed.', null],
  ['See page 7/2019.', null],
  ['The final score was 3-2.', null],
], 'en');

table('English: a week or a half of a month (chrono read "last week" and "March" apart)', REF, [
  ['The envoys met in the last week of March.', 'last week of March', '2025-03-25/2025-03-31', 'week', 'inferred', '2025-03-25', '2025-03-31'],
  ['Talks resume in the first week of next month.', 'first week of next month', '2025-05-01/2025-05-07', 'week', 'inferred', '2025-05-01', '2025-05-07'],
  ['It was held during the third week of April 2024.', 'third week of April 2024', '2024-04-15/2024-04-21', 'week', 'stated', '2024-04-15', '2024-04-21'],
  ['A vote is expected in the second half of May.', 'second half of May', '2025-05~', 'month', 'inferred', '2025-05-16', '2025-05-31'],
  ['in the first half of this month', 'first half of this month', '2025-04~', 'month', 'inferred', '2025-04-01', '2025-04-15'],
  // a part of something named: no date
  ['He spent the last week of the campaign in Ohio.', null],
  ['in the final year of his term', null],
]);

table('English: a time of day with its day', REF, [
  // chrono merged the time of day with the date and lost the date (a year, before)
  ['She left on the morning of March 3.', 'morning of March 3', '2025-03-03', 'day', 'inferred', '2025-03-03', '2025-03-03'],
  ['on the evening of March 3, 2024', 'evening of March 3, 2024', '2024-03-03', 'day', 'stated', '2024-03-03', '2024-03-03'],
  // wire style: the part of the day belongs to the date, not to the title
  ['The strikes began early Tuesday.', 'early Tuesday', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
  ['Lawmakers voted late Monday to approve it.', 'late Monday', '2025-04-07', 'day', 'inferred', '2025-04-07', '2025-04-07'],
  ['The attack happened overnight Sunday.', 'overnight Sunday', '2025-04-06', 'day', 'inferred', '2025-04-06', '2025-04-06'],
]);
