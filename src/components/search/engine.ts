/**
 * Search in the browser over Pagefind's index of the page's language
 * (Pagefind picks the index from `<html lang>`).
 *
 * A query runs as a few Pagefind searches, merged here:
 * 1. Spellings: every word starting with "d" is also searched with "đ" (see
 *    `vietnamese.ts`), and a word that the build's table of British and
 *    American spellings lists ("center") in the spelling of the pages
 *    ("centre", see `english.ts`); the result sets are united, a page
 *    keeping its best score and the excerpt of the search that scored it
 *    best.
 * 2. Phrase: for a query of several words, the same spellings in quotes
 *    (Pagefind's exact-phrase search, which folds tone marks too), so that
 *    pages containing "chuyển đổi số" come before pages with the three words
 *    apart.
 * 3. Check: the text of the top results (at least all those shown first)
 *    is read; it is needed to show them anyway. A page whose short name (`name` metadata) is the query, in any
 *    spelling, goes first: "hoa vang" opens with the district, not with the
 *    bodies named after it. A phrase match that spans punctuation
 *    ("toàn diện. Từ tháng 6" for "dien tu") loses its phrase rank, and a page
 *    with the phrase that Pagefind's phrase search missed ("smart-city" for
 *    "smart city") gains it. Further down, Pagefind's phrase search decides.
 * Matches found only in metadata are dropped: a page is a result only if its
 * indexed text contains the words. This keeps the Vietnamese title of an
 * untranslated page (its `title` metadata) out of English results.
 * Matches of stand-ins are dropped too: for a word that no indexed word
 * starts with, Pagefind searches the longest indexed word it starts with
 * ("di" for "disaster"); a search whose top page shows that happened found
 * nothing (`matched.ts`), so such a query has no results and the other
 * language can be offered.
 *
 * Filters and date order are applied here too, from sets of page ids that
 * Pagefind computes once per page view, so counts and narrowing stay exact
 * across merged spellings.
 *
 * Both languages: on request the other language's index is merged into the
 * same Pagefind runtime (`mergeIndex`, its metadata and chunks fetched then
 * and only then). The page's own engine keeps to its language by the
 * language prefix of Pagefind's page ids, so its results are the same before
 * and after the merge; the engine of both languages keeps every page.
 */
import { stem } from 'porter2';
import { loadSpellingTable, searchSpellings, type SpellingTable } from './english.ts';
import { coversTerms, pagefindTerms, wordsAt } from './matched.ts';
import { combinations, containsPhrase, fold, queryWords } from './vietnamese.ts';

/** What `result.data()` returns (the fields this site reads). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}

/** One result of a Pagefind search, before its fragment is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of matching words in the page's indexed text (empty for metadata-only matches). */
  words: number[];
  matchedMetaFields?: string[] | null;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, 1.6) this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** A page in the ranked results. */
export interface Hit {
  id: string;
  score: number;
  /** 0: its name is the query; 1: it contains the query as a phrase; 2: it contains the words. */
  tier: 0 | 1 | 2;
  data: () => Promise<PagefindResultData>;
}

/** Page ids per filter value: group → value → ids. */
export type FilterSets = Map<string, Map<string, Set<string>>>;

/** The reader's choice per filter group (absent: any value). */
export type Selection = Partial<Record<string, string>>;

/** A page found by one or more of a query's searches. */
export interface Merged {
  id: string;
  score: number;
  /** Found by a quoted (phrase) search. */
  phrase: boolean;
  /** Matched in the `name` or `title` metadata. */
  named: boolean;
  data: () => Promise<PagefindResultData>;
}

/** What reading a result's text showed (see `SearchEngine`). */
export interface Checked {
  own: boolean;
  phrase: boolean;
}

/** Pagefind's stemmer per index language (Snowball's; it has none for Vietnamese). */
const STEMMERS: Partial<Record<string, (word: string) => string>> = { en: stem };

/** How many of a search's top pages are read to see that it matched the query's words. */
const SAMPLED = 3;

/** How many words of one query get a second spelling (2^n searches). */
const MAX_VARIED_WORDS = 3;
/** How many top results are read by default to check their name and phrase. */
const CHECKED_TOP = 12;
/** How many further results matching in their name are read. */
const CHECKED_NAMED = 24;
/**
 * How many queries' hits are kept. Each holds every matching page's Pagefind
 * result, and Pagefind keeps a callback in its worker for each until the
 * result is collected: at 10,000 entries a query typed key by key kept about
 * 1 MB of the page's memory per key (BENCHMARKS.md).
 */
export const KEPT_QUERIES = 8;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

function toMerged(result: PagefindResult, phrase: boolean): Merged {
  const fields = result.matchedMetaFields ?? [];
  return {
    id: result.id,
    score: result.score,
    phrase,
    named: fields.includes('name') || fields.includes('title'),
    data: result.data,
  };
}

/** The index a Pagefind page id belongs to (`vi_1a2b3c4`: "vi"; "" for an id without one). */
const indexOf = (id: string): string => /^([a-z]{2,3})_/.exec(id)?.[1] ?? '';

/**
 * A search's results without those of an index where Pagefind searched
 * stand-ins for the query's words (see `matched.ts`). Per index, its top
 * pages with matches in their text are read, up to `SAMPLED`, until one shows
 * a word extending each term of the query; if none does, that index's
 * results go. The pages read are usually among those shown anyway.
 */
export async function withoutStandIns(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const terms = pagefindTerms(query);
  const samples = new Map<string, PagefindResult[]>();
  for (const result of results) {
    if (result.words.length === 0) continue;
    const sample = samples.get(indexOf(result.id)) ?? [];
    if (sample.length < SAMPLED) samples.set(indexOf(result.id), [...sample, result]);
  }
  const dropped = new Set<string>();
  await Promise.all(
    [...samples].map(async ([index, sample]) => {
      for (const result of sample) {
        const { content } = await result.data();
        if (coversTerms(wordsAt(content, result.words), terms, STEMMERS[index])) return;
      }
      dropped.add(index);
    }),
  );
  return dropped.size === 0 ? results : results.filter((result) => !dropped.has(indexOf(result.id)));
}

/**
 * Unites the result lists of a query's spellings (`lists[i]` and
 * `phraseLists[i]` come from the same spelling). Pagefind's scores depend on
 * how common the matched words are, so a rare wrong spelling ("Da Nang"
 * matching "dân … năng") would outscore the right one ("Đà Nẵng", on almost
 * every page): each list's scores are divided by its best score first. A
 * page keeps its best such score; a page that a spelling's phrase search
 * found is marked as a phrase match, scored within that spelling, and shows
 * that search's excerpt. Metadata-only matches are dropped.
 */
export function mergeResults(lists: PagefindResult[][], phraseLists: PagefindResult[][] = []): Merged[] {
  const byId = new Map<string, Merged>();
  const keep = (result: PagefindResult, score: number, phrase: boolean): void => {
    const seen = byId.get(result.id);
    const candidate = toMerged(result, phrase);
    // Phrase searches report no metadata matches: a name match found by any search counts.
    const named = candidate.named || (seen?.named ?? false);
    if (!seen || phrase > seen.phrase || (phrase === seen.phrase && score > seen.score))
      byId.set(result.id, { ...candidate, score, named });
    else seen.named = named;
  };
  lists.forEach((list, i) => {
    const found = list.filter((result) => result.words.length > 0);
    const best = Math.max(...found.map((result) => result.score), Number.MIN_VALUE);
    const scores = new Map(found.map((result) => [result.id, result.score / best]));
    for (const result of found) keep(result, scores.get(result.id) ?? 0, false);
    for (const result of phraseLists[i] ?? []) {
      const score = scores.get(result.id);
      if (score !== undefined && result.words.length > 0) keep(result, score, true);
    }
  });
  return [...byId.values()];
}

/**
 * Results in reading order: own page, then phrase matches, then the rest; by
 * score within each. `checked` overrides what the searches alone suggest.
 */
export function rankHits(merged: Merged[], checked: ReadonlyMap<string, Checked> = new Map()): Hit[] {
  const hits = merged.map((m): Hit => {
    const check = checked.get(m.id);
    const tier = check?.own ? 0 : (check?.phrase ?? m.phrase) ? 1 : 2;
    return { id: m.id, score: m.score, tier, data: m.data };
  });
  return hits.sort((a, b) => a.tier - b.tier || b.score - a.score);
}

/** The results worth reading: the `top` best, and the next `named` matching in their name. */
export function toCheck(merged: Merged[], top = CHECKED_TOP, named = CHECKED_NAMED): Merged[] {
  const ranked = [...merged].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
  const best = ranked.slice(0, top);
  const byName = ranked
    .slice(top)
    .filter((m) => m.named)
    .slice(0, named);
  return [...best, ...byName];
}

/** Whether a result is the page named by the query (its short name, or title, in any spelling). */
export function isOwnPage(data: PagefindResultData, query: string): boolean {
  const name = data.meta['name'] ?? data.meta['title'];
  return name !== undefined && fold(name) === fold(query);
}

/** A filter value's name in the other language, where it differs (group → value → other). */
export type Counterparts = Partial<Record<string, Record<string, string>>>;

/**
 * Filter sets of both languages' pages under the page language's values: a
 * value's set gains its counterpart's pages ("Event" joins "Sự kiện"), and
 * the counterpart is no longer offered on its own.
 */
export function foldCounterparts(sets: FilterSets, counterparts: Counterparts): FilterSets {
  const folded: FilterSets = new Map();
  for (const [group, values] of sets) {
    const table = counterparts[group] ?? {};
    const absorbed = new Set<string>();
    const next = new Map<string, Set<string>>();
    for (const [value, ids] of values) {
      const other = table[value];
      const more = other === undefined ? undefined : values.get(other);
      if (other !== undefined && more) absorbed.add(other);
      next.set(value, more ? new Set([...ids, ...more]) : ids);
    }
    for (const other of absorbed) next.delete(other);
    folded.set(group, next);
  }
  return folded;
}

/** Hits that carry every selected filter value. */
export function selectHits(hits: Hit[], sets: FilterSets, selection: Selection): Hit[] {
  const chosen = Object.entries(selection).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (chosen.length === 0) return hits;
  const allowed = chosen.map(([group, value]) => sets.get(group)?.get(value) ?? new Set<string>());
  return hits.filter((hit) => allowed.every((ids) => ids.has(hit.id)));
}

/**
 * How many hits each filter value would leave. A group's counts ignore that
 * group's own choice (choosing another type replaces it), but respect the
 * choices in the other groups.
 */
export function facetCounts(hits: Hit[], sets: FilterSets, selection: Selection): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [group, values] of sets) {
    const others = selectHits(hits, sets, { ...selection, [group]: undefined });
    const byValue = new Map<string, number>();
    for (const [value, ids] of values) byValue.set(value, others.filter((hit) => ids.has(hit.id)).length);
    counts.set(group, byValue);
  }
  return counts;
}

/**
 * Hits by date (`order`: page id → position, oldest first), undated pages
 * after the dated ones in their current order.
 */
export function sortByDate(hits: Hit[], order: ReadonlyMap<string, number>, direction: 'asc' | 'desc'): Hit[] {
  const dated = hits.filter((hit) => order.has(hit.id));
  const undated = hits.filter((hit) => !order.has(hit.id));
  const sign = direction === 'asc' ? 1 : -1;
  dated.sort((a, b) => sign * ((order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)));
  return [...dated, ...undated];
}

/** Thrown by `SearchEngine.hits()` for a query no longer wanted. */
export class StaleQuery extends Error {
  constructor(query: string) {
    super(`Query no longer wanted: ${query}`);
    this.name = 'StaleQuery';
  }
}

/** Ranked, filterable search over one Pagefind instance. */
export class SearchEngine {
  readonly #pf: Pagefind;
  readonly #checked: number;
  readonly #named: number;
  readonly #keep: (id: string) => boolean;
  readonly #table: SpellingTable;
  readonly #known = new Map<string, Promise<boolean>>();
  readonly #queries = new Map<string, Promise<Hit[]>>();

  /**
   * @param checked how many top results to read (at least as many as are shown first)
   * @param named how many further results matching in their name to read
   * @param keep which pages (by Pagefind id) this engine searches; all by default
   * @param table other spellings of the pages' words (`english.ts`); none by default
   */
  constructor(
    pagefind: Pagefind,
    checked = CHECKED_TOP,
    named = CHECKED_NAMED,
    keep: (id: string) => boolean = () => true,
    table: SpellingTable = {},
  ) {
    this.#pf = pagefind;
    this.#checked = checked;
    this.#named = named;
    this.#keep = keep;
    this.#table = table;
  }

  /** A search's results in this engine's languages, each page's text read at most once. */
  async #search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResult[]> {
    return ((await this.#pf.search(term, options))?.results ?? [])
      .filter((result) => this.#keep(result.id))
      .map((result) => ({ ...result, data: once(() => result.data()) }));
  }

  /** Whether a word occurs in the indexed text (Pagefind ignores words it does not know). */
  #occurs(word: string): Promise<boolean> {
    let known = this.#known.get(word);
    if (!known) {
      known = this.#search(word).then((results) => results.some((r) => r.words.length > 0));
      this.#known.set(word, known);
    }
    return known;
  }

  /**
   * Spellings of each word that occur in the index (the typed one if none
   * does). A word the spelling table lists is searched as the pages spell it
   * instead; the words the table gives for a word still being typed are
   * searched beside it.
   */
  async #options(words: string[]): Promise<string[][]> {
    const found = await Promise.all(
      words.map(async (word) => {
        const { typed, table } = searchSpellings(word, this.#table);
        if (typed.length <= 1) return [...typed, ...table];
        const occurs = await Promise.all(typed.map((form) => this.#occurs(form)));
        const live = typed.filter((_, i) => occurs[i]);
        return [...(live.length > 0 ? live : [word]), ...table];
      }),
    );
    let varied = 0;
    return found.map((live, i) => (live.length > 1 && ++varied > MAX_VARIED_WORDS ? [words[i] ?? ''] : live));
  }

  /** What the top results' text shows, against each spelling of the query (`variants`). */
  async #check(variants: string[], merged: Merged[], phrase: boolean): Promise<Map<string, Checked>> {
    const candidates = toCheck(merged, this.#checked, this.#named);
    const checks = await Promise.all(
      candidates.map(async (m): Promise<[string, Checked]> => {
        const data = await m.data();
        return [
          m.id,
          {
            own: variants.some((v) => isOwnPage(data, v)),
            phrase: phrase && variants.some((v) => containsPhrase(data.content, v)),
          },
        ];
      }),
    );
    return new Map(checks);
  }

  async #run(query: string, wanted: () => boolean): Promise<Hit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    // Text typed past before the runtime was ready: no index chunks for it either.
    if (!wanted()) throw new StaleQuery(query);
    const variants = combinations(await this.#options(words));
    const phrase = words.length > 1;
    const [lists, phrases] = await Promise.all([
      Promise.all(variants.map((v) => this.#search(v))),
      phrase ? Promise.all(variants.map((v) => this.#search(`"${v}"`))) : [],
    ]);
    const merged = mergeResults(lists, phrases);
    // Reading the top results is most of a query's time: not for text the reader has typed past.
    if (!wanted()) throw new StaleQuery(query);
    // Whether Pagefind matched the words or stand-ins is read from pages the check reads anyway,
    // side by side with it; phrase searches match whole words only, never stand-ins.
    const checking = this.#check(variants, merged, phrase);
    const genuine = await Promise.all(lists.map((list, i) => withoutStandIns(list, variants[i] ?? '')));
    if (genuine.every((list, i) => list === lists[i])) return rankHits(merged, await checking);
    checking.catch(() => undefined); // superseded: its failure, if any, is not this query's
    const kept = mergeResults(genuine, phrases);
    return rankHits(kept, await this.#check(variants, kept, phrase));
  }

  /**
   * Ranked hits of a query, cached for the `KEPT_QUERIES` queries asked most
   * recently. `wanted` is asked before searching and again before the top
   * results are read: when it says no, the promise rejects with a
   * `StaleQuery` and nothing is cached.
   */
  hits(query: string, wanted: () => boolean = () => true): Promise<Hit[]> {
    const key = query.normalize('NFC').trim();
    let hits = this.#queries.get(key);
    if (!hits) {
      const run = this.#run(key, wanted);
      run.catch(() => {
        if (this.#queries.get(key) === run) this.#queries.delete(key);
      });
      hits = run;
    }
    // Asked again: now the most recent (a Map keeps the order of insertion).
    this.#queries.delete(key);
    this.#queries.set(key, hits);
    for (const old of this.#queries.keys()) {
      if (this.#queries.size <= KEPT_QUERIES) break;
      this.#queries.delete(old);
    }
    return hits;
  }

  /** Every indexed page, for browsing by filter without a query. */
  readonly allPages = once(async () =>
    (await this.#search(null)).map((r): Hit => ({ id: r.id, score: 0, tier: 2, data: () => r.data() })),
  );

  readonly #valueSets = new Map<string, Promise<Set<string>>>();

  /** Page ids carrying one filter value, from a filter-only search (cached). */
  valueSet(group: string, value: string): Promise<Set<string>> {
    const key = JSON.stringify([group, value]);
    let ids = this.#valueSets.get(key);
    if (!ids) {
      ids = this.#search(null, { filters: { [group]: value } }).then((results) => new Set(results.map((r) => r.id)));
      this.#valueSets.set(key, ids);
    }
    return ids;
  }

  /** The sets of the chosen values only (with their counterparts' pages): enough to narrow results. */
  async selectionSets(selection: Selection, counterparts: Counterparts = {}): Promise<FilterSets> {
    const chosen = Object.entries(selection).filter((entry): entry is [string, string] => Boolean(entry[1]));
    const sets: FilterSets = new Map();
    for (const [group, value] of chosen) {
      const other = counterparts[group]?.[value];
      const ids = await this.valueSet(group, value);
      const more = other === undefined ? [] : await this.valueSet(group, other);
      sets.set(group, new Map([[value, new Set([...ids, ...more])]]));
    }
    return sets;
  }

  /**
   * Page ids of every value of every filter, for counts: one filter-only
   * search per value, so slower on large sites (about 2 s for 600 values on
   * 10,000 pages); the search page shows results before it.
   */
  readonly filterSets = once(async (): Promise<FilterSets> => {
    const sets: FilterSets = new Map();
    for (const [group, values] of Object.entries(await this.#pf.filters())) {
      const names = Object.keys(values);
      const ids = await Promise.all(names.map((value) => this.valueSet(group, value)));
      sets.set(group, new Map(names.map((value, i) => [value, ids[i] ?? new Set<string>()])));
    }
    return sets;
  });

  /** Position of every dated page, oldest first, from the `date` sort key. */
  readonly dateOrder = once(async () => {
    const results = await this.#search(null, { sort: { date: 'asc' } });
    return new Map(results.map((r, i) => [r.id, i]));
  });
}

/** How many results a UI reads before showing any (see `toCheck`). */
export interface Reading {
  /** How many results it shows first: all of them are read. */
  shown: number;
  /** How many top results to read. @default the larger of `shown` and 12 */
  top?: number;
  /** How many further results matching in their name to read. @default 24 */
  named?: number;
}

let runtime: Promise<Pagefind> | undefined;
let merged: Promise<void> | undefined;

/**
 * Loads Pagefind (once per page view). The URL is built at run time so the
 * bundler leaves it alone: the file exists only after `pagefind --site` has
 * run on the build output.
 */
function loadRuntime(excerptLength: number): Promise<Pagefind> {
  runtime ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength });
    await pagefind.init();
    return pagefind;
  })();
  return runtime;
}

/**
 * Both languages' tables as one. A spelling that only one table lists may
 * be a word of the other language's pages: it is searched as typed too.
 * @example joinTables({ center: ['centre'] }, {}) // { center: ['center', 'centre'] }
 */
export function joinTables(a: SpellingTable, b: SpellingTable): SpellingTable {
  const joined: Record<string, readonly string[]> = {};
  for (const spelling of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const inA = Object.hasOwn(a, spelling) ? a[spelling] : undefined;
    const inB = Object.hasOwn(b, spelling) ? b[spelling] : undefined;
    const words = [...(inA ?? []), ...(inB ?? [])];
    joined[spelling] = [...new Set(inA && inB ? words : [spelling, ...words])];
  }
  return joined;
}

/** Whether a Pagefind page id belongs to a language's index (`vi_1a2b3c4`). */
export const inLanguage =
  (lang: string) =>
  (id: string): boolean =>
    id.startsWith(`${lang}_`);

/**
 * The engine of the page's language (`<html lang>`, the index Pagefind
 * loads first), or, given `other`, of both: the other language's index is
 * merged into the runtime once, on the first such call.
 */
export async function loadEngine(excerptLength: number, reading: Reading, other?: string): Promise<SearchEngine> {
  const lang = document.documentElement.lang;
  const [pagefind, table] = await Promise.all([loadRuntime(excerptLength), loadSpellingTable(lang)]);
  const top = Math.max(reading.top ?? Math.max(reading.shown, CHECKED_TOP), reading.shown);
  const named = reading.named ?? CHECKED_NAMED;
  if (other === undefined) return new SearchEngine(pagefind, top, named, inLanguage(lang), table);
  // Pagefind 1.6 skips merging a path its primary index's path starts with, taking it for a
  // mistake; here it is the same bundle's other language. "./" names the same folder (the URL
  // resolves it away) without being such a prefix, whether the primary path is relative or absolute.
  merged ??= pagefind.mergeIndex('/pagefind/./', { language: other, excerptLength });
  const [, otherTable] = await Promise.all([merged, loadSpellingTable(other)]);
  return new SearchEngine(pagefind, top, named, () => true, joinTables(table, otherTable));
}
