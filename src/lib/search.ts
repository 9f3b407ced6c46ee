/**
 * What Pagefind learns about each entry page: filter values, metadata for
 * result display, and sort keys. Pagefind filters match exact strings, so
 * every value a reader can pick (a year, a province, a company) is computed
 * here at build, never derived in the browser.
 */
import { useTranslations } from '../i18n/ui.ts';
import { isoDay, type When } from '../core/dates.ts';
import { proseOf, shortTitleOf, whenOf, type Graph } from './graph.ts';
import { sidesOf } from './hierarchy.ts';
import { entryTime } from './links.ts';
import type { AnyEntry } from './model.ts';
import { COLLECTIONS, otherLang, type Lang } from '../core/vocabulary.ts';

/** Filter groups, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'locality', 'partner', 'theme', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchFacets {
  filters: { name: SearchFilter; value: string }[];
  meta: { name: string; value: string }[];
  sort: { name: string; value: string }[];
}

/**
 * Every calendar year a date covers: one for a date, each year of a closed
 * period, the first year of an open one, none when unknown.
 * @example yearsOf(parseWhen('2022-04/2023')) // ['2022', '2023']
 */
export function yearsOf(when: When | null): string[] {
  const first = when?.start ?? when?.end ?? null;
  if (first === null || !when) return [];
  const from = new Date(first).getUTCFullYear();
  const to = when.end === null ? from : new Date(when.end).getUTCFullYear();
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** Filters, metadata and sort key of an entry page in one language. */
export function searchFacets(graph: Graph, entry: AnyEntry, lang: Lang): SearchFacets {
  const t = useTranslations(lang);
  const type = t(`collectionOne.${entry.collection}`);
  const when = whenOf(entry);
  const sides = sidesOf(graph, entry);
  const filters: SearchFacets['filters'] = [
    { name: 'type', value: type },
    ...sides.localities.map((place) => ({ name: 'locality' as const, value: shortTitleOf(place, lang) })),
    ...sides.partners.map((org) => ({ name: 'partner' as const, value: shortTitleOf(org, lang) })),
    ...sides.themes.map((theme) => ({ name: 'theme' as const, value: shortTitleOf(theme, lang) })),
    ...yearsOf(when).map((year) => ({ name: 'year' as const, value: year })),
  ];
  const time = entryTime(entry, lang);
  const { lang: textLang, fallback } = proseOf(entry, lang);
  const meta = [
    { name: 'kind', value: type },
    // The short name ranks an entry first when a query is exactly its name.
    { name: 'name', value: shortTitleOf(entry, lang) },
    ...(time ? [{ name: 'date', value: time.short }] : []),
    ...(fallback ? [{ name: 'title_lang', value: textLang }] : []),
  ];
  const start = when?.start ?? when?.end ?? null;
  const sort = start === null ? [] : [{ name: 'date', value: isoDay(start) }];
  return { filters, meta, sort };
}

/** Which collection's entries name the values of a filter group. */
const VALUE_COLLECTIONS = { locality: 'places', partner: 'organizations', theme: 'themes' } as const;

/**
 * Every filter value of `lang` whose name in the other language differs,
 * with that name, by group: what a search of both languages needs to let
 * "Sự kiện" also find the English pages filed under "Event". Years are the
 * same in both languages and never listed.
 * @example filterCounterparts(graph, 'vi').type?.['Sự kiện'] // 'Event'
 */
export function filterCounterparts(graph: Graph, lang: Lang): Partial<Record<SearchFilter, Record<string, string>>> {
  const other = otherLang(lang);
  const here = useTranslations(lang);
  const there = useTranslations(other);
  const pairs = (list: [string, string][]) => {
    const table: Record<string, string> = {};
    for (const [a, b] of list) if (a !== b && !(a in table)) table[a] = b;
    return table;
  };
  const result: Partial<Record<SearchFilter, Record<string, string>>> = {
    type: pairs(COLLECTIONS.map((c) => [here(`collectionOne.${c}`), there(`collectionOne.${c}`)])),
  };
  for (const [group, collection] of Object.entries(VALUE_COLLECTIONS) as [
    SearchFilter,
    (typeof VALUE_COLLECTIONS)[keyof typeof VALUE_COLLECTIONS],
  ][])
    result[group] = pairs(
      graph
        .all()
        .filter((entry) => entry.collection === collection)
        .map((entry) => [shortTitleOf(entry, lang), shortTitleOf(entry, other)]),
    );
  return result;
}
