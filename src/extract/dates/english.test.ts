/** English goes through chrono's English parser, with the same output shape. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table, type Row } from './test/table.ts';

const REF = '2025-04-10';

table('English through chrono.en', [
  ['The talks resumed yesterday in Istanbul.', REF, 'yesterday', '2025-04-09'],
  ['The talks open today.', REF, 'today', '2025-04-10'],
  ['They will meet tomorrow.', REF, 'tomorrow', '2025-04-11'],
  ['The first round was held on February 27, 2025.', REF, 'February 27, 2025', '2025-02-27'],
  ['On 18 February 2025 the delegations met.', REF, '18 February 2025', '2025-02-18'],
  ['It happened in January 2020.', REF, 'January 2020', '2020-01'],
  ['Dmitriev visited Washington last week.', REF, 'last week', '2025-03-31/2025-04-06'],
  ['He returns next week.', REF, 'next week', '2025-04-14/2025-04-20'],
  ['The deal was signed on March 26.', REF, 'March 26', '2025-03-26'],
  ['On 2016-04-21 the report was published.', REF, '2016-04-21', '2016-04-21'],
  ['The war began in February 2022.', REF, 'February 2022', '2022-02'],
  ['They met on March 26.', null, 'March 26', 'XXXX-03-26'],
  ['They met yesterday.', null, 'yesterday', 'XXXX-XX-XX'],
  ['No date in this sentence at all.', REF, null],
] satisfies Row[]);

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

table('English in context: parts, ranges, that year, the news rule for a month alone', [
  ['a committee would meet in Tehran in mid-January, it said', '2025-12-03', 'mid-January', '2026-01~'],
  ['to hold the next meeting in Beijing early next year', '2025-12-03', 'early next year', '2026~'],
  ['they met at the end of June', '2025-12-03', 'end of June', '2025-06~'],
  ['which held five rounds between April and May', '2025-12-03', 'April and May', '2025-04/2025-05'],
  ['between May and June 2024', '2025-12-03', 'May and June 2024', '2024-05/2024-06'],
  ['visited in October 2024 and travelled to Tehran in November of that year.', '2025-12-03', 'November of that year', '2024-11'],
  ['before the war in June', '2025-12-03', 'June', '2025-06'],
  ['talks are due in January', '2025-12-03', 'January', '2026-01'],
] satisfies Row[], 'en');

table('English: years after a preposition, the future tense, and what is not a date', [
  ['A ceasefire brokered in 2015 in Minsk never held.', '2025-03-06', '2015', '2015'],
  ['Tensions have risen since 2014.', '2025-03-06', '2014', '2014'],
  ['Prices fell in late 2024.', '2025-03-06', 'late 2024', '2024~'],
  ['Growth slowed in mid-2023.', '2025-03-06', 'mid-2023', '2023~'],
  ['He said he would travel to Riyadh on Monday.', '2025-03-06', 'Monday', '2025-03-10'],
  ['Washington paused aid on Monday.', '2025-03-06', 'Monday', '2025-03-03'],
  ['They sent in 2000 tons of aid.', '2025-03-06', null],
  ['It came three weeks after the speech.', '2025-03-06', null],
  ['Talks are expected to last for two days.', '2025-03-06', null],
  ['The war, now in its fourth year, goes on.', '2025-03-06', null],
] satisfies Row[], 'en');
