/**
 * What Pagefind learns about each entry page: filter values (computed here,
 * because Pagefind filters match exact strings), metadata for result
 * display, and sort keys.
 */
import { useTranslations } from '../i18n/ui.ts';
import { isoDay } from './dates.ts';
import { titleOf, whenOf, type Graph } from './graph.ts';
import { entryTime } from './links.ts';
import type { AnyEntry, Ref } from './model.ts';
import type { Lang } from './routes.ts';

export interface SearchFacets {
  filters: { name: string; value: string }[];
  meta: { name: string; value: string }[];
  sort: { name: string; value: string }[];
}

/** Top-level localities (province or centrally governed city) of a set of places. */
function localities(graph: Graph, refs: readonly Ref[]): string[] {
  const names = new Set<string>();
  for (const ref of refs) {
    let place = graph.resolve(ref as Ref & { collection: 'places' });
    while (place.facts.parent && place.facts.level !== 'province' && place.facts.level !== 'municipality') {
      place = graph.resolve(place.facts.parent as Ref & { collection: 'places' });
    }
    if (place.facts.level !== 'country') names.add(place.id);
  }
  return [...names];
}

function placesOf(entry: AnyEntry): readonly Ref[] {
  switch (entry.collection) {
    case 'partnerships':
      return entry.facts.localities;
    case 'events':
    case 'organizations':
    case 'documents':
      return entry.facts.places;
    case 'places':
      return [{ collection: 'places', id: entry.id }];
    default:
      return [];
  }
}

/** Top-level companies among organisations (a branch counts as its company). */
function partnersOf(graph: Graph, entry: AnyEntry): string[] {
  const orgs: readonly Ref[] =
    entry.collection === 'partnerships'
      ? entry.facts.partners
      : entry.collection === 'events'
        ? entry.facts.organizations
        : entry.collection === 'organizations'
          ? [{ collection: 'organizations', id: entry.id }]
          : [];
  const ids = new Set<string>();
  for (const ref of orgs) {
    let org = graph.resolve(ref as Ref & { collection: 'organizations' });
    while (org.facts.parent && org.facts.kind !== 'company')
      org = graph.resolve(org.facts.parent as Ref & { collection: 'organizations' });
    if (org.facts.kind === 'company') ids.add(org.id);
  }
  return [...ids];
}

function themesOf(entry: AnyEntry): readonly Ref[] {
  return entry.collection === 'partnerships' || entry.collection === 'events' ? entry.facts.themes : [];
}

export function searchFacets(graph: Graph, entry: AnyEntry, lang: Lang): SearchFacets {
  const t = useTranslations(lang);
  const filters: SearchFacets['filters'] = [{ name: 'type', value: t(`collectionOne.${entry.collection}`) }];
  for (const id of localities(graph, placesOf(entry)))
    filters.push({ name: 'locality', value: titleOf(graph.resolve({ collection: 'places', id }), lang) });
  for (const id of partnersOf(graph, entry))
    filters.push({ name: 'partner', value: titleOf(graph.resolve({ collection: 'organizations', id }), lang) });
  for (const ref of themesOf(entry))
    filters.push({ name: 'theme', value: titleOf(graph.resolve(ref as Ref & { collection: 'themes' }), lang) });
  const when = whenOf(entry);
  if (when?.start != null) filters.push({ name: 'year', value: String(new Date(when.start).getUTCFullYear()) });
  const time = entryTime(entry, lang);
  const meta = [
    { name: 'kind', value: t(`collectionOne.${entry.collection}`) },
    ...(time ? [{ name: 'date', value: time.short }] : []),
  ];
  const sort = when?.start != null ? [{ name: 'date', value: isoDay(when.start) }] : [];
  return { filters, meta, sort };
}
