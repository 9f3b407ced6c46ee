/** The graph lookups timeline items need, computed once per graph. */
import type { Graph } from '../graph.ts';
import { placeWithAncestors, sidesOf } from '../hierarchy.ts';
import type { Entry } from '../model.ts';

/** What an item needs from the graph beyond its own facts. */
export interface TimelineContext {
  graph: Graph;
  /** Partnerships whose localities are the place or lie within it, in the graph's order. */
  partnershipsIn: (placeId: string) => Entry<'partnerships'>[];
}

const contexts = new WeakMap<Graph, TimelineContext>();

/**
 * The graph lookups items need. Computed once per graph and reused by every
 * page's timeline: computing it per page would make the build quadratic.
 */
export function timelineContext(graph: Graph): TimelineContext {
  const known = contexts.get(graph);
  if (known) return known;
  const byPlace = new Map<string, Entry<'partnerships'>[]>();
  for (const partnership of graph.list('partnerships')) {
    const ids = new Set(
      sidesOf(graph, partnership).places.flatMap((p) => placeWithAncestors(graph, p).map((a) => a.id)),
    );
    for (const id of ids) byPlace.set(id, [...(byPlace.get(id) ?? []), partnership]);
  }
  const context = { graph, partnershipsIn: (placeId: string) => byPlace.get(placeId) ?? [] };
  contexts.set(graph, context);
  return context;
}
