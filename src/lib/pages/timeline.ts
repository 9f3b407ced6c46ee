/** The timeline page: every partnership and event, and the choices of its filters. */
import { useTranslations } from '../../i18n/ui.ts';
import type { Graph } from '../graph.ts';
import { absoluteUrl, embedTimelinePath, type Route } from '../routes.ts';
import { iframeCode, QUERY_SLOT, TIMELINE_EMBED_HEIGHT } from '../share.ts';
import { buildTimeline } from '../timeline/build-timeline.ts';
import type { FacetName, FacetOption, TimelineData } from '../timeline/types.ts';

/** An option of a filter; a place with places under it heads an `<optgroup>` of them. */
export interface FilterChoice {
  id: string;
  label: string;
  children: { id: string; label: string }[];
}

export interface TimelinePageData {
  kind: 'timeline';
  route: Route & { kind: 'page' };
  /** The data island, the same object as `/data/timeline.<lang>.json`. */
  timeline: TimelineData;
  /** Choices of each filter, in order. */
  choices: Record<FacetName, FilterChoice[]>;
  /** The status line before any filtering: everything shown, undated items counted apart. */
  status: string;
  /** The embeddable timeline: its path, and its `<iframe>` code where `QUERY_SLOT` stands for the view's query. */
  embed: { path: string; template: string };
}

const flat = (options: FacetOption[]): FilterChoice[] =>
  options.map((o) => ({ id: o.id, label: o.label, children: [] }));

/** Places under their province-level locality. */
function nested(options: FacetOption[]): FilterChoice[] {
  return options
    .filter((o) => o.parent === null)
    .map((top) => ({
      id: top.id,
      label: top.label,
      children: options.filter((o) => o.parent === top.id).map((o) => ({ id: o.id, label: o.label })),
    }));
}

/**
 * @param site origin of the absolute address in the `<iframe>` code, e.g. `https://example.org`
 */
export function timelinePage(graph: Graph, route: Route & { kind: 'page' }, site: string): TimelinePageData {
  const t = useTranslations(route.lang);
  const embedPath = embedTimelinePath(route.lang);
  const embedUrl = `${absoluteUrl(embedPath, site)}${QUERY_SLOT}`;
  const frameTitle = t('embed.frameTitle', { title: t('embed.timelineTitle'), site: t('site.name') });
  const timeline = buildTimeline(graph, route.lang);
  const status = [
    t('timeline.status', { shown: timeline.items.length, total: timeline.items.length }),
    ...(timeline.undated.length > 0 ? [t('timeline.statusUndated', { n: timeline.undated.length })] : []),
  ].join(' ');
  return {
    kind: 'timeline',
    route,
    timeline,
    choices: {
      theme: flat(timeline.facets.theme),
      partner: flat(timeline.facets.partner),
      place: nested(timeline.facets.place),
    },
    status,
    embed: { path: embedPath, template: iframeCode(embedUrl, frameTitle, TIMELINE_EMBED_HEIGHT) },
  };
}
