import { describe, expect, test } from 'vitest';
import {
  compareWhen,
  DateError,
  fitsWithin,
  machineDate,
  parseWhen,
  precisionOf,
  yearOf,
  type When,
} from '../../src/core/dates.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('parseWhen', () => {
  test('returns a one-day span for a day-precise date', () => {
    const when = parseWhen('2020-10-05');
    expect(when).toMatchObject({ kind: 'date', precision: 'day', part: null });
    expect(iso(when.start)).toBe('2020-10-05T00:00:00.000Z');
    expect(iso(when.end)).toBe('2020-10-05T23:59:59.999Z');
  });

  test('returns the whole month for a month-precise date', () => {
    const when = parseWhen('2022-04');
    expect(when).toMatchObject({ kind: 'date', precision: 'month' });
    expect(iso(when.start)).toBe('2022-04-01T00:00:00.000Z');
    expect(iso(when.end)).toBe('2022-04-30T23:59:59.999Z');
  });

  test.each([
    ['early', '2022-06', '2022-06-01', '2022-06-10'],
    ['mid', '2023-02', '2023-02-11', '2023-02-20'],
    ['late', '2022-04', '2022-04-21', '2022-04-30'],
    ['late', '2023-02', '2023-02-21', '2023-02-28'],
  ] as const)('returns days of the %s part of %s', (part, input, first, last) => {
    const when = parseWhen(input, part);
    expect(iso(when.start)?.slice(0, 10)).toBe(first);
    expect(iso(when.end)?.slice(0, 10)).toBe(last);
  });

  test('returns the whole year for a year, and flags an uncertain year', () => {
    expect(iso(parseWhen('2021').end)).toBe('2021-12-31T23:59:59.999Z');
    expect(parseWhen('2021?')).toMatchObject({ precision: 'year', uncertain: true, yearUncertain: false });
    expect(parseWhen('2019?-07-31')).toMatchObject({ precision: 'day', yearUncertain: true });
  });

  test('returns intervals with open and unknown ends', () => {
    const closed = parseWhen('2021/2025');
    expect(closed.kind).toBe('interval');
    expect(iso(closed.start)).toBe('2021-01-01T00:00:00.000Z');
    expect(iso(closed.end)).toBe('2025-12-31T23:59:59.999Z');
    expect(parseWhen('2020-10-05/..')).toMatchObject({ kind: 'interval', end: null });
    expect(parseWhen('2022-06/..').start).not.toBeNull();
    expect(parseWhen('/2021-10-23')).toMatchObject({ kind: 'interval', start: null });
  });

  test('returns an unknown date with no bounds', () => {
    expect(parseWhen('unknown')).toEqual({ kind: 'unknown', edtf: 'unknown', start: null, end: null });
  });

  test.each(['2022-13', '2022-02-30', 'April 2022', '2022/04/05', ''])(
    'throws a DateError with a fix for "%s"',
    (input) => {
      expect(() => parseWhen(input)).toThrow(DateError);
      try {
        parseWhen(input);
      } catch (error) {
        expect((error as DateError).fix).toMatch(/YYYY-MM-DD/);
      }
    },
  );

  test('throws for a reversed period, suggesting the swap', () => {
    expect(() => parseWhen('2025/2021')).toThrow(/ends before it starts/);
    try {
      parseWhen('2025/2021');
    } catch (error) {
      expect((error as DateError).fix).toContain('2021/2025');
    }
  });

  test('throws when a part of the month qualifies a day, a year, a period or an unknown date', () => {
    expect(() => parseWhen('2022-04-05', 'late')).toThrow(/month-precise/);
    expect(() => parseWhen('2022', 'mid')).toThrow(/month-precise/);
    expect(() => parseWhen('2021/2025', 'early')).toThrow(/single month/);
    expect(() => parseWhen('unknown', 'early')).toThrow(/unknown/);
  });

  test.each([
    ['2021-02-29', 'February 2021 has 28 days'],
    ['2100-02-29', 'February 2100 has 28 days'],
    ['2022-04-31', 'April 2022 has 30 days'],
    ['2022-06-00', 'June 2022 has 30 days'],
    ['2021-02-29/2025', 'February 2021 has 28 days'],
    ['2020/2021-02-29', 'February 2021 has 28 days'],
  ])('throws for %s, a day that is not on the calendar', (input, days) => {
    expect(() => parseWhen(input)).toThrow(`"${input}" is not a day of the calendar: ${days}.`);
  });

  test.each(['2020-02-29', '2000-02-29', '2022-04-30', '2019?-07-31', '2021?', '2021%', '2022-04~'])(
    'accepts %s, a real calendar date',
    (input) => {
      expect(parseWhen(input).kind).toBe('date');
    },
  );

  test.each([
    ['2021-21', 'has month 21: months run from 01 to 12 (EDTF writes seasons and quarters as 21–41'],
    ['2021-04-XX', 'is a date with unspecified digits (X)'],
    ['2020-10-05T10:00', 'is a date with a time of day'],
    ['[2021..2022]', 'is an EDTF set'],
    ['{2021,2022}', 'is an EDTF list'],
    ['-2021', 'is a year before the common era'],
    ['Y170000002', 'is a year of more than four digits'],
    ['05/10/2020', 'is a day-month-year date'],
    [' 2021', 'is a date with spaces'],
    ['..', 'is not a date'],
    ['../..', 'is a period without a start or an end'],
  ])('names the form found in %s and lists the allowed forms', (input, found) => {
    expect(() => parseWhen(input)).toThrow(`"${input}" ${found}`);
    try {
      parseWhen(input);
    } catch (error) {
      expect((error as DateError).fix).toMatch(/^Use one of the allowed forms: YYYY, YYYY-MM or YYYY-MM-DD/);
      expect((error as DateError).message).not.toMatch(/undefined/);
    }
  });
});

describe('compareWhen', () => {
  test('returns chronological order by start, then end, with unknown dates last', () => {
    const inputs: [string, ('early' | 'mid' | 'late')?][] = [
      ['unknown'],
      ['2022-04', 'late'],
      ['2022'],
      ['2022-04-01'],
      ['2021/2025'],
      ['2022-04'],
    ];
    const sorted = inputs
      .map(([edtf, part]) => ({ edtf, when: parseWhen(edtf, part ?? null) }))
      .sort((a, b) => compareWhen(a.when, b.when))
      .map((x) => x.edtf + (x.when.kind === 'date' && x.when.part ? `~${x.when.part}` : ''));
    expect(sorted).toEqual(['2021/2025', '2022', '2022-04-01', '2022-04', '2022-04~late', 'unknown']);
  });
});

describe('fitsWithin', () => {
  const period = parseWhen('2021/2025');
  test('returns true for a date inside the period or with unknown bounds', () => {
    expect(fitsWithin(parseWhen('2022-04', 'late'), period)).toBe(true);
    expect(fitsWithin(parseWhen('unknown'), period)).toBe(true);
    expect(fitsWithin(parseWhen('2019'), parseWhen('2019?-07-31/..'))).toBe(true);
  });
  test('returns false for a date wholly before or after the period', () => {
    expect(fitsWithin(parseWhen('2019-06'), period)).toBe(false);
    expect(fitsWithin(parseWhen('2026-01-01'), period)).toBe(false);
  });
});

describe('machineDate / precisionOf / yearOf', () => {
  const of = (edtf: string, part: 'late' | null = null): When => parseWhen(edtf, part);
  test('returns the value for <time datetime> at the date’s own precision', () => {
    expect(machineDate(of('2020-10-05'))).toBe('2020-10-05');
    expect(machineDate(of('2022-04', 'late'))).toBe('2022-04');
    expect(machineDate(of('2021'))).toBe('2021');
    expect(machineDate(of('2021/2025'))).toBe('2021');
    expect(machineDate(of('unknown'))).toBeNull();
  });
  test('returns the precision key and year', () => {
    expect(precisionOf(of('2022-04', 'late'))).toBe('part');
    expect(precisionOf(of('2021/2025'))).toBe('interval');
    expect(precisionOf(of('unknown'))).toBe('unknown');
    expect(yearOf(of('2022-04', 'late'))).toBe(2022);
    expect(yearOf(of('unknown'))).toBeNull();
  });
});
