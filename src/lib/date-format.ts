/**
 * Dates in words, in each language, never more precise than their source.
 * Parsing is `src/core/dates.ts`; the words are the UI strings in `src/i18n`.
 */
import { interpolate } from '../core/interpolate.ts';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { LOCALE_TAG, type Lang } from '../core/vocabulary.ts';
import type { When, WhenDate } from '../core/dates.ts';

const DICT = { vi, en } as const;
type DateKey = keyof typeof en & `date.${string}`;
const say = (lang: Lang, key: DateKey, vars: Record<string, string> = {}): string => interpolate(DICT[lang][key], vars);

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function intl(lang: Lang, options: Intl.DateTimeFormatOptions, ms: number): string {
  const key = `${lang}${JSON.stringify(options)}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_TAG[lang], { ...options, timeZone: 'UTC' });
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(ms);
}

function formatDate(when: WhenDate, lang: Lang, style: 'long' | 'short'): string {
  const year = String(new Date(when.start).getUTCFullYear());
  let text: string;
  if (when.precision === 'day') {
    text = intl(lang, { day: 'numeric', month: 'long', year: 'numeric' }, when.start);
  } else if (when.precision === 'month') {
    const month =
      style === 'short' && lang === 'vi'
        ? `tháng ${new Date(when.start).getUTCMonth() + 1}/${year}`
        : intl(lang, { month: 'long', year: 'numeric' }, when.start);
    text = when.part ? say(lang, `date.${when.part}`, { month }) : month;
  } else {
    text = style === 'short' ? say(lang, 'date.short.year', { year }) : say(lang, 'date.year', { year });
  }
  if (when.approximate) return say(lang, 'date.approximate', { date: text });
  if (when.yearUncertain) return say(lang, 'date.yearUncertain', { date: text });
  if (when.uncertain) return say(lang, 'date.uncertain', { date: text });
  return text;
}

/**
 * A date in words, never more precise than its source.
 * `short` is for timeline labels and lists ("cuối tháng 4/2022", "2021 — ngày không rõ").
 * @example formatWhen(parseWhen('2022-04', 'late'), 'vi') // 'cuối tháng 4 năm 2022'
 * @example formatWhen(parseWhen('2022-04', 'late'), 'en') // 'late April 2022'
 * @example formatWhen(parseWhen('2021/2025'), 'en') // '2021 – 2025'
 */
export function formatWhen(when: When, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (when.kind === 'unknown') return say(lang, style === 'long' ? 'date.unknownLong' : 'date.unknown');
  if (when.kind === 'date') return formatDate(when, lang, style);
  const yearsOnly = when.lower?.precision === 'year' && when.upper?.precision === 'year';
  const side = (d: WhenDate) => (yearsOnly ? String(new Date(d.start).getUTCFullYear()) : formatDate(d, lang, 'long'));
  if (when.lower && when.upper) return say(lang, 'date.range', { start: side(when.lower), end: side(when.upper) });
  if (when.lower) return say(lang, 'date.from', { date: formatDate(when.lower, lang, 'long') });
  if (when.upper) return say(lang, 'date.until', { date: formatDate(when.upper, lang, 'long') });
  return say(lang, 'date.unknownLong');
}
