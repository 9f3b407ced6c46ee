import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../src/core/dates.ts';
import { formatWhen } from '../../src/lib/date-format.ts';

describe('formatWhen', () => {
  const cases: [string, 'early' | 'mid' | 'late' | null, string, string][] = [
    ['2020-10-05', null, '5 tháng 10, 2020', '5 October 2020'],
    ['2022-04', null, 'tháng 4 năm 2022', 'April 2022'],
    ['2022-04', 'late', 'cuối tháng 4 năm 2022', 'late April 2022'],
    ['2023-02', 'mid', 'giữa tháng 2 năm 2023', 'mid-February 2023'],
    ['2022-06', 'early', 'đầu tháng 6 năm 2022', 'early June 2022'],
    ['2021', null, 'năm 2021', '2021'],
    ['2023?', null, 'năm 2023 (chưa chắc chắn)', '2023 (uncertain)'],
    ['2019?-07-31', null, '31 tháng 7, 2019 (năm được suy ra)', '31 July 2019 (year inferred)'],
    ['2021/2025', null, '2021 – 2025', '2021 – 2025'],
    ['2020-10-05/..', null, 'từ 5 tháng 10, 2020', 'from 5 October 2020'],
    ['2022-06/..', null, 'từ tháng 6 năm 2022', 'from June 2022'],
    ['unknown', null, 'nguồn không nêu ngày', 'date not stated in the source'],
  ];
  test.each(cases)('returns words for %s (%s) in Vietnamese and English', (input, part, vi, en) => {
    const when = parseWhen(input, part);
    expect(formatWhen(when, 'vi')).toBe(vi);
    expect(formatWhen(when, 'en')).toBe(en);
  });

  test('returns the short forms used on timelines', () => {
    expect(formatWhen(parseWhen('2022-04', 'late'), 'vi', 'short')).toBe('cuối tháng 4/2022');
    expect(formatWhen(parseWhen('2022-04', 'late'), 'en', 'short')).toBe('late April 2022');
    expect(formatWhen(parseWhen('2021'), 'vi', 'short')).toBe('2021 — ngày không rõ');
    expect(formatWhen(parseWhen('2021'), 'en', 'short')).toBe('2021 — exact date unknown');
    expect(formatWhen(parseWhen('unknown'), 'vi', 'short')).toBe('không rõ ngày');
  });
});
