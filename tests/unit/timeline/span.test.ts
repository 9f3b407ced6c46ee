import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../../src/core/dates.ts';
import { spanOf } from '../../../src/lib/timeline/span.ts';

describe('spanOf', () => {
  test('returns a single day for a day-precise date', () => {
    const span = spanOf(parseWhen('2020-10-05'));
    expect(span).toMatchObject({ precision: 'day', openEnd: false, uncertain: false });
    expect(new Date(span!.start).toISOString()).toBe('2020-10-05T00:00:00.000Z');
    expect(new Date(span!.end).toISOString()).toBe('2020-10-06T00:00:00.000Z');
  });
  test('returns days 21 to the end of the month for "late"', () => {
    const span = spanOf(parseWhen('2022-04', 'late'))!;
    expect(span.precision).toBe('part');
    expect(new Date(span.start).toISOString().slice(0, 10)).toBe('2022-04-21');
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2022-05-01');
  });
  test('returns the whole month or year for month- and year-precise dates', () => {
    expect(new Date(spanOf(parseWhen('2022-06'))!.end).toISOString().slice(0, 10)).toBe('2022-07-01');
    const year = spanOf(parseWhen('2021'))!;
    expect([year.precision, new Date(year.start).toISOString().slice(0, 10)]).toEqual(['year', '2021-01-01']);
    expect(new Date(year.end).toISOString().slice(0, 10)).toBe('2022-01-01');
  });
  test('returns an uncertain span for an inferred year', () => {
    expect(spanOf(parseWhen('2019?-07-31'))).toMatchObject({ precision: 'day', uncertain: true });
  });
  test('returns a period with the coarser precision of its bounds', () => {
    const span = spanOf(parseWhen('2021-03/2025'))!;
    expect(span.precision).toBe('year');
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2026-01-01');
  });
  test('returns an open end drawn to the latest later report, never further', () => {
    const evidence = [parseWhen('2020-10-08'), parseWhen('2019'), parseWhen('2023?')];
    const span = spanOf(parseWhen('2020-10-05/..'), evidence)!;
    expect(span.openEnd).toBe(true);
    // "2023?" attests the partnership from 1 January 2023 at the latest: the range stops there.
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(span.reported?.edtf).toBe('2023?');
  });
  test('returns only the start date for an open end with no later report', () => {
    const span = spanOf(parseWhen('2020-10-05/..'), [parseWhen('2020-10-05')])!;
    expect([span.openEnd, span.reported]).toEqual([true, null]);
    expect(span.end - span.start).toBe(86_400_000);
  });
  test('returns null for an unknown date', () => {
    expect(spanOf(parseWhen('unknown'))).toBeNull();
  });
});
