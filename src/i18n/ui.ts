import { interpolate, type Vars } from '../core/interpolate.ts';
import { LOCALE_TAG, type Lang } from '../core/vocabulary.ts';
import { en, type UiKey } from './en.ts';
import { vi } from './vi.ts';

export type { UiKey, Vars };

const DICTIONARIES = { vi, en } as const;

export type Translate = (key: UiKey, vars?: Vars) => string;

/** The translate function of one language. */
export function useTranslations(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, vars) => interpolate(dict[key], vars);
}

/**
 * Numbers in the reader's convention.
 * @example formatNumber(1920, 'vi') // '1.920'
 */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const key = `${lang}${JSON.stringify(options ?? {})}`;
  let formatter = NUMBER_FORMATS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_TAG[lang], options);
    NUMBER_FORMATS.set(key, formatter);
  }
  return formatter.format(value);
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A count with its noun in the right plural form (`<key>.one` / `<key>.other`).
 * @example countOf(1, 'count.events', 'en') // '1 event'
 */
export function countOf(n: number, key: 'count.partnerships' | 'count.events', lang: Lang): string {
  const form = new Intl.PluralRules(LOCALE_TAG[lang]).select(n) === 'one' ? 'one' : 'other';
  return useTranslations(lang)(`${key}.${form}`, { n: formatNumber(n, lang) });
}

/**
 * A list joined the way the language joins lists.
 * @example formatList(['A', 'B', 'C'], 'vi') // 'A, B và C'
 */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE_TAG[lang], { type: 'conjunction' }).format(items);
}
