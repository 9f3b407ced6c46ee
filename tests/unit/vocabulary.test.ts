import { describe, expect, test } from 'vitest';
import { COLLECTIONS, DEFAULT_LANG, isLang, LANGS, LOCALE_TAG, otherLang } from '../../src/core/vocabulary.ts';

describe('isLang', () => {
  test('returns true for the site’s languages only', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang('VI')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('otherLang', () => {
  test('returns the other language', () => {
    expect(otherLang('vi')).toBe('en');
    expect(otherLang('en')).toBe('vi');
  });
});

describe('LANGS / LOCALE_TAG / COLLECTIONS', () => {
  test('returns Vietnamese first and as default, a BCP 47 tag per language and eight collections', () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    expect(DEFAULT_LANG).toBe('vi');
    for (const lang of LANGS) expect(Intl.getCanonicalLocales(LOCALE_TAG[lang])).toEqual([LOCALE_TAG[lang]]);
    expect(new Set(COLLECTIONS).size).toBe(8);
  });
});
