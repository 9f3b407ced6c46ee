import { describe, expect, test } from 'vitest';
import { figureView, formatFigure, type Figure } from '../../src/lib/figure-view.ts';

describe('formatFigure', () => {
  test('returns counts, percentages and areas per language', () => {
    expect(formatFigure(1920, 'count', 'vi')).toBe('1.920');
    expect(formatFigure(65, 'percent', 'en')).toBe('65%');
    expect(formatFigure(8000, 'm2', 'vi')).toBe('8.000 m²');
  });
});

describe('figureView', () => {
  const figure: Figure = {
    value: 1920,
    unit: 'count',
    label: { vi: 'dịch vụ công trực tuyến', en: 'online public services' },
    date: '2022-04',
    datePart: 'late',
    source: { collection: 'sources', id: 'bao' },
    quote: '1.920 dịch vụ công trực tuyến',
  };
  test("returns the value, the label in the reader's language and the as-of date at its precision", () => {
    expect(figureView(figure, 'en')).toMatchObject({
      value: '1,920',
      label: 'online public services',
      asOf: { datetime: '2022-04', short: 'late April 2022' },
    });
    expect(figureView(figure, 'vi')).toMatchObject({ value: '1.920', label: 'dịch vụ công trực tuyến' });
  });
});
