import { describe, expect, test } from 'vitest';
import { compareParity, numbersIn, parityFacts } from '../../src/lib/parity.ts';

const words = { title: 'T', summary: 'S' };

describe('numbersIn', () => {
  test('returns the same numbers for Vietnamese and English ways of writing them', () => {
    expect(numbersIn('1.920 thành viên, 65%, 8.000 m², cuối tháng 4-2022, ngày 31-7', 'vi')).toEqual([
      '1920',
      '65',
      '8000',
      '4',
      '2022',
      '31',
      '7',
    ]);
    expect(numbersIn('1,920 members, 65 %, 8,000 m², late April 2022, 31 July', 'en')).toEqual([
      '1920',
      '65',
      '8000',
      '4',
      '2022',
      '31',
      '7',
    ]);
  });

  test('returns decimals with a point in both languages, and 4.0 as 4', () => {
    expect(numbersIn('2,5 lần; Công nghiệp 4.0', 'vi')).toEqual(['2.5', '4']);
    expect(numbersIn('2.5 times; Industry 4.0', 'en')).toEqual(['2.5', '4']);
  });

  test('returns no month for the verb "may"', () => {
    expect(numbersIn('it may help; in May 2020', 'en')).toEqual(['5', '2020']);
  });
});

describe('compareParity', () => {
  const vi = (body: string) => parityFacts(body, words, 'vi');
  const en = (body: string) => parityFacts(body, words, 'en');

  test('returns nothing for versions that cite, count and quote alike', () => {
    const a = vi('Có 11 xã. <Cite source="a" />\n\n## Kết quả\n\n<Quote by="p" source="b" lang="vi">lời nói</Quote>');
    const b = en(
      'There are 11 communes. <Cite source="a" />\n\n## Results\n\n<Quote by="p" source="b" lang="vi" translation="words">lời nói</Quote>',
    );
    expect(compareParity(a, b)).toEqual([]);
  });

  test('returns a source cited in a section of one language only', () => {
    const a = vi('Một. <Cite source="a" />\n\n## Hai\n\nHai. <Cite source="b" />');
    const b = en('One. <Cite source="a" /> <Cite source="b" />\n\n## Two\n\nTwo.');
    expect(compareParity(a, b).map((d) => [d.check, d.value, d.message])).toEqual([
      ['sources', 'b', 'source "b" is cited before the first heading only in the English.'],
      ['sources', 'b', 'source "b" is cited in section 1 only in the Vietnamese.'],
    ]);
  });

  test('returns a different number of sections', () => {
    expect(compareParity(vi('A\n\n## B\n\nC'), en('A')).map((d) => d.value)).toEqual(['sections']);
  });

  test('returns a number missing from one language, counted', () => {
    const differences = compareParity(vi('phủ 100% số xã, tức cả 11 xã'), en('all 11 communes'));
    expect(differences).toEqual([
      { check: 'numbers', value: '100', message: 'the number 100 appears 1× in the Vietnamese and 0× in the English.' },
    ]);
  });

  test('returns a quotation that differs, and ignores numbers inside quotations and front matter alike', () => {
    const a = parityFacts(
      '<Quote by="p" source="b" lang="vi">trong 5 năm</Quote>',
      { title: 'Năm 2021', summary: '' },
      'vi',
    );
    const b = parityFacts(
      '<Quote by="p" source="b" lang="vi" translation="in five years">trong 5 năm nữa</Quote>',
      { title: 'Year 2021', summary: '' },
      'en',
    );
    expect(compareParity(a, b).map((d) => [d.check, d.value])).toEqual([
      ['quotations', 'trong 5 năm'],
      ['quotations', 'trong 5 năm nữa'],
    ]);
  });
});
