/** The whole timeline of one language: the timeline page's data island and `/data/timeline.<lang>.json`. */
import type { Lang } from '../../core/vocabulary.ts';
import type { Graph } from '../graph.ts';
import { timelineContext } from './context.ts';
import { facetOptions, timelineGroups } from './facets.ts';
import { itemsOf } from './items.ts';
import type { TimelineData } from './types.ts';

/**
 * The whole timeline of one language: every partnership and event, dated
 * ones as items, undated ones apart, with lanes and filter choices.
 */
export function buildTimeline(graph: Graph, lang: Lang): TimelineData {
  const ctx = timelineContext(graph);
  const { items, undated } = itemsOf([...graph.list('partnerships'), ...graph.list('events')], lang, ctx);
  const all = [...items, ...undated];
  const starts = items.map((i) => i.start).sort();
  const ends = items.map((i) => i.end ?? i.start).sort();
  return {
    lang,
    items,
    undated,
    groups: {
      locality: timelineGroups(graph, all, 'locality', lang),
      partner: timelineGroups(graph, all, 'partner', lang),
    },
    facets: facetOptions(graph, all, lang),
    extent: items.length > 0 ? { start: starts[0] as string, end: ends.at(-1) as string } : null,
  };
}
