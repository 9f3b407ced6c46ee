/**
 * The timeline's view as it lives in the URL: lanes, filters and visible
 * window. Pure functions, shared by the custom element and the unit tests;
 * the URL is the single source of truth, so a view can be shared and the
 * back button restores it.
 *
 * @example parseViewState('?group=locality&theme=ky-nang-so') // { group: 'locality', theme: 'ky-nang-so', … }
 */
import type { FacetName, TimelineItem, UndatedItem } from '../../lib/timeline/types.ts';

export const GROUPINGS = ['partner', 'locality', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const DEFAULT_GROUPING: Grouping = 'partner';
export const FACETS: readonly FacetName[] = ['theme', 'partner', 'place'];

export interface ViewState {
  group: Grouping;
  /** One selected key per filter, or null for all. */
  filters: Record<FacetName, string | null>;
  /** Visible window, as UTC days (YYYY-MM-DD), or null to show everything. */
  window: { from: string; to: string } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[\w-]{1,100}$/;

export const emptyState = (): ViewState => ({
  group: DEFAULT_GROUPING,
  filters: { theme: null, partner: null, place: null },
  window: null,
});

/** Reads a view from a query string; anything malformed falls back to the default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const group = params.get('group');
  if ((GROUPINGS as readonly string[]).includes(group ?? '')) state.group = group as Grouping;
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value && KEY.test(value)) state.filters[facet] = value;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DAY.test(from) && DAY.test(to) && from < to) state.window = { from, to };
  return state;
}

/**
 * The query string of a view, without defaults, in a stable order.
 * @example serializeViewState({ group: 'partner', filters: { theme: 'a', partner: null, place: null }, window: null }) // '?theme=a'
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.group !== DEFAULT_GROUPING) params.set('group', state.group);
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value) params.set(facet, value);
  }
  if (state.window) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an item passes every active filter. */
export function matches(item: Pick<TimelineItem | UndatedItem, 'facets'>, filters: ViewState['filters']): boolean {
  return FACETS.every((facet) => {
    const wanted = filters[facet];
    return wanted === null || item.facets[facet].includes(wanted);
  });
}

/** Two views show the same items in the same lanes (the window aside). */
export const sameSelection = (a: ViewState, b: ViewState): boolean =>
  a.group === b.group && FACETS.every((facet) => a.filters[facet] === b.filters[facet]);

/**
 * A visible window as URL days: the start day, and the day after the end
 * (so that a window ending at midnight keeps its last day).
 */
export function windowOf(start: Date, end: Date): { from: string; to: string } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const from = day(start.getTime());
  const to = day(end.getTime() + 86_399_999);
  return { from, to: to > from ? to : day(start.getTime() + 86_400_000) };
}

/** The lanes an item is drawn in for a grouping: one per key, or the single lane. */
export function lanesOf(item: Pick<TimelineItem, 'groups'>, group: Grouping): (string | null)[] {
  return group === 'none' ? [null] : item.groups[group];
}

/** Where the `<iframe>` code takes the view's query: the same slot as `QUERY_SLOT` in src/lib/share.ts. */
export const QUERY_SLOT = '{query}';

/**
 * The `<iframe>` code of a view: the page's template with the view's query
 * in the slot, `&` escaped as the `src` attribute needs.
 * @example embedCode('<iframe src="https://x.org/en/embed/timeline/{query}"></iframe>', { group: 'none', … }) // '<iframe src="https://x.org/en/embed/timeline/?group=none"></iframe>'
 */
export function embedCode(template: string, state: ViewState): string {
  return template.replace(QUERY_SLOT, serializeViewState(state).replace(/&/g, '&amp;'));
}
