/**
 * `<vis-timeline-view>`: the custom element around the timeline's semantic
 * list. It is small and loads with the page; it reads the data island the
 * server computed, keeps the view (lanes, filters, window) in the URL,
 * filters the list, and imports vis-timeline only after first paint, once
 * the browser is idle. Without JavaScript the list is the
 * timeline; with it, the list stays for screen readers and keyboards.
 */
import type { TimelineData, TimelineItem, UndatedItem } from '../../lib/timeline/types.ts';
import type { MountedTimeline, VisStrings } from './timeline-vis.ts';
import {
  embedCode,
  FACETS,
  matches,
  parseViewState,
  sameSelection,
  serializeViewState,
  type Grouping,
  type ViewState,
} from './view-state.ts';
import { interpolate } from '../../core/interpolate.ts';
import { elementStrings } from '../element-strings.ts';
import { afterFirstPaint } from './after-first-paint.ts';

/** UI strings the element needs, from the page's dictionary (its `data-strings` attribute). */
interface ElementStrings extends VisStrings {
  status: string;
  statusUndated: string;
  empty: string;
  loadError: string;
}

class TimelineView extends HTMLElement {
  private data!: TimelineData;
  private strings!: ElementStrings;
  private byId = new Map<string, TimelineItem | UndatedItem>();
  private state!: ViewState;
  private vis: MountedTimeline | null = null;
  private windowTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const island = this.querySelector<HTMLScriptElement>('script[data-timeline-data]');
    if (!island?.textContent || !this.dataset['strings']) return;
    this.data = JSON.parse(island.textContent) as TimelineData;
    this.strings = elementStrings<ElementStrings>(this);
    for (const item of [...this.data.items, ...this.data.undated]) this.byId.set(item.id, item);

    this.state = parseViewState(window.location.search);
    this.showState();

    this.form?.addEventListener('change', () => this.navigate(this.stateFromForm()));
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () =>
      this.navigate({ ...this.state, filters: { theme: null, partner: null, place: null }, window: null }),
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => this.vis?.zoom(button.dataset['zoom'] as 'in' | 'out' | 'fit'));
    }
    window.addEventListener('popstate', this.onPopState);
    this.scheduleVis();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.vis?.destroy();
  }

  /** The controls (grouping and filters); they apply as they change, so they are not a form. */
  private get form(): HTMLElement | null {
    return this.querySelector('[data-timeline-controls]');
  }

  private get canvas(): HTMLElement | null {
    return this.querySelector('[data-timeline-canvas]');
  }

  private onPopState = (): void => {
    this.state = parseViewState(window.location.search);
    this.showState();
  };

  /** A new view chosen in the form: a new history entry, shown at once. */
  private navigate(next: ViewState): void {
    // Other items or lanes: show them all, rather than keep a window chosen for the old ones.
    const state = sameSelection(next, this.state) ? next : { ...next, window: null };
    const query = serializeViewState(state);
    if (query !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
    this.state = state;
    this.showState();
  }

  /** A window the reader panned or zoomed to: replaces the URL, debounced, without a history entry. */
  private onWindow = (window_: { from: string; to: string }): void => {
    clearTimeout(this.windowTimer);
    this.windowTimer = setTimeout(() => {
      this.state = { ...this.state, window: window_ };
      const query = serializeViewState(this.state);
      if (query !== window.location.search) {
        window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
      }
      this.showLinks();
    }, 250);
  };

  private stateFromForm(): ViewState {
    const form = this.form;
    if (!form) return this.state;
    const filter = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value || null;
    const group = form.querySelector<HTMLInputElement>('input[name="group"]:checked')?.value as Grouping | undefined;
    return {
      group: group ?? this.state.group,
      filters: { theme: filter('theme'), partner: filter('partner'), place: filter('place') },
      window: this.state.window,
    };
  }

  /** Puts the state into the form, the lists, the status line and the drawing. */
  private showState(): void {
    const form = this.form;
    if (form) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="group"][value="${this.state.group}"]`);
      if (radio) radio.checked = true;
      for (const facet of FACETS) {
        const select = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
        if (!select) continue;
        select.value = this.state.filters[facet] ?? '';
        // A key no option offers (an old link) filters nothing.
        if (select.value === '') this.state.filters[facet] = null;
      }
    }
    const shown = this.filterLists();
    this.vis?.update(shown, this.state);
    this.showLinks();
  }

  /**
   * Links and code that carry the view: the embed's link back to the full
   * timeline, the timeline page's embed preview and its `<iframe>` code.
   */
  private showLinks(): void {
    const query = serializeViewState(this.state);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-state-link]')) {
      link.href = `${link.dataset['stateLink'] ?? ''}${query}`;
    }
    const code = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-template]');
    if (code) code.value = embedCode(code.dataset['embedTemplate'] ?? '', this.state);
  }

  /** Hides list entries that do not match; returns the dated items that do. */
  private filterLists(): TimelineItem[] {
    const { filters } = this.state;
    for (const li of this.querySelectorAll<HTMLElement>('li[data-id]')) {
      const item = this.byId.get(li.dataset['id'] ?? '');
      const hide = item ? !matches(item, filters) : false;
      // Writing only changes keeps a long list from being restyled for nothing.
      if (li.hidden !== hide) li.hidden = hide;
    }
    const shown = this.data.items.filter((item) => matches(item, filters));
    const undated = this.data.undated.filter((item) => matches(item, filters)).length;
    const status = this.querySelector('[data-timeline-status]');
    if (status) {
      const parts = [interpolate(this.strings.status, { shown: shown.length, total: this.data.items.length })];
      if (undated > 0) parts.push(interpolate(this.strings.statusUndated, { n: undated }));
      if (shown.length === 0) parts.push(this.strings.empty);
      status.textContent = parts.join(' ');
    }
    return shown;
  }

  /** The drawing is this page's main content: load it as soon as the list has painted. */
  private scheduleVis(): void {
    const canvas = this.canvas;
    if (canvas) afterFirstPaint(() => void this.loadVis(canvas));
  }

  private async loadVis(canvas: HTMLElement): Promise<void> {
    this.dataset['state'] = 'loading';
    // Marks for DevTools and `npm run bench:timeline`.
    performance.mark('timeline:load-start');
    const target = canvas.querySelector<HTMLElement>('[data-timeline-target]') ?? canvas;
    const announcer = this.querySelector('[data-timeline-announce]');
    try {
      const { mountTimeline } = await import('./timeline-vis.ts');
      this.vis = await mountTimeline(target, {
        data: this.data,
        strings: this.strings,
        state: this.state,
        items: this.data.items.filter((item) => matches(item, this.state.filters)),
        onWindow: this.onWindow,
        announce: (text) => {
          if (announcer) announcer.textContent = text;
        },
      });
      this.dataset['state'] = 'ready';
      performance.mark('timeline:ready');
    } catch (error) {
      this.dataset['state'] = 'error';
      const message = canvas.querySelector('[data-timeline-message]');
      if (message) message.textContent = this.strings.loadError;
      console.warn('Timeline could not load:', error);
    }
  }
}

if (!customElements.get('vis-timeline-view')) customElements.define('vis-timeline-view', TimelineView);
