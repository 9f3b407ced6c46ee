/**
 * The header search box as an ARIA 1.2 combobox: typing shows the best
 * matches in a listbox, arrow keys move through them, Enter opens the active
 * one (or, with none active, submits the form to the search page), Escape
 * closes the list. Loaded by the `<site-search>` bootstrap on first hover,
 * touch or focus.
 */
import { loadEngine, StaleQuery, type Hit, type SearchEngine } from './engine.ts';
import { elementStrings } from '../element-strings.ts';
import { chunkPrefetcher } from './prefetch.ts';
import { excerptNodes, h, metaText, resultView, say, type Strings } from './render.ts';

/**
 * Suggestions shown under the box; the last option always opens the full
 * results (with none here, those of both languages).
 */
const SHOWN = 6;
/**
 * Further results whose name matches the query, read to find the page the
 * query names (the search page reads 24): each is a fragment fetched before
 * the list can show.
 */
const NAMED = 6;
const MIN_LENGTH = 2;

interface Option {
  element: HTMLLIElement;
  href: string;
}

function parts(root: HTMLElement) {
  const get = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`site-search: missing ${selector}`);
    return element;
  };
  return {
    form: get<HTMLFormElement>('form'),
    input: get<HTMLInputElement>('input[role="combobox"]'),
    popup: get<HTMLElement>('[data-popup]'),
    message: get<HTMLElement>('[data-message]'),
    listbox: get<HTMLUListElement>('[data-listbox]'),
    status: get<HTMLElement>('[data-status]'),
  };
}

async function optionFor(hit: Hit, id: string): Promise<Option> {
  const view = resultView(await hit.data());
  const element = h(
    'li',
    { role: 'option', id, 'aria-selected': 'false', class: 'option' },
    h('span', { class: 'option-title', lang: view.titleLang }, view.title),
    // Read as "title, type · date": the spans alone would run together.
    h('span', { class: 'visually-hidden' }, ', '),
    h('span', { class: 'option-meta' }, metaText(view)),
    // The excerpt shows why the page matched; screen readers get title, type and date.
    h('span', { class: 'option-excerpt', 'aria-hidden': 'true' }, ...excerptNodes(view.excerpt)),
  );
  return { element, href: view.href };
}

export function enhanceSearchBox(root: HTMLElement): void {
  const { form, input, popup, message, listbox, status } = parts(root);
  const strings = elementStrings<Strings>(root);
  const idBase = `${listbox.id}-option`;
  // A listbox only once this script runs: without it the list stays empty.
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', listbox.dataset['label'] ?? '');
  const engine: Promise<SearchEngine> = loadEngine(18, { shown: SHOWN, top: SHOWN, named: NAMED });
  // Until a first query has been answered, Pagefind may still be loading: the index chunks of
  // the text typed (long enough to be searched) are fetched here, as soon as the chunk list is
  // known (see `prefetch.ts`).
  const prefetcher = chunkPrefetcher();
  let answered = false;
  const ahead = (): void => {
    if (answered) return;
    void prefetcher.then((prefetch) => {
      const text = input.value.trim();
      if (!answered && text.length >= MIN_LENGTH) prefetch(text);
    });
  };
  ahead();
  let options: Option[] = [];
  let active = -1;
  let run = 0;
  /** A query is being answered; `pending`: the text changed meanwhile. */
  let busy = false;
  let pending = false;

  const isOpen = (): boolean => !popup.hidden;
  const open = (): void => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = (): void => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  function setActive(index: number): void {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function show(text: string | null, list: Option[]): void {
    options = list;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    message.hidden = text === null;
    message.textContent = text ?? '';
    listbox.replaceChildren(...list.map((o) => o.element));
    listbox.hidden = list.length === 0;
    open();
  }

  /** The last option: the search page for the query, with the other language's pages (`both=1`) or not. */
  function toSearchPage(query: string, both: boolean): Option {
    const url = new URL(form.action);
    url.searchParams.set('q', query);
    if (both) url.searchParams.set('both', '1');
    const element = h('li', {
      role: 'option',
      id: `${idBase}-all`,
      'aria-selected': 'false',
      class: 'option option--all',
    });
    element.textContent = say(strings, both ? 'search.seeOther' : 'search.seeAll', { q: query });
    return { element, href: url.pathname + url.search };
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    const current = ++run;
    if (query.length < MIN_LENGTH) {
      options = [];
      listbox.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      const hits = await (await engine).hits(query, () => input.value.trim() === query);
      const list = await Promise.all(hits.slice(0, SHOWN).map((hit, i) => optionFor(hit, `${idBase}-${i}`)));
      // Typed on meanwhile: the newer text is answered next, and only its results are shown.
      if (current !== run || input.value.trim() !== query) return;
      const count = hits.length === 0 ? say(strings, 'search.none', { q: query }) : null;
      // With no result here, the one option is the search page with the other language's pages too.
      const last = toSearchPage(query, hits.length === 0);
      show(count, hits.length === 0 ? [last] : [...list, last]);
      answered = true;
      status.textContent =
        count ?? say(strings, hits.length === 1 ? 'search.countOne' : 'search.countMany', { n: hits.length, q: query });
    } catch (error) {
      if (current !== run || error instanceof StaleQuery) return;
      show(say(strings, 'search.error'), []);
      status.textContent = say(strings, 'search.error');
      console.warn('Search failed:', error);
    }
  }

  /**
   * Answers the text in the box now, without waiting for typing to pause: a
   * query typed while another is being answered waits for it, and only the
   * latest text is answered then (the ones in between are skipped).
   */
  async function answer(): Promise<void> {
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    try {
      do {
        pending = false;
        await update();
      } while (pending);
    } finally {
      busy = false;
    }
  }

  function schedule(): void {
    if (isOpen() && input.value.trim().length >= MIN_LENGTH && options.length === 0 && message.hidden) {
      show(say(strings, 'search.loading'), []);
    }
    void answer();
  }

  function go(index: number): void {
    const option = options[index];
    if (option) window.location.assign(option.href);
  }

  input.addEventListener('input', () => {
    ahead();
    schedule();
  });
  input.addEventListener('focus', () => {
    if (options.length > 0 || !message.hidden) open();
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive((active + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        }
        break;
    }
  });
  // Keep focus in the box while the pointer picks an option.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('[role="option"]');
    go(options.findIndex((o) => o.element === target));
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim().length >= MIN_LENGTH) void answer();
}
