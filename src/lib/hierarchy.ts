/**
 * The one place that walks the place and organisation hierarchies and says
 * what an entry is about: its places, top-level localities, partner
 * companies and themes. The timeline (lanes and filters), the search index
 * (filters), the index pages, the breadcrumbs and the partnership matrix all
 * ask here, so a "partner" or a "locality" means the same thing everywhere.
 */
import type { Graph } from './graph.ts';
import type { AnyEntry, Entry, EntryOf, Ref } from './model.ts';

type Place = Entry<'places'>;
type Organization = Entry<'organizations'>;

const unique = <T>(items: Iterable<T | null>): T[] => [...new Set(items)].filter((item): item is T => item !== null);

/** The entry a place or organisation lies in, if any. */
function parentOf(graph: Graph, entry: AnyEntry): AnyEntry | null {
  if (entry.collection === 'places' && entry.facts.parent) return graph.resolve(entry.facts.parent);
  if (entry.collection === 'organizations' && entry.facts.parent) return graph.resolve(entry.facts.parent);
  return null;
}

/**
 * The parent chain of a place or organisation, outermost first, without the entry.
 * @example ancestorsOf(graph, hoaBac).map((p) => p.id) // ['viet-nam', 'da-nang', 'hoa-vang']
 */
export function ancestorsOf(graph: Graph, entry: AnyEntry): AnyEntry[] {
  const chain: AnyEntry[] = [];
  // Parent chains are checked for loops at load; the bound only guards against a bug.
  for (let parent = parentOf(graph, entry); parent && chain.length < 32; parent = parentOf(graph, parent)) {
    chain.unshift(parent);
  }
  return chain;
}

/** Places or organisations whose `parent` is this entry. */
export function childrenOf<C extends 'places' | 'organizations'>(graph: Graph, entry: Entry<C>): Entry<C>[] {
  return graph
    .backlinks(entry as AnyEntry)
    .filter((b) => b.field === 'parent' && b.from.collection === entry.collection)
    .map((b) => b.from as Entry<C>);
}

/**
 * The ids of a place and of every place within it.
 * @example placeAndDescendants(graph, daNang) // Set { 'da-nang', 'hoa-vang', 'hoa-bac', … }
 */
export function placeAndDescendants(graph: Graph, place: Place): Set<string> {
  const ids = new Set([place.id]);
  const queue = [place];
  for (let current = queue.shift(); current; current = queue.shift()) {
    for (const child of childrenOf(graph, current)) {
      if (!ids.has(child.id)) {
        ids.add(child.id);
        queue.push(child);
      }
    }
  }
  return ids;
}

/**
 * The top-level locality of a place: the unit just below the country (a
 * province or a centrally governed city), itself when it is one; null for
 * the country. A place whose province no source names sits directly under
 * the country and is its own top-level locality.
 * @example topLocality(graph, hoaVang)?.id // 'da-nang'
 */
export function topLocality(graph: Graph, place: Place): Place | null {
  if (place.facts.level === 'country') return null;
  const chain = [...ancestorsOf(graph, place), place] as Place[];
  return chain.find((p) => p.facts.level !== 'country') ?? null;
}

/**
 * The company an organisation belongs to: itself, or the first company above
 * it (a branch or a programme counts as its company); null for public bodies
 * and other organisations under no company.
 * @example topCompany(graph, vnptDaNang)?.id // 'vnpt'
 */
export function topCompany(graph: Graph, org: Organization): Organization | null {
  const chain = [org, ...(ancestorsOf(graph, org) as Organization[]).reverse()];
  return chain.find((o) => o.facts.kind === 'company') ?? null;
}

/** A place and the places above it, without the country. */
export function placeWithAncestors(graph: Graph, place: Place): Place[] {
  return [place, ...(ancestorsOf(graph, place) as Place[]).reverse()].filter((p) => p.facts.level !== 'country');
}

/** What an entry is about, resolved. */
export interface Sides {
  /** Places it names (an event also its partnership's localities), as written. */
  places: Place[];
  /** Top-level localities of those places, without repeats. */
  localities: Place[];
  /** Companies it involves (branches count as their company), without repeats. */
  partners: Organization[];
  /** Themes it covers, without repeats. */
  themes: Entry<'themes'>[];
}

const resolveAll = <C extends 'places' | 'organizations' | 'themes'>(graph: Graph, refs: readonly Ref<C>[]) =>
  refs.map((ref) => graph.resolve(ref) as EntryOf<C>);

/** The partnership an event belongs to, if any. */
export function partnershipOf(graph: Graph, entry: AnyEntry): Entry<'partnerships'> | null {
  return entry.collection === 'events' && entry.facts.partnership ? graph.resolve(entry.facts.partnership) : null;
}

function refsOf(
  graph: Graph,
  entry: AnyEntry,
): { places: Ref<'places'>[]; orgs: Ref<'organizations'>[]; themes: Ref<'themes'>[] } {
  const self = <C extends 'places' | 'organizations' | 'themes'>(collection: C): Ref<C>[] => [
    { collection, id: entry.id },
  ];
  switch (entry.collection) {
    case 'partnerships':
      return { places: entry.facts.localities, orgs: entry.facts.partners, themes: entry.facts.themes };
    case 'events': {
      const partnership = partnershipOf(graph, entry);
      return {
        places: [...entry.facts.places, ...(partnership?.facts.localities ?? [])],
        orgs: [...entry.facts.organizations, ...(partnership?.facts.partners ?? [])],
        themes: [...entry.facts.themes, ...(partnership?.facts.themes ?? [])],
      };
    }
    case 'organizations':
      return { places: entry.facts.places, orgs: self('organizations'), themes: [] };
    case 'documents':
      return { places: entry.facts.places, orgs: [], themes: [] };
    case 'places':
      return { places: self('places'), orgs: [], themes: [] };
    case 'people': {
      const orgs = entry.facts.roles.map((role) => role.organization);
      return { places: resolveAll(graph, orgs).flatMap((o) => o.facts.places), orgs, themes: [] };
    }
    case 'themes':
      return { places: [], orgs: [], themes: self('themes') };
    case 'sources':
      return { places: [], orgs: [], themes: [] };
  }
}

const sidesCache = new WeakMap<Graph, Map<AnyEntry, Sides>>();

/**
 * What an entry is about: its places and their top-level localities, the
 * companies it involves and its themes. An event inherits its partnership's
 * localities, partners and themes; a person counts the organisations of
 * their roles. Computed once per entry and graph.
 */
export function sidesOf(graph: Graph, entry: AnyEntry): Sides {
  let cache = sidesCache.get(graph);
  if (!cache) sidesCache.set(graph, (cache = new Map()));
  const known = cache.get(entry);
  if (known) return known;
  const refs = refsOf(graph, entry);
  const places = unique(resolveAll(graph, refs.places));
  const sides: Sides = {
    places,
    localities: unique(places.map((place) => topLocality(graph, place))),
    partners: unique(resolveAll(graph, refs.orgs).map((org) => topCompany(graph, org))),
    themes: unique(resolveAll(graph, refs.themes)),
  };
  cache.set(entry, sides);
  return sides;
}
