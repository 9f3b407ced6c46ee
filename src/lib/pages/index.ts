/** The index of one collection, grouped the way readers look for it. */
import { useTranslations } from '../../i18n/ui.ts';
import type { Graph } from '../graph.ts';
import {
  eventsByYear,
  organizationsByKind,
  partnershipsByLocality,
  partnershipsByPartner,
  placeTree,
  sortedList,
  usageCount,
  usageText,
  type Group,
  type TreeNode,
} from '../indexes.ts';
import { entryKind } from '../kind-label.ts';
import { linkTo, type EntryLink } from '../links.ts';
import type { AnyEntry } from '../model.ts';
import { roleAt } from '../people.ts';
import type { CollectionName, Lang } from '../../core/vocabulary.ts';
import type { Route } from '../routes.ts';
import { entryCard, type CardData } from './card.ts';

export interface IndexGroup {
  key: string;
  heading: string;
  cards: CardData[];
}

/** A grouping of the collection; without a heading, its groups are the page's sections. */
export interface IndexSection {
  key: string;
  heading: string;
  groups: IndexGroup[];
}

/** A place in the places tree, with what it is and what links to it. */
export interface PlaceNode {
  link: EntryLink;
  /** "Province", "District". */
  level: string;
  /** "2 partnerships · 1 event", or null when nothing links to it. */
  usage: string | null;
  children: PlaceNode[];
}

export interface IndexPageData {
  kind: 'index';
  route: Route & { kind: 'index' };
  sections: IndexSection[];
  /** The places tree (places index only). */
  places: PlaceNode[] | null;
  /** A flat list (people, documents, themes, sources). */
  list: CardData[];
}

const FLAT: CollectionName[] = ['people', 'documents', 'themes', 'sources'];

function sectionsOf(graph: Graph, collection: CollectionName, lang: Lang): IndexSection[] {
  const t = useTranslations(lang);
  const section = (key: string, heading: string, groups: Group[]): IndexSection => ({
    key,
    heading,
    groups: groups.map((g) => ({ key: g.key, heading: g.heading, cards: g.items.map((e) => entryCard(e, lang)) })),
  });
  switch (collection) {
    case 'partnerships':
      return [
        section('by-locality', t('index.byLocality'), partnershipsByLocality(graph, lang)),
        section('by-partner', t('index.byPartner'), partnershipsByPartner(graph, lang)),
      ];
    case 'events':
      return [section('by-year', '', eventsByYear(graph, lang))];
    case 'organizations':
      return [section('by-kind', '', organizationsByKind(graph, lang))];
    default:
      return [];
  }
}

function placeNodes(graph: Graph, nodes: TreeNode[], lang: Lang): PlaceNode[] {
  return nodes.map(({ entry, children }) => {
    const usage = usageCount(graph, entry);
    return {
      link: linkTo(entry, lang),
      level: entryKind(entry, lang),
      usage: usage.partnerships + usage.events > 0 ? usageText(usage, lang) : null,
      children: placeNodes(graph, children, lang),
    };
  });
}

/** The line under a flat list's card: a person's role, a theme's usage, a document's number. */
function extraOf(graph: Graph, entry: AnyEntry, lang: Lang): string | undefined {
  if (entry.collection === 'people') return roleAt(graph, entry, '', lang);
  if (entry.collection === 'themes') return usageText(usageCount(graph, entry), lang);
  if (entry.collection === 'documents') return entry.facts.number;
  return undefined;
}

export function indexPage(graph: Graph, route: Route & { kind: 'index' }): IndexPageData {
  const { lang, collection } = route;
  const list = FLAT.includes(collection) ? sortedList(graph, collection, lang) : [];
  return {
    kind: 'index',
    route,
    sections: sectionsOf(graph, collection, lang),
    places: collection === 'places' ? placeNodes(graph, placeTree(graph, lang), lang) : null,
    list: list.map((entry) => entryCard(entry, lang, extraOf(graph, entry, lang))),
  };
}
