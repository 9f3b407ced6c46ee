import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { formatList, formatNumber, useTranslations } from '../../src/i18n/ui.ts';
import { vi } from '../../src/i18n/vi.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  test('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
    }
  });
  test('have no empty strings and only NFC text', () => {
    for (const dict of [vi, en]) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe('');
        expect(value, key).toBe(value.normalize('NFC'));
      }
    }
  });
});

describe('useTranslations', () => {
  test('returns strings of the requested language', () => {
    expect(useTranslations('vi')('nav.timeline')).toBe('Dòng thời gian');
    expect(useTranslations('en')('nav.timeline')).toBe('Timeline');
  });
});

describe('formatNumber / formatList', () => {
  test('returns numbers in each language’s convention', () => {
    expect(formatNumber(1920, 'vi')).toBe('1.920');
    expect(formatNumber(1920, 'en')).toBe('1,920');
    expect(formatNumber(0.65, 'vi', { style: 'percent' })).toBe('65%');
  });
  test('returns lists joined in each language', () => {
    expect(formatList(['A', 'B', 'C'], 'vi')).toBe('A, B và C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
});
