/**
 * What Pagefind learns about each entry page: filter values, metadata for
 * result display, and sort keys. Pagefind filters match exact strings, so
 * every value a reader can pick (a year, a province, a company) is computed
 * here at build, never derived in the browser.
 */
import { useTranslations } from '../i18n/ui.ts';
import { isoDay, type When } from '../core/dates.ts';
import { proseOf, shortTitleOf, whenOf, type Graph } from './graph.ts';
import { topCompany as companyOrRoot, topLocality as localityBelowCountry } from './indexes.ts';
import { entryTime } from './links.ts';
import type { AnyEntry, EntryOf, Ref } from './model.ts';
import type { Lang } from '../core/vocabulary.ts';

/** Filter groups, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'locality', 'partner', 'theme', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchFacets {
  filters: { name: SearchFilter; value: string }[];
  meta: { name: string; value: string }[];
  sort: { name: string; value: string }[];
}

type PlaceEntry = EntryOf<'places'>;
type OrgEntry = EntryOf<'organizations'>;

const asPlace = (graph: Graph, ref: Ref): PlaceEntry => graph.resolve({ collection: 'places', id: ref.id });
const asOrg = (graph: Graph, ref: Ref): OrgEntry => graph.resolve({ collection: 'organizations', id: ref.id });

/**
 * The top-level locality of a place: the province or centrally governed city
 * it lies in (itself when it is one), that is the ancestor just below the
 * country, whatever level the content gives it; null for the country.
 * @example topLocality(graph, hoaVang).id // 'da-nang'
 */
export function topLocality(graph: Graph, place: PlaceEntry): PlaceEntry | null {
  return place.facts.level === 'country' ? null : localityBelowCountry(graph, place);
}

/**
 * The company an organisation belongs to (a branch counts as its company);
 * null for public bodies and other non-companies.
 * @example topCompany(graph, vnptDaNang).id // 'vnpt'
 */
export function topCompany(graph: Graph, org: OrgEntry): OrgEntry | null {
  const top = companyOrRoot(graph, org);
  return top.facts.kind === 'company' ? top : null;
}

/** The partnership an event belongs to, if any. */
function partnershipOf(graph: Graph, entry: AnyEntry): EntryOf<'partnerships'> | null {
  if (entry.collection !== 'events' || !entry.facts.partnership) return null;
  return graph.resolve({ collection: 'partnerships', id: entry.facts.partnership.id });
}

/** Places an entry is about; an event inherits its partnership's localities. */
function placeRefs(graph: Graph, entry: AnyEntry): Ref[] {
  switch (entry.collection) {
    case 'partnerships':
      return [...entry.facts.localities];
    case 'events':
      return [...entry.facts.places, ...(partnershipOf(graph, entry)?.facts.localities ?? [])];
    case 'organizations':
    case 'documents':
      return [...entry.facts.places];
    case 'places':
      return [{ collection: 'places', id: entry.id }];
    case 'people':
      return entry.facts.roles.flatMap((role) => asOrg(graph, role.organization).facts.places);
    default:
      return [];
  }
}

/** Organisations an entry involves; a person counts the organisations of their roles. */
function orgRefs(graph: Graph, entry: AnyEntry): Ref[] {
  switch (entry.collection) {
    case 'partnerships':
      return [...entry.facts.partners];
    case 'events':
      return [...entry.facts.organizations, ...(partnershipOf(graph, entry)?.facts.partners ?? [])];
    case 'organizations':
      return [{ collection: 'organizations', id: entry.id }];
    case 'people':
      return entry.facts.roles.map((role) => role.organization);
    default:
      return [];
  }
}

/** Themes an entry covers; a theme page belongs to its own theme. */
function themeRefs(graph: Graph, entry: AnyEntry): Ref[] {
  switch (entry.collection) {
    case 'partnerships':
      return [...entry.facts.themes];
    case 'events':
      return [...entry.facts.themes, ...(partnershipOf(graph, entry)?.facts.themes ?? [])];
    case 'themes':
      return [{ collection: 'themes', id: entry.id }];
    default:
      return [];
  }
}

function unique<T>(items: (T | null)[]): T[] {
  return [...new Set(items.filter((item): item is T => item !== null))];
}

/** Top-level localities of an entry (provinces and centrally governed cities). */
export function localitiesOf(graph: Graph, entry: AnyEntry): PlaceEntry[] {
  return unique(placeRefs(graph, entry).map((ref) => topLocality(graph, asPlace(graph, ref))));
}

/** Technology companies of an entry (branches count as their company). */
export function partnersOf(graph: Graph, entry: AnyEntry): OrgEntry[] {
  return unique(orgRefs(graph, entry).map((ref) => topCompany(graph, asOrg(graph, ref))));
}

/** Themes of an entry, without repeats. */
export function themesOf(graph: Graph, entry: AnyEntry): EntryOf<'themes'>[] {
  return unique(themeRefs(graph, entry).map((ref) => graph.resolve({ collection: 'themes', id: ref.id })));
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
  const filters: SearchFacets['filters'] = [
    { name: 'type', value: type },
    ...localitiesOf(graph, entry).map((place) => ({ name: 'locality' as const, value: shortTitleOf(place, lang) })),
    ...partnersOf(graph, entry).map((org) => ({ name: 'partner' as const, value: shortTitleOf(org, lang) })),
    ...themesOf(graph, entry).map((theme) => ({ name: 'theme' as const, value: shortTitleOf(theme, lang) })),
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
