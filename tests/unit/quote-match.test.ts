import { describe, expect, test } from 'vitest';
import { matchable } from '../../src/lib/quote-match.ts';

describe('matchable', () => {
  test('returns the same text for differences of case, normalization, spacing, quotes and dashes', () => {
    const source = 'Cuối tháng 4-2022, UBND huyện “Hòa Vang”  ký kết';
    const quote = 'cuối tháng 4–2022, ubnd huyện "Hòa Vang" ký kết'.normalize('NFD');
    expect(matchable(source)).toBe(matchable(quote));
  });

  test('returns different text when a word or a diacritic differs', () => {
    expect(matchable('Hòa Vang')).not.toBe(matchable('Hoa Vang'));
    expect(matchable('ký kết')).not.toBe(matchable('ký'));
  });
});
