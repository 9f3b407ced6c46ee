/** The about page: method, sources, how to contribute. */
import type { Graph } from '../graph.ts';
import { linkTo, type EntryLink } from '../links.ts';
import type { Route } from '../routes.ts';

export interface AboutPageData {
  kind: 'about';
  route: Route & { kind: 'page' };
  /** Every source of the record, in the collection's order. */
  sources: EntryLink[];
}

export function aboutPage(graph: Graph, route: Route & { kind: 'page' }): AboutPageData {
  return { kind: 'about', route, sources: graph.list('sources').map((s) => linkTo(s, route.lang)) };
}
