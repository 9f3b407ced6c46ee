/** The words for what an entry is: its kind (or a place's level), and the kicker above its title. */
import { useTranslations, type UiKey } from '../i18n/ui.ts';
import type { CollectionName, Lang } from '../core/vocabulary.ts';
import type { AnyEntry, Entry } from './model.ts';

/** Entries with a kind, or a level for places. */
export type KindedEntry =
  Entry<'partnerships'> | Entry<'events'> | Entry<'organizations'> | Entry<'documents'> | Entry<'places'>;

/**
 * The label of a kind of a collection: the only place `kind.*` strings are looked up.
 * @example kindLabel('events', 'signing', 'en') // 'Signing'
 * @example kindLabel('places', 'province', 'vi') // 'Tỉnh'
 */
export function kindLabel(collection: CollectionName, kind: string, lang: Lang): string {
  return useTranslations(lang)(`kind.${collection}.${kind}` as UiKey);
}

/** An entry's kind, or a place's level, in words; null for collections without one (people, themes, sources). */
export function entryKind(entry: KindedEntry, lang: Lang): string;
export function entryKind(entry: AnyEntry, lang: Lang): string | null;
export function entryKind(entry: AnyEntry, lang: Lang): string | null {
  if (entry.collection === 'places') return kindLabel('places', entry.facts.level, lang);
  return 'kind' in entry.facts ? kindLabel(entry.collection, entry.facts.kind, lang) : null;
}

/**
 * What an entry is, for the line above its title: the collection, then its kind when it has one.
 * @example entryKicker(partnership, 'en') // 'Partnership · Memorandum of understanding'
 */
export function entryKicker(entry: AnyEntry, lang: Lang): string {
  const collection = useTranslations(lang)(`collectionOne.${entry.collection}`);
  const kind = entryKind(entry, lang);
  return kind ? `${collection} · ${kind}` : collection;
}
