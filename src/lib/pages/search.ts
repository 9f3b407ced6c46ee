/** The search page: the form is fixed; filter options come from the Pagefind index at run time. */
import { COLLECTIONS } from '../../core/vocabulary.ts';
import { type Route } from '../routes.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../search.ts';
import { useTranslations } from '../../i18n/ui.ts';

export interface SearchPageData {
  kind: 'search';
  route: Route & { kind: 'page' };
  /** Filter groups, in the order the form shows them. */
  filters: SearchFilter[];
  /** The entry types' names, as the pages' `type` filter values, in collection order. */
  types: string[];
}

export function searchPage(route: Route & { kind: 'page' }): SearchPageData {
  const t = useTranslations(route.lang);
  return {
    kind: 'search',
    route,
    filters: [...SEARCH_FILTERS],
    types: COLLECTIONS.map((collection) => t(`collectionOne.${collection}`)),
  };
}
