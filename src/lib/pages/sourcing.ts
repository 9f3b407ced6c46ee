/**
 * "How we source": the evidence rule, "not stated" and "inferred", with the
 * evidence of a real entry as the example (the first partnership whose
 * evidence shows both a stated and an inferred claim, else the first with any).
 */
import { entryEvidence, type EvidenceView } from '../evidence-view.ts';
import type { Graph } from '../graph.ts';
import { linkTo, type EntryLink } from '../links.ts';
import type { Entry } from '../model.ts';
import type { Route } from '../routes.ts';

export interface SourcingPageData {
  kind: 'sourcing';
  route: Route & { kind: 'page' };
  /** The entry whose evidence serves as the example, and that evidence; null in an empty record. */
  example: { entry: EntryLink; evidence: EvidenceView[]; notes: Record<string, number> } | null;
}

export function sourcingPage(graph: Graph, route: Route & { kind: 'page' }): SourcingPageData {
  const { lang } = route;
  const candidates = [...graph.list('partnerships'), ...graph.list('events')].map(
    (entry: Entry<'partnerships'> | Entry<'events'>) => ({
      entry,
      evidence: entryEvidence(graph, entry, lang),
    }),
  );
  const chosen =
    candidates.find(({ evidence }) => evidence.inferred.length > 0 && evidence.items.some((item) => !item.inferred)) ??
    candidates.find(({ evidence }) => evidence.items.length > 0);
  if (!chosen) return { kind: 'sourcing', route, example: null };
  // The example lists its sources without the page's note numbers: link to the source pages instead.
  return {
    kind: 'sourcing',
    route,
    example: { entry: linkTo(chosen.entry, lang), evidence: chosen.evidence.items, notes: {} },
  };
}
