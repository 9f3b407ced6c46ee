import { describe, expect, test } from 'vitest';
import { differencesFromWritten } from './as-written.ts';

describe('differencesFromWritten', () => {
  test('returns nothing for values published as written, after the documented normalization', () => {
    const written = { date: 2021, places: ['da-nang'], figures: [{ value: 847, label: { vi: 'a', en: 'b' } }] };
    const exported = {
      date: '2021',
      places: ['da-nang'],
      themes: [],
      figures: [{ value: 847, unit: 'count', label: { vi: 'a', en: 'b' } }],
    };
    expect(differencesFromWritten(written, exported)).toEqual([]);
  });

  test.each([
    [{ date: '2022-02-30' }, { date: '2022-03-02' }, 'date'],
    [{ value: 12 }, { value: '12' }, 'value'],
    [{ date: 2021 }, { date: '2021-01-01' }, 'date'],
    [{ title: 'Đà Nẵng' }, { title: 'Đà Nẵng'.normalize('NFD') }, 'title'],
    [{ places: ['a', 'b'] }, { places: ['a'] }, 'places'],
    [{ places: ['a'] }, { places: ['a'], status: 'signed' }, 'status'],
    [{ label: { vi: 'x' } }, { label: { vi: 'y' } }, 'label.vi'],
  ])('reports a silent change: %j published as %j', (written, exported, field) => {
    expect(differencesFromWritten(written, exported).join('\n')).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
  });
});
