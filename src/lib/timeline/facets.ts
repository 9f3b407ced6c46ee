/**
 * The timeline's lanes and filters: the keys each item is grouped and
 * filtered by (an entry's sides, as `hierarchy.ts` has them and the search
 * index too), and the lanes and filter choices a set of items offers.
 */
import { useTranslations } from '../../i18n/ui.ts';
import type { Lang } from '../../core/vocabulary.ts';
import { shortTitleOf, titleOf, type Graph } from '../graph.ts';
import { placeWithAncestors, sidesOf, topLocality } from '../hierarchy.ts';
import type { AnyEntry, Entry } from '../model.ts';
import type { TimelineContext } from './context.ts';
import type { FacetName, FacetOption, GroupDimension, ItemBase, TimelineGroup } from './types.ts';

/** Group key of items with no partner organisation or no locality. */
export const NO_GROUP = '_none';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Lane keys and filter keys of a partnership or event: its sides (`hierarchy.ts`), as the search index has them. */
export function facetsOf(
  ctx: TimelineContext,
  entry: Entry<'partnerships'> | Entry<'events'>,
): Pick<ItemBase, 'groups' | 'facets'> {
  const sides = sidesOf(ctx.graph, entry);
  const localities = sides.localities.map((p) => p.id);
  const partners = sides.partners.map((o) => o.id);
  return {
    groups: {
      locality: localities.length > 0 ? localities : [NO_GROUP],
      partner: partners.length > 0 ? partners : [NO_GROUP],
    },
    facets: {
      theme: sides.themes.map((theme) => theme.id),
      partner: partners,
      place: unique(sides.places.flatMap((p) => placeWithAncestors(ctx.graph, p).map((a) => a.id))),
    },
  };
}

/** The lanes of one grouping that some items use, by label, with "no place" / "no partner" last. */
export function timelineGroups(
  graph: Graph,
  items: readonly ItemBase[],
  dim: GroupDimension,
  lang: Lang,
): TimelineGroup[] {
  const t = useTranslations(lang);
  const collection = dim === 'locality' ? 'places' : 'organizations';
  const ids = unique(items.flatMap((item) => item.groups[dim]));
  const named = ids
    .filter((id) => id !== NO_GROUP)
    .map((id) => ({ id, label: shortTitleOf(graph.get(collection, id) as AnyEntry, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const none = ids.includes(NO_GROUP)
    ? [{ id: NO_GROUP, label: t(dim === 'locality' ? 'timeline.noPlace' : 'timeline.noPartner') }]
    : [];
  return [...named, ...none];
}

/** Place choices: province-level places first, each followed by the places within it, then the rest. */
function placeOptions(graph: Graph, places: ReadonlySet<string>, lang: Lang): FacetOption[] {
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, lang);
  const options = [...places]
    .map((id) => graph.get('places', id) as Entry<'places'>)
    .map((p) => {
      const top = topLocality(graph, p);
      return { id: p.id, label: shortTitleOf(p, lang), parent: top === null || top.id === p.id ? null : top.id };
    });
  const tops = options.filter((o) => o.parent === null).sort(byLabel);
  const orphans = options.filter((o) => o.parent !== null && !places.has(o.parent));
  return [
    ...tops.flatMap((top) => [top, ...options.filter((o) => o.parent === top.id).sort(byLabel)]),
    ...orphans.sort(byLabel),
  ];
}

/** The choices of each filter that some items use: themes in the graph's order, partners and places by label. */
export function facetOptions(graph: Graph, items: readonly ItemBase[], lang: Lang): Record<FacetName, FacetOption[]> {
  const used = (facet: FacetName) => new Set(items.flatMap((item) => item.facets[facet]));
  const themes = used('theme');
  return {
    theme: graph
      .list('themes')
      .filter((theme) => themes.has(theme.id))
      .map((theme) => ({ id: theme.id, label: titleOf(theme, lang), parent: null })),
    partner: [...used('partner')]
      .map((id) => ({ id, label: shortTitleOf(graph.get('organizations', id) as AnyEntry, lang), parent: null }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
    place: placeOptions(graph, used('place'), lang),
  };
}
