import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, formatTick, type FormatOptions } from './format.ts';
import { dayToTime } from './time.ts';
import { eventAccessibleName, eventLabel } from './labels.ts';
import type { TimelineEvent } from '../../events/index.ts';

const ar: FormatOptions = { lang: 'ar', monthSystem: 'levantine', numbering: 'arab' };
const feb18 = dayToTime('2025-02-18');

describe('month systems and digits', () => {
  it.each([
    ['levantine', 'arab', '١٨ شباط ٢٠٢٥'],
    ['levantine', 'latn', '18 شباط 2025'],
    ['egyptian', 'arab', '١٨ فبراير ٢٠٢٥'],
    ['maghrebi', 'latn', '18 فيفري 2025'],
  ] as const)('%s / %s', (monthSystem, numbering, expected) => {
    expect(formatDay(feb18, { lang: 'ar', monthSystem, numbering })).toBe(expected);
  });

  it('formats a date at its precision', () => {
    const base = { edtf: 'x', approximate: false };
    expect(formatEventDate({ ...base, start: '2025-02-01', end: '2025-02-28', precision: 'month' }, ar)).toBe('شباط ٢٠٢٥');
    expect(formatEventDate({ ...base, start: '2022-01-01', end: '2022-12-31', precision: 'year' }, ar)).toBe('٢٠٢٢');
    expect(formatEventDate({ ...base, start: '2025-03-01', end: '2025-03-10', precision: 'range', approximate: true }, ar)).toMatch(/^نحو /);
  });

  it('names a season, a quarter, a half (since 1.1.0), in the reader\'s digits and language', () => {
    const en: FormatOptions = { lang: 'en', monthSystem: 'levantine', numbering: 'latn' };
    const season = { edtf: '2019-06/2019-08', start: '2019-06-01', end: '2019-08-31', precision: 'range', period: 'season' } as const;
    expect(formatEventDate(season, ar)).toBe('صيف ٢٠١٩');
    expect(formatEventDate(season, en)).toBe('summer 2019');
    const winter = { edtf: '2018-12/2019-02', start: '2018-12-01', end: '2019-02-28', precision: 'range', period: 'season' } as const;
    expect(formatEventDate(winter, { ...ar, numbering: 'latn' })).toBe('شتاء 2018–2019');
    const quarter = { edtf: '2024-07/2024-09', start: '2024-07-01', end: '2024-09-30', precision: 'range', period: 'quarter' } as const;
    expect(formatEventDate(quarter, ar)).toBe('الربع الثالث ٢٠٢٤');
    expect(formatEventDate(quarter, en)).toBe('Q3 2024');
    const half = { edtf: '2023-01/2023-06', start: '2023-01-01', end: '2023-06-30', precision: 'range', period: 'half' } as const;
    expect(formatEventDate(half, en)).toBe('first half of 2023');
  });

  it('a weekend and a period up to the publication day are their days, said so', () => {
    const en: FormatOptions = { lang: 'en', monthSystem: 'levantine', numbering: 'latn' };
    const weekend = { edtf: '2025-04-04/2025-04-05', start: '2025-04-04', end: '2025-04-05', precision: 'range', period: 'weekend' } as const;
    expect(formatEventDate(weekend, ar)).toBe('عطلة نهاية الأسبوع ٤–٥ نيسان ٢٠٢٥');
    const soFar = { edtf: '2025-01-01/2025-04-10', start: '2025-01-01', end: '2025-04-10', precision: 'range', period: 'to-date' } as const;
    expect(formatEventDate(soFar, en)).toMatch(/^1 January\s*–\s*10 April 2025 \(so far\)$/u);
  });

  it('a period kind it does not know, or a season whose days are not one, is shown as its range', () => {
    const unknown = { edtf: '2025-01-01/2025-04-10', start: '2025-01-01', end: '2025-04-10', precision: 'range', period: 'fortnight' } as const;
    const plain = { ...unknown, period: undefined };
    expect(formatEventDate(unknown, ar)).toBe(formatEventDate(plain, ar));
    const edited = { edtf: '2019-06-05/2019-08-31', start: '2019-06-05', end: '2019-08-31', precision: 'range', period: 'season' } as const;
    expect(formatEventDate(edited, ar)).not.toMatch(/صيف/);
  });

  it('labels ticks by their unit', () => {
    expect(formatTick(dayToTime('2025-01-01'), 'month', false, ar)).toEqual({ label: '٢٠٢٥', major: true });
    expect(formatTick(dayToTime('2025-02-01'), 'month', false, ar)).toEqual({ label: 'شباط', major: false });
    expect(formatTick(dayToTime('2025-02-18'), 'day', false, ar).label).toBe('١٨');
  });
});

describe('event labels', () => {
  const event: TimelineEvent = {
    id: 'e4',
    date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day' },
    title: 'جرى أول اللقاءات',
    place: 'Riyadh',
    sources: [{ article: 'a', paragraph: 0, mention: { text: 'x', start: 0, end: 1 } }],
  };

  const names = { Riyadh: { ar: 'الرياض', en: 'Riyadh' } };

  it('builds the visible label and the accessible name, naming the place from the glossary', () => {
    expect(eventLabel(event, ar, names)).toBe('الرياض، ١٨ شباط ٢٠٢٥');
    expect(eventAccessibleName(event, ar, names)).toBe('الرياض، 18 شباط 2025: جرى أول اللقاءات');
    expect(eventLabel(event, { lang: 'en', monthSystem: 'levantine', numbering: 'latn' }, names)).toBe('Riyadh · 18 February 2025');
  });

  it('without a glossary (a 1.0.0 document): the place as written, then its English name', () => {
    expect(eventLabel(event, ar)).toBe('Riyadh، ١٨ شباط ٢٠٢٥');
    expect(eventLabel({ ...event, placeLocal: 'الرياض' }, ar)).toBe('الرياض، ١٨ شباط ٢٠٢٥');
  });
});

import { axisTicks } from './ticks.ts';
import { DAY } from './time.ts';

describe('axis ticks', () => {
  const measure = (s: string) => s.length * 7;
  it('adapts from decades to days and never ticks hours', () => {
    const wide = axisTicks({ start: dayToTime('1900-01-01'), end: dayToTime('2030-01-01') }, 1000, 'rtl', ar, measure);
    expect(wide[0]!.kind).toBe('year');
    const narrow = axisTicks({ start: dayToTime('2025-02-17'), end: dayToTime('2025-02-17') + 3 * DAY }, 1000, 'rtl', ar, measure);
    expect(narrow.every((t) => t.kind === 'day')).toBe(true);
    expect(new Set(narrow.map((t) => new Date(t.time).getHours()))).toEqual(new Set([0]));
  });
  it('drops labels that would collide and mirrors x in RTL', () => {
    const ticks = axisTicks({ start: dayToTime('2022-01-01'), end: dayToTime('2026-01-01') }, 1200, 'rtl', ar, measure);
    const shown = ticks.filter((t) => t.label);
    for (let i = 1; i < shown.length; i++) {
      const a = shown[i - 1]!;
      const b = shown[i]!;
      expect(Math.abs(a.labelX - b.labelX)).toBeGreaterThanOrEqual((measure(a.label) + measure(b.label)) / 2);
    }
    expect(ticks[0]!.x).toBeGreaterThan(ticks[ticks.length - 1]!.x);
  });
});
