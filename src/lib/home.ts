/** What the home page highlights: key figures with their sources, the latest events, counts. */
import { compareWhen, parseWhen } from '../core/dates.ts';
import { evidenceAnchor } from './evidence-view.ts';
import { figureView, type FigureView } from './figure-view.ts';
import { whenOf, type Graph } from './graph.ts';
import { linkTo, type EntryLink } from './links.ts';
import type { Entry } from './model.ts';
import type { Lang } from '../core/vocabulary.ts';

/** A figure of the home page: as shown everywhere (`figureView`), with what it is about and its source. */
export interface KeyFigure extends FigureView {
  /** The entry the figure belongs to. */
  about: EntryLink;
  source: EntryLink;
  /** The excerpt that states it, on the page of the entry it belongs to. */
  evidenceHref: string;
}

/** Every figure in the record, biggest story first (entries in collection order). */
export function keyFigures(graph: Graph, lang: Lang): KeyFigure[] {
  const owners = [...graph.list('places'), ...graph.list('partnerships'), ...graph.list('events')];
  return owners.flatMap((entry) =>
    entry.facts.figures.map((f, i) => {
      const about = linkTo(entry, lang);
      const anchor = evidenceAnchor(entry, `figures[${i}]`);
      return {
        ...figureView(f, lang),
        about,
        source: linkTo(graph.resolve(f.source), lang),
        evidenceHref: anchor ? `${about.href}#${anchor}` : about.href,
      };
    }),
  );
}

/** The most recent dated events, newest first. */
export function latestEvents(graph: Graph, count: number): Entry<'events'>[] {
  return graph
    .list('events')
    .filter((e) => whenOf(e)?.start != null)
    .sort(
      (a, b) =>
        compareWhen(whenOf(b) ?? parseWhen('unknown'), whenOf(a) ?? parseWhen('unknown')) || a.id.localeCompare(b.id),
    )
    .slice(0, count);
}

/** Sizes of the record, for the home page's opening line. */
export function recordCounts(
  graph: Graph,
): Record<'partnerships' | 'events' | 'places' | 'organizations' | 'sources', number> {
  return {
    partnerships: graph.list('partnerships').length,
    events: graph.list('events').length,
    places: graph.list('places').length,
    organizations: graph.list('organizations').length,
    sources: graph.list('sources').length,
  };
}
