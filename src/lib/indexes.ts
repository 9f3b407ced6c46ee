/**
 * Groupings for the collection index pages. Each returns plain groups of
 * entries in display order; the templates only render them.
 */
import { countOf, useTranslations } from '../i18n/ui.ts';
import { compareWhen, parseWhen } from '../core/dates.ts';
import { titleOf, whenOf, type Graph } from './graph.ts';
import { childrenOf, sidesOf } from './hierarchy.ts';
import { kindLabel } from './kind-label.ts';
import type { AnyEntry, Entry, EntryOf } from './model.ts';
import type { CollectionName, Lang } from '../core/vocabulary.ts';
import { ORGANIZATION_KINDS } from '../schemas/organizations.ts';

export interface Group<E extends AnyEntry = AnyEntry> {
  /** Stable key (an id, a year, a kind) for anchors and tests. */
  key: string;
  heading: string;
  /** The entry the group stands for (a place, a company), when there is one. */
  entry?: AnyEntry;
  items: E[];
}

const byTitle = (lang: Lang) => (a: AnyEntry, b: AnyEntry) => titleOf(a, lang).localeCompare(titleOf(b, lang), lang);

function groupBy<E extends AnyEntry>(items: E[], keysOf: (item: E) => AnyEntry[], lang: Lang): Group<E>[] {
  const groups = new Map<string, Group<E>>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key.id) ?? { key: key.id, heading: titleOf(key, lang), entry: key, items: [] };
      if (!group.items.includes(item)) group.items.push(item);
      groups.set(key.id, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || a.heading.localeCompare(b.heading, lang),
  );
}

export function partnershipsByLocality(graph: Graph, lang: Lang): Group<Entry<'partnerships'>>[] {
  return groupBy(graph.list('partnerships'), (p) => sidesOf(graph, p).localities, lang);
}

export function partnershipsByPartner(graph: Graph, lang: Lang): Group<Entry<'partnerships'>>[] {
  return groupBy(graph.list('partnerships'), (p) => sidesOf(graph, p).partners, lang);
}

/** Events by year, newest year first; events without a known year last. */
export function eventsByYear(graph: Graph, lang: Lang): Group<Entry<'events'>>[] {
  const t = useTranslations(lang);
  const groups = new Map<string, Group<Entry<'events'>>>();
  for (const event of graph.list('events')) {
    const when = whenOf(event);
    const year = when?.start != null ? String(new Date(when.start).getUTCFullYear()) : 'unknown';
    const group = groups.get(year) ?? { key: year, heading: year === 'unknown' ? t('index.undated') : year, items: [] };
    group.items.push(event);
    groups.set(year, group);
  }
  for (const group of groups.values()) {
    group.items.sort(
      (a, b) =>
        compareWhen(whenOf(a) ?? parseWhen('unknown'), whenOf(b) ?? parseWhen('unknown')) || a.id.localeCompare(b.id),
    );
  }
  return [...groups.values()].sort((a, b) =>
    a.key === 'unknown' ? 1 : b.key === 'unknown' ? -1 : b.key.localeCompare(a.key),
  );
}

export interface TreeNode {
  entry: Entry<'places'>;
  children: TreeNode[];
}

/** Places as a tree from the country down. */
export function placeTree(graph: Graph, lang: Lang): TreeNode[] {
  const nodes = (places: Entry<'places'>[]): TreeNode[] =>
    [...places].sort(byTitle(lang)).map((entry) => ({ entry, children: nodes(childrenOf(graph, entry)) }));
  return nodes(graph.list('places').filter((p) => !p.facts.parent));
}

export function organizationsByKind(graph: Graph, lang: Lang): Group<Entry<'organizations'>>[] {
  return ORGANIZATION_KINDS.map((kind) => ({
    key: kind,
    heading: kindLabel('organizations', kind, lang),
    items: graph
      .list('organizations')
      .filter((o) => o.facts.kind === kind)
      .sort(byTitle(lang)),
  })).filter((g) => g.items.length > 0);
}

/** A flat list in title order (people, themes keep their own order). */
export function sortedList<C extends CollectionName>(graph: Graph, collection: C, lang: Lang): EntryOf<C>[] {
  const list = [...graph.list(collection)];
  if (collection === 'people' || collection === 'documents' || collection === 'sources') list.sort(byTitle(lang));
  return list;
}

/**
 * "2 partnerships · 1 event": what links to an entry, leaving out zero counts.
 * @example usageText({ partnerships: 0, events: 1 }, 'en') // '1 event'
 */
export function usageText(usage: { partnerships: number; events: number }, lang: Lang): string {
  return [
    usage.partnerships > 0 ? countOf(usage.partnerships, 'count.partnerships', lang) : '',
    usage.events > 0 ? countOf(usage.events, 'count.events', lang) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** How many partnerships and events link to an entry (for theme and place counts). */
export function usageCount(graph: Graph, entry: AnyEntry): { partnerships: number; events: number } {
  const from = new Set(graph.backlinks(entry).map((b) => b.from));
  return {
    partnerships: [...from].filter((e) => e.collection === 'partnerships').length,
    events: [...from].filter((e) => e.collection === 'events').length,
  };
}
