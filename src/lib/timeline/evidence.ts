/** The dated evidence an open-ended partnership's range is drawn to (`spanOf`). */
import { tryParseWhen, type When } from '../../core/dates.ts';
import { whenOf, type Graph } from '../graph.ts';
import type { Entry } from '../model.ts';

/** Dates of everything that reports on a partnership: its events, its sources' publication and its figures. */
export function evidenceOf(graph: Graph, partnership: Entry<'partnerships'>): When[] {
  const whens: (When | null)[] = [
    ...graph
      .backlinks(partnership)
      .filter((b) => b.from.collection === 'events' && b.field === 'partnership')
      .map((b) => whenOf(b.from)),
    ...partnership.facts.sources.map((r) => whenOf(graph.resolve(r))),
    // A figure is true as of its own date, which the partnership is attested at.
    ...partnership.facts.figures.map((f) => tryParseWhen(f.date, f.datePart ?? null)),
  ];
  return whens.flatMap((w) => (w && w.start !== null ? [w] : []));
}
