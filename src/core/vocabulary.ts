/**
 * The site's vocabulary: its languages and its collections. The bottom
 * layer: imports nothing of the project, and everything may import it
 * (schemas, UI strings, lib, components).
 */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** BCP 47 tags for `Intl` and `<html lang>`. */
export const LOCALE_TAG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export const COLLECTIONS = [
  'partnerships',
  'events',
  'organizations',
  'places',
  'people',
  'documents',
  'themes',
  'sources',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}
