/**
 * The search page: query, filters and sort in a form whose state lives in
 * the URL (`?q=…&type=…&sort=newest&both=1`), so a result list can be shared
 * and the header box's plain form (GET to this page) lands on the right
 * results.
 *
 * `both=1` searches the other language's pages too, each result marked with
 * its language; filters then name values in the page's language and also
 * match their other-language names (`foldCounterparts`). A query that finds
 * nothing in the page's language says how many pages of the other language
 * match and offers them.
 */
import {
  facetCounts,
  foldCounterparts,
  inLanguage,
  loadEngine,
  type Counterparts,
  type SearchEngine,
  selectHits,
  sortByDate,
  type FilterSets,
  type Hit,
  type Selection,
} from './engine.ts';
import { elementStrings } from '../element-strings.ts';
import { countText, excerptNodes, h, metaText, resultView, say, type Strings } from './render.ts';
import { chunkPrefetcher } from './prefetch.ts';

const PAGE_SIZE = 10;
const DELAY_MS = 250;
const SORTS = ['newest', 'oldest'] as const;

interface Config {
  /** Filter group names, in display order. */
  filters: string[];
  /** Type labels in collection order. */
  types: string[];
  /** The other language. */
  other: string;
  /** URL of the filter values' other-language names. */
  values: string;
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

/** A result; with `marked`, its language is written before its type and date. */
async function resultItem(hit: Hit, strings: Strings, pageLang: string, marked: boolean): Promise<HTMLLIElement> {
  const view = resultView(await hit.data());
  const foreign = view.lang !== pageLang ? view.lang : undefined;
  const meta = h('p', { class: 'result-meta', lang: foreign }, metaText(view));
  if (marked && view.lang)
    meta.prepend(h('span', { class: 'result-lang', lang: pageLang }, say(strings, `search.lang.${view.lang}`)));
  return h(
    'li',
    { class: 'result', 'data-lang': view.lang },
    h(
      'h3',
      { class: 'result-title' },
      h('a', { href: view.href, lang: view.titleLang ?? foreign, hreflang: foreign }, view.title),
    ),
    meta,
    h('p', { class: 'result-excerpt', lang: foreign }, ...excerptNodes(view.excerpt)),
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
  const otherButton = required<HTMLButtonElement>(root, '[data-other]');
  const bothBox = required<HTMLInputElement>(form, 'input[name="both"]');
  const selects = new Map(
    config.filters.map((name) => [name, required<HTMLSelectElement>(form, `select[name="${name}"]`)] as const),
  );
  const reading = { shown: PAGE_SIZE };
  const engine = loadEngine(30, reading);
  // The other language's index and names are fetched only when first needed.
  let bothEngine: Promise<SearchEngine> | undefined;
  const both = (): Promise<SearchEngine> => (bothEngine ??= loadEngine(30, reading, config.other));
  let counterparts: Promise<Counterparts> | undefined;
  const names = (): Promise<Counterparts> =>
    (counterparts ??= fetch(config.values)
      .then((r) => (r.ok ? (r.json() as Promise<Counterparts>) : {}))
      // Without the names, a filter still narrows the pages that carry its own value.
      .catch(() => ({})));

  // State from the URL; filter values wait until their options exist.
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  // The query's index chunks, fetched while Pagefind loads (see `prefetch.ts`).
  if (input.value.trim()) void chunkPrefetcher('no-cache').then((prefetch) => prefetch(input.value));
  const selection: Selection = Object.fromEntries(config.filters.map((name) => [name, params.get(name) ?? '']));
  const sort = params.get('sort') ?? '';
  // The reader's choice; without a query, results are by date whatever it is.
  let chosenSort = (SORTS as readonly string[]).includes(sort) ? sort : '';
  bothBox.checked = params.get('both') === '1';

  let results: Hit[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function syncUrl(query: string): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, value] of Object.entries(selection)) if (value) next.set(name, value);
    if (chosenSort) next.set('sort', chosenSort);
    if (bothBox.checked) next.set('both', '1');
    const search = next.toString();
    window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
    // The other language's search page runs the same words (filters name things per language, so they stay behind).
    const switcher = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (switcher) {
      const carried = new URLSearchParams();
      if (query) carried.set('q', query);
      if (bothBox.checked) carried.set('both', '1');
      switcher.search = carried.size ? `?${carried}` : '';
    }
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
    const marked = bothBox.checked;
    const items = await Promise.all(
      results.slice(shown, shown + PAGE_SIZE).map((hit) => resultItem(hit, strings, lang, marked)),
    );
    if (current !== run) return [];
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    return items;
  }

  /** When nothing in the page's language matches: how many other-language pages do, offered with a button. */
  async function offerOther(current: number, query: string): Promise<void> {
    const found = (await (await both()).hits(query)).filter((hit) => !inLanguage(lang)(hit.id)).length;
    if (current !== run || found === 0) return;
    const n = new Intl.NumberFormat(lang).format(found);
    status.textContent = `${say(strings, 'search.noneHere', { q: query })} ${say(strings, found === 1 ? 'search.otherOne' : 'search.otherMany', { n })}`;
    otherButton.hidden = false;
  }

  async function render(): Promise<void> {
    const current = ++run;
    const query = input.value.trim();
    const filtered = Object.values(selection).some(Boolean);
    const everywhere = bothBox.checked;
    syncUrl(query);
    showChosen();
    sortSelect.value = chosenSort || (query ? '' : 'newest');
    clear.hidden = !filtered && !chosenSort;
    otherButton.hidden = true;
    if (!query && !filtered) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = say(strings, 'search.prompt');
    } else status.textContent = say(strings, 'search.loading');
    try {
      const search = await (everywhere ? both() : engine);
      const table = everywhere ? await names() : {};
      const base = await (query ? search.hits(query) : search.allPages());
      if (current !== run) return;
      const counted = search.filterSets().then((sets) => {
        const folded = everywhere ? foldCounterparts(sets, table) : sets;
        if (current === run) fillSelects(folded, facetCounts(base, folded, selection));
      });
      if (!query && !filtered) return await counted;
      let hits = selectHits(base, await search.selectionSets(selection, table), selection);
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
      if (hits.length === 0 && query && !everywhere && !filtered) await offerOther(current, query);
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
  bothBox.addEventListener('change', () => void render());
  otherButton.addEventListener('click', () => {
    bothBox.checked = true;
    void render().then(() => list.querySelector('a')?.focus());
  });
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
