/**
 * The search page: query, filters and sort in a form whose state lives in
 * the URL (`?q=…&type=…&sort=newest`), so a result list can be shared and the
 * header box's plain form (GET to this page) lands on the right results.
 */
import {
  facetCounts,
  loadEngine,
  selectHits,
  sortByDate,
  type FilterSets,
  type Hit,
  type Selection,
} from './engine.ts';
import { elementStrings } from '../element-strings.ts';
import { countText, excerptNodes, h, metaText, resultView, say, type Strings } from './render.ts';

const PAGE_SIZE = 10;
const DELAY_MS = 250;
const SORTS = ['newest', 'oldest'] as const;

interface Config {
  /** Filter group names, in display order. */
  filters: string[];
  /** Type labels in collection order. */
  types: string[];
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search-page: missing ${selector}`);
  return element;
}

/** Values of one filter group in the order readers expect. */
function orderValues(group: string, values: string[], config: Config, lang: string): string[] {
  if (group === 'type') return config.types.filter((t) => values.includes(t));
  if (group === 'year') return [...values].sort((a, b) => Number(b) - Number(a));
  return [...values].sort((a, b) => a.localeCompare(b, lang));
}

async function resultItem(hit: Hit): Promise<HTMLLIElement> {
  const view = resultView(await hit.data());
  return h(
    'li',
    { class: 'result' },
    h('h3', { class: 'result-title' }, h('a', { href: view.href, lang: view.titleLang }, view.title)),
    h('p', { class: 'result-meta' }, metaText(view)),
    h('p', { class: 'result-excerpt' }, ...excerptNodes(view.excerpt)),
  );
}

export function mountSearchPage(root: HTMLElement): void {
  const strings = elementStrings<Strings>(root);
  const config = JSON.parse(root.dataset['config'] ?? '{"filters":[],"types":[]}') as Config;
  const lang = document.documentElement.lang;
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sortSelect = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const clear = required<HTMLButtonElement>(form, '[data-clear]');
  const status = required<HTMLElement>(root, '[data-status]');
  const list = required<HTMLOListElement>(root, '[data-results]');
  const more = required<HTMLButtonElement>(root, '[data-more]');
  const selects = new Map(
    config.filters.map((name) => [name, required<HTMLSelectElement>(form, `select[name="${name}"]`)] as const),
  );
  const engine = loadEngine(30, { shown: PAGE_SIZE });

  // State from the URL; filter values wait until their options exist.
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const selection: Selection = Object.fromEntries(config.filters.map((name) => [name, params.get(name) ?? '']));
  const sort = params.get('sort') ?? '';
  // The reader's choice; without a query, results are by date whatever it is.
  let chosenSort = (SORTS as readonly string[]).includes(sort) ? sort : '';

  let results: Hit[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function syncUrl(query: string): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, value] of Object.entries(selection)) if (value) next.set(name, value);
    if (chosenSort) next.set('sort', chosenSort);
    const search = next.toString();
    window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
    // The other language's search page runs the same words (filters name things per language, so they stay behind).
    const switcher = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (switcher) switcher.search = query ? `?${new URLSearchParams({ q: query })}` : '';
  }

  function fillSelects(sets: FilterSets, counts: Map<string, Map<string, number>>): void {
    for (const [group, select] of selects) {
      const chosen = selection[group] ?? '';
      const known = [...(sets.get(group)?.keys() ?? [])];
      const values = orderValues(group, chosen && !known.includes(chosen) ? [...known, chosen] : known, config, lang);
      const all = select.options[0] ?? h('option', { value: '' });
      const options = values.flatMap((value) => {
        const n = counts.get(group)?.get(value) ?? 0;
        if (n === 0 && value !== chosen) return [];
        return [h('option', { value }, say(strings, 'search.filter.option', { value, n }))];
      });
      select.replaceChildren(all, ...options);
      select.value = chosen;
    }
  }

  /** Shows each chosen value in its select before the counts are known. */
  function showChosen(): void {
    for (const [group, select] of selects) {
      const chosen = selection[group] ?? '';
      if (chosen && ![...select.options].some((option) => option.value === chosen))
        select.append(h('option', { value: chosen }, chosen));
      select.value = chosen;
    }
  }

  async function showMore(): Promise<HTMLLIElement[]> {
    const current = run;
    const items = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map(resultItem));
    if (current !== run) return [];
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    return items;
  }

  async function render(): Promise<void> {
    const current = ++run;
    const query = input.value.trim();
    const filtered = Object.values(selection).some(Boolean);
    syncUrl(query);
    showChosen();
    sortSelect.value = chosenSort || (query ? '' : 'newest');
    clear.hidden = !filtered && !chosenSort;
    if (!query && !filtered) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = say(strings, 'search.prompt');
    } else status.textContent = say(strings, 'search.loading');
    try {
      const search = await engine;
      const base = await (query ? search.hits(query) : search.allPages());
      if (current !== run) return;
      const counted = search.filterSets().then((sets) => {
        if (current === run) fillSelects(sets, facetCounts(base, sets, selection));
      });
      if (!query && !filtered) return await counted;
      let hits = selectHits(base, await search.selectionSets(selection), selection);
      if (sortSelect.value)
        hits = sortByDate(hits, await search.dateOrder(), sortSelect.value === 'oldest' ? 'asc' : 'desc');
      if (current !== run) return;
      results = hits;
      shown = 0;
      list.replaceChildren();
      await showMore();
      if (current !== run) return;
      status.textContent =
        hits.length > 0
          ? countText(strings, lang, hits.length, query)
          : query
            ? say(strings, 'search.none', { q: query })
            : say(strings, 'search.noneFiltered');
      await counted;
    } catch (error) {
      if (current !== run) return;
      status.textContent = say(strings, 'search.error');
      console.warn('Search failed:', error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void render();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), DELAY_MS);
  });
  for (const [name, select] of selects) {
    select.addEventListener('change', () => {
      selection[name] = select.value;
      void render();
    });
  }
  sortSelect.addEventListener('change', () => {
    chosenSort = sortSelect.value;
    void render();
  });
  clear.addEventListener('click', () => {
    for (const name of selects.keys()) selection[name] = '';
    chosenSort = '';
    void render();
    input.focus();
  });
  more.addEventListener('click', () => {
    void showMore().then((items) => items[0]?.querySelector('a')?.focus());
  });
  void render();
}
