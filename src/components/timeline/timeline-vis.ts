/**
 * The heavy half of the timeline: vis-timeline, moment and the page's one
 * axis locale, imported by `timeline-element.ts` only after first paint and
 * only on pages that show a timeline. Everything it draws was computed at
 * build time (`src/lib/timeline/`); this module maps items to vis items
 * (only those around the visible window, see `windowing.ts`), adds keyboard
 * operation (vis-timeline has none) and reports the visible window back so
 * the element can keep it in the URL.
 */
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
// As URLs, not imports: imported CSS would be linked into every page of the catch-all route.
import visStyles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import ownStyles from './timeline-vis.css?url';
import type { TimelineData, TimelineItem } from '../../lib/timeline/types.ts';
import type { AxisLocale } from './axis-locale.ts';
import { windowOf, type Grouping, type ViewState } from './view-state.ts';
import { drawables, type Cluster, type Placed } from './windowing.ts';

/** UI strings the drawing needs, from the page's dictionary. */
export interface VisStrings {
  selected: string;
  cluster: string;
  current: string;
  time: string;
  deleteSelected: string;
}

export interface MountOptions {
  data: TimelineData;
  strings: VisStrings;
  state: ViewState;
  /** Items that pass the filters, chronological. */
  items: TimelineItem[];
  /** Called when a change of the visible window has finished. */
  onWindow(window: { from: string; to: string }): void;
  /** Text for the page's live region. */
  announce(text: string): void;
}

export interface MountedTimeline {
  /** Shows other items, lanes or window; without a window in the state, all the items. */
  update(items: TimelineItem[], state: ViewState): void;
  zoom(direction: 'in' | 'out' | 'fit'): void;
  destroy(): void;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** A vis item: an entry in one lane, or a cluster (no `entry`). */
type VisItem = DataItem & { id: string; entry?: string; labelLang?: string | null; count?: number };

/** Strings for vis-timeline's own UI ("current time" tooltip); it has no Vietnamese. */
const visLocales = (lang: string, s: VisStrings) => ({
  [lang]: { current: s.current, time: s.time, deleteSelected: s.deleteSelected },
});

/** Links a stylesheet (once) and resolves when it applies: vis-timeline reads computed styles as it draws. */
function linkStyles(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? document.createElement('link');
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)), { once: true });
  });
  if (!existing) {
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  return loaded;
}

async function loadAxisLocale(lang: string): Promise<AxisLocale> {
  // Two literal imports, so that the bundler splits them and a page loads only its own.
  const module = lang === 'vi' ? await import('./locale-vi.ts') : await import('./locale-en.ts');
  return module.axisLocale;
}

const entryOf = (visId: string): string => visId.split('@')[0] as string;

function itemToVis({ item, lane }: Placed): VisItem {
  return {
    id: lane === null ? item.id : `${item.id}@${lane}`,
    entry: item.id,
    labelLang: item.labelLang,
    content: item.label,
    start: new Date(item.start),
    ...(item.end ? { end: new Date(item.end) } : {}),
    type: item.type,
    className: item.className,
    title: escapeHtml(item.tooltip).replace(/\n/g, '<br>'),
    ...(lane === null ? {} : { group: lane }),
  };
}

function clusterToVis(cluster: Cluster, strings: VisStrings): VisItem {
  return {
    id: `cluster@${cluster.lane ?? ''}@${cluster.start}`,
    count: cluster.count,
    content: String(cluster.count),
    start: new Date(cluster.start),
    end: new Date(cluster.end),
    type: 'range',
    className: 'vdp-cluster',
    title: escapeHtml(strings.cluster.replace('{count}', String(cluster.count))),
    ...(cluster.lane === null ? {} : { group: cluster.lane }),
  };
}

/** The lanes of a grouping that some of the items use, in the data's order. */
function lanesFor(data: TimelineData, items: readonly TimelineItem[], group: Grouping) {
  if (group === 'none') return null;
  const used = new Set(items.flatMap((item) => item.groups[group]));
  return data.groups[group]
    .filter((g) => used.has(g.id))
    .map((g, order) => ({ id: g.id, content: escapeHtml(g.label), order }));
}

/** vis-timeline writes tooltips and group labels as HTML (through an XSS filter); our text is text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The item's label as an element, so that it keeps its language and never goes through innerHTML. */
function labelOf(item: VisItem): HTMLElement {
  const span = document.createElement('span');
  span.className = 'vdp-label';
  span.textContent = String(item.content);
  if (item.labelLang) span.lang = item.labelLang;
  return span;
}

/** Below this width (px) of the viewport, month labels use the compact form. */
const narrow = () => window.matchMedia('(max-width: 40rem)');

function axisFormat(axis: AxisLocale): Pick<TimelineOptions, 'format' | 'maxMinorChars'> {
  const use = axis.compact && narrow().matches ? axis.compact : axis;
  return { format: use.format, maxMinorChars: use.maxMinorChars };
}

function baseOptions(data: TimelineData, axis: AxisLocale, strings: VisStrings): TimelineOptions {
  const extent = data.extent ?? { start: new Date().toISOString(), end: new Date().toISOString() };
  const min = Date.parse(extent.start) - 2 * YEAR;
  const max = Date.parse(extent.end) + 2 * YEAR;
  return {
    locale: axis.moment,
    locales: visLocales(axis.moment, strings),
    // Dates are UTC days; drawing them in the reader's time zone would shift them.
    moment: (date?: moment.MomentInput) => moment(date).utc(),
    ...axisFormat(axis),
    min,
    max,
    // A part of a month is ten days: closer than three weeks shows hours, which no source gives.
    zoomMin: 21 * DAY,
    zoomMax: Math.max(max - min, 5 * YEAR),
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    margin: { item: { horizontal: 8, vertical: 6 }, axis: 6 },
    // As tall as its lanes: the page scrolls, so there is no inner scroll area that keyboards cannot reach.
    minHeight: 220,
    // The wheel scrolls the page; Ctrl + wheel, pinch, the buttons and the keyboard zoom.
    zoomKey: 'ctrlKey',
    selectable: true,
    multiselect: false,
    editable: false,
    showCurrentTime: true,
    showTooltips: true,
    tooltip: { followMouse: false, overflowMethod: 'flip', delay: 150 },
    template: (item: VisItem) => labelOf(item),
    dataAttributes: ['entry'],
    groupOrder: 'order',
  };
}

/** The span of some items (or of all), with room on the right for the last labels. */
function paddedExtent(items: readonly TimelineItem[], data: TimelineData): { start: number; end: number } {
  const starts = items.map((i) => Date.parse(i.start));
  const ends = items.map((i) => Date.parse(i.end ?? i.start));
  const extent = data.extent ?? { start: new Date().toISOString(), end: new Date().toISOString() };
  const lo = starts.length > 0 ? Math.min(...starts) : Date.parse(extent.start);
  const hi = ends.length > 0 ? Math.max(...ends) : Date.parse(extent.end);
  const span = Math.max(hi - lo, YEAR);
  return { start: lo - span * 0.03, end: hi + span * 0.12 };
}

/** Keys the drawing answers to; vis-timeline has no keyboard support of its own. */
const KEYS: Record<string, (t: DrawnTimeline, current: number) => void> = {
  ArrowRight: (t, i) => t.select(i + 1),
  ArrowDown: (t, i) => t.select(i + 1),
  ArrowLeft: (t, i) => t.select(i === -1 ? 0 : i - 1),
  ArrowUp: (t, i) => t.select(i === -1 ? 0 : i - 1),
  Home: (t) => t.select(0),
  End: (t) => t.select(Number.MAX_SAFE_INTEGER),
  '+': (t) => t.zoom('in'),
  '=': (t) => t.zoom('in'),
  '-': (t) => t.zoom('out'),
  _: (t) => t.zoom('out'),
  '0': (t) => t.zoom('fit'),
};

/** A vis-timeline showing some of the items, with the page's clicks, keys and window reports. */
class DrawnTimeline implements MountedTimeline {
  private readonly timeline: Timeline;
  private readonly visItems = new DataSet<VisItem, 'id'>();
  private readonly byId: Map<string, TimelineItem>;
  private readonly animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  private readonly widthQuery = narrow();
  private readonly options: MountOptions;
  private readonly axis: AxisLocale;
  private shown: TimelineItem[];
  private group: Grouping;
  /** Whether vis-timeline has shown its first drawing (it keeps the frame hidden until then). */
  private visible = false;
  /** Resolves after vis-timeline's first drawing. */
  readonly drawn: Promise<void>;

  constructor(container: HTMLElement, options: MountOptions, axis: AxisLocale) {
    this.options = options;
    this.axis = axis;
    const { data, state } = options;
    this.byId = new Map(data.items.map((item) => [item.id, item]));
    this.shown = options.items;
    this.group = state.group;
    // An explicit first window: without one, vis draws around today first and fits a second later.
    const first = state.window
      ? { start: Date.parse(state.window.from), end: Date.parse(state.window.to) }
      : paddedExtent(this.shown, data);
    let drawn: () => void = () => {};
    this.drawn = new Promise<void>((resolve) => (drawn = resolve));
    const visOptions: TimelineOptions = {
      ...baseOptions(data, axis, options.strings),
      ...first,
      onInitialDrawComplete: () => {
        this.visible = true;
        drawn();
      },
    };
    const lanes = lanesFor(data, this.shown, this.group);
    this.timeline = lanes
      ? new Timeline(container, this.visItems, lanes, visOptions)
      : new Timeline(container, this.visItems, visOptions);
    this.listen(container);
    // The items go in a task of their own: vis-timeline draws its frame (axis, lanes) as it is
    // constructed and the items once they are added, each with its own run of layouts. In one task
    // they blocked the main thread long enough to cost the page Lighthouse points; in two, neither does.
    setTimeout(() => this.fill(first), 0);
  }

  /** Puts into the DataSet the marks for a window, changing only what differs. */
  private fill(window: { start: number; end: number }): void {
    const { real, clusters } = drawables(this.shown, this.group, window);
    const next = [...real.map(itemToVis), ...clusters.map((c) => clusterToVis(c, this.options.strings))];
    const keep = new Set(next.map((item) => item.id));
    this.visItems.remove(this.visItems.getIds().filter((id) => !keep.has(String(id))));
    this.visItems.update(next.filter((item) => !this.visItems.get(item.id) || item.count !== undefined));
  }

  private listen(container: HTMLElement): void {
    const host = container.closest('vis-timeline-view');
    type Click = { item: string | null; event: { srcEvent?: MouseEvent } };
    this.timeline.on('click', ({ item, event }: Click) => {
      if (item === null) return;
      const cluster = this.visItems.get(String(item));
      if (cluster?.count !== undefined) this.zoomTo(cluster);
      else this.open(String(item), Boolean(event.srcEvent && (event.srcEvent.ctrlKey || event.srcEvent.metaKey)));
    });
    this.timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      this.fill({ start: start.getTime(), end: end.getTime() });
      this.options.onWindow(windowOf(start, end));
      // vis shows its first drawing at the first redraw after the first window is set
      // ('rangechanged' comes 200 ms later); the items are in by then, so ask for that redraw.
      if (!this.visible) this.timeline.redraw();
    });
    this.timeline.on('changed', () => host?.dispatchEvent(new CustomEvent('vdp-timeline-changed', { bubbles: true })));
    this.widthQuery.addEventListener('change', this.onWidth);
    container.addEventListener('keydown', (event) => {
      const selected = this.timeline.getSelection()[0];
      const current = selected === undefined ? -1 : this.shown.findIndex((i) => i.id === entryOf(String(selected)));
      if (event.key === 'Enter' && selected !== undefined) this.open(String(selected), event.ctrlKey || event.metaKey);
      else if (KEYS[event.key]) KEYS[event.key]?.(this, current);
      else return;
      event.preventDefault();
    });
  }

  private onWidth = (): void => this.timeline.setOptions(axisFormat(this.axis));

  private open(visId: string, newTab: boolean): void {
    const item = this.byId.get(entryOf(visId));
    if (!item) return;
    // An embedded timeline (its page says <base target="_blank">) opens entries outside the frame.
    if (newTab || document.querySelector('base')?.target === '_blank') window.open(item.href, '_blank', 'noopener');
    else window.location.assign(item.href);
  }

  private zoomTo(item: VisItem): void {
    const start = new Date(item.start).getTime();
    const end = new Date(item.end ?? item.start).getTime();
    const pad = Math.max((end - start) * 0.1, 7 * DAY);
    this.timeline.setWindow(start - pad, end + pad, { animation: this.animation });
  }

  /** The vis id of an entry, drawn as itself, zooming in on it while it is counted in a cluster. */
  private reveal(item: TimelineItem): string | undefined {
    const find = () => this.visItems.get({ filter: (v) => v.entry === item.id })[0]?.id;
    let span = this.timeline.getWindow().end.getTime() - this.timeline.getWindow().start.getTime();
    const centre = (Date.parse(item.start) + Date.parse(item.end ?? item.start)) / 2;
    for (let found = find(); ; found = find()) {
      if (found !== undefined || span <= 21 * DAY) return found;
      span /= 4;
      this.fill({ start: centre - span / 2, end: centre + span / 2 });
      this.timeline.setWindow(centre - span / 2, centre + span / 2, { animation: false });
    }
  }

  /** Selects the item at an index of the shown items (clamped), brings it into view and announces it. */
  select(index: number): void {
    const item = this.shown[Math.max(0, Math.min(index, this.shown.length - 1))];
    const visId = item && this.reveal(item);
    if (!item || visId === undefined) return;
    this.timeline.setSelection(visId);
    this.timeline.focus(visId, { zoom: false, animation: this.animation });
    this.options.announce(this.options.strings.selected.replace('{label}', item.title).replace('{when}', item.when));
  }

  zoom(direction: 'in' | 'out' | 'fit'): void {
    const animation = this.animation;
    if (direction === 'in') this.timeline.zoomIn(0.5, { animation });
    else if (direction === 'out') this.timeline.zoomOut(0.5, { animation });
    else {
      const all = paddedExtent(this.shown, this.options.data);
      this.timeline.setWindow(all.start, all.end, { animation });
    }
  }

  update(items: TimelineItem[], state: ViewState): void {
    const next = state.window
      ? { start: Date.parse(state.window.from), end: Date.parse(state.window.to) }
      : paddedExtent(items, this.options.data);
    const regroup = state.group !== this.group;
    this.shown = items;
    this.group = state.group;
    if (regroup) this.visItems.clear();
    const lanes = lanesFor(this.options.data, items, state.group);
    // Lanes first: vis drops items that name a lane it does not know yet.
    if (lanes) this.timeline.setGroups(lanes);
    this.fill(next);
    if (!lanes) this.timeline.setGroups(undefined);
    this.timeline.setWindow(next.start, next.end, { animation: false });
  }

  destroy(): void {
    this.widthQuery.removeEventListener('change', this.onWidth);
    this.timeline.destroy();
  }
}

/** Draws the timeline in `container`; resolves once vis-timeline has drawn it. */
export async function mountTimeline(container: HTMLElement, options: MountOptions): Promise<MountedTimeline> {
  // vis-timeline's styles before ours, which override them.
  const styles = linkStyles(visStyles).then(() => linkStyles(ownStyles));
  const [axis] = await Promise.all([loadAxisLocale(options.data.lang), styles]);
  const drawing = new DrawnTimeline(container, options, axis);
  // vis reports its first draw once; do not hang if it never comes (a hidden container draws nothing).
  await Promise.race([drawing.drawn, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return drawing;
}
