/**
 * The browser side of search (`src/components/search/`), against a fake
 * Pagefind that behaves like the real one where it matters here: it folds
 * tone marks but not "đ", matches word prefixes, ignores words it does not
 * know, supports "quoted phrases", and searches metadata too.
 */
import { describe, expect, test } from 'vitest';
import {
  facetCounts,
  foldCounterparts,
  inLanguage,
  KEPT_QUERIES,
  joinTables,
  mergeResults,
  rankHits,
  SearchEngine,
  StaleQuery,
  toCheck,
  type Merged,
  selectHits,
  sortByDate,
  type FilterSets,
  type Hit,
  type Pagefind,
  type PagefindResult,
  withoutStandIns,
} from '../../src/components/search/engine.ts';
import { tableSpellings } from '../../src/components/search/english.ts';
import { coversTerms, extendsTerm, pagefindTerms, wordsAt } from '../../src/components/search/matched.ts';
import { stem } from 'porter2';
import { combinations, containsPhrase, fold, queryWords, spellings } from '../../src/components/search/vietnamese.ts';

interface FakePage {
  id: string;
  text: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  date?: string;
}

/** Pagefind's own folding: marks go, "đ" stays. */
const pfTokens = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

class FakePagefind implements Pagefind {
  readonly pages: FakePage[];
  readonly terms: string[] = [];
  /** Pagefind 1.6's fallback: a word no indexed word starts with stands for the longest indexed word it starts with. */
  readonly standIns: boolean;
  /** Ids of the pages whose text was read. */
  readonly read: string[] = [];

  constructor(pages: FakePage[], { standIns = false } = {}) {
    this.pages = pages;
    this.standIns = standIns;
  }

  async options(): Promise<void> {}
  async init(): Promise<void> {}
  async mergeIndex(): Promise<void> {}

  async filters(): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const page of this.pages)
      for (const [group, values] of Object.entries(page.filters ?? {}))
        for (const value of values) (counts[group] ??= {})[value] = (counts[group][value] ?? 0) + 1;
    return counts;
  }

  #result(page: FakePage, words: number[], score: number, fields: string[]): PagefindResult {
    return {
      id: page.id,
      score,
      words,
      matchedMetaFields: fields.length > 0 ? fields : null,
      data: async () => {
        this.read.push(page.id);
        return { url: `/${page.id}/`, excerpt: page.text, content: page.text, meta: page.meta };
      },
    };
  }

  async search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> } = {}) {
    let pages = this.pages.filter((page) =>
      Object.entries(options.filters ?? {}).every(([group, value]) => page.filters?.[group]?.includes(value)),
    );
    if (term === null) {
      if (options.sort) pages = pages.filter((p) => p.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      return { results: pages.map((page) => this.#result(page, [], 1, [])) };
    }
    this.terms.push(term);
    const phrase = term.startsWith('"');
    const indexed = this.pages.flatMap((p) => [p.text, ...Object.values(p.meta)].flatMap(pfTokens));
    const known = pfTokens(term).flatMap((w) => {
      if (indexed.some((x) => x.startsWith(w))) return [w];
      const standIn = indexed.filter((x) => this.standIns && w.startsWith(x)).sort((a, b) => b.length - a.length)[0];
      return standIn === undefined ? [] : [standIn];
    });
    if (known.length === 0) return { results: [] };
    const results = pages.flatMap((page) => {
      const body = pfTokens(page.text);
      const at = (w: string) => body.flatMap((token, i) => (token.startsWith(w) ? [i] : []));
      const fields = Object.entries(page.meta)
        .filter(([, value]) => known.every((w) => pfTokens(value).some((t) => t.startsWith(w))))
        .map(([name]) => name);
      const words = phrase
        ? at(known[0] ?? '').filter((i) => known.every((w, j) => body[i + j]?.startsWith(w)))
        : known.every((w) => at(w).length > 0)
          ? [...new Set(known.flatMap(at))]
          : [];
      if (words.length === 0 && (phrase || fields.length === 0)) return [];
      return [this.#result(page, words, words.length / body.length + fields.length, fields)];
    });
    return { results: results.sort((a, b) => b.score - a.score) };
  }
}

const PAGES: FakePage[] = [
  {
    id: 'chinh-quyen',
    text: 'Chính quyền điện tử và dịch vụ công trực tuyến cho người dân.',
    meta: { title: 'Chính quyền điện tử', name: 'Chính quyền điện tử' },
    filters: { type: ['Chủ đề'] },
  },
  {
    id: 'toan-dien',
    text: 'Hợp tác toàn diện. Từ tháng 6, hai bên diện kiến nhiều lần.',
    meta: { title: 'Hợp tác toàn diện', name: 'Hợp tác toàn diện' },
    filters: { type: ['Hợp tác'], year: ['2022'] },
    date: '2022-06-01',
  },
  {
    id: 'da-nang',
    text: 'Thành phố Đà Nẵng là đô thị loại một. Đà Nẵng ký nhiều thỏa thuận.',
    meta: { title: 'Thành phố Đà Nẵng', name: 'Đà Nẵng' },
    filters: { type: ['Địa phương'], locality: ['Đà Nẵng'] },
  },
  {
    id: 'ubnd-da-nang',
    text: 'Ủy ban nhân dân thành phố Đà Nẵng ký với Viettel về thành phố thông minh ở Đà Nẵng.',
    meta: { title: 'Ủy ban nhân dân thành phố Đà Nẵng', name: 'UBND Đà Nẵng' },
    filters: { type: ['Tổ chức'], locality: ['Đà Nẵng'] },
  },
  {
    id: 'dan-nang',
    text: 'Người dân nâng cao năng lực số, dân nắng mưa.',
    meta: { title: 'Năng lực số', name: 'Năng lực số' },
    filters: { type: ['Chủ đề'] },
  },
  {
    id: 'hoa-vang',
    text: 'Huyện Hòa Vang của Đà Nẵng. Hòa Vang có 11 xã.',
    meta: { title: 'Huyện Hòa Vang', name: 'Hòa Vang' },
    filters: { type: ['Địa phương'], locality: ['Đà Nẵng'] },
  },
  {
    id: 'ubnd-hoa-vang',
    text: 'UBND huyện Hòa Vang ký với VNPT. Hòa Vang, Hòa Vang, Hòa Vang chuyển đổi số.',
    meta: { title: 'UBND huyện Hòa Vang', name: 'UBND huyện Hòa Vang' },
    filters: { type: ['Tổ chức'], locality: ['Đà Nẵng'], year: ['2022'] },
    date: '2022-04-21',
  },
  {
    id: 'thuy-dien',
    text: 'Nhà máy thuỷ điện và thủy lợi của tỉnh.',
    meta: { title: 'Thuỷ điện', name: 'Thuỷ điện' },
    filters: { type: ['Chủ đề'] },
  },
  {
    id: 'cds-phrase',
    text: 'Kế hoạch chuyển đổi số của thành phố năm 2023.',
    meta: { title: 'Kế hoạch chuyển đổi số', name: 'Kế hoạch' },
    filters: { type: ['Văn bản'], year: ['2023'] },
    date: '2023-02-20',
  },
  {
    id: 'cds-apart',
    text: 'Chuyển giao công nghệ số, đổi mới số, số hóa, chuyển đổi mô hình, số liệu số.',
    meta: { title: 'Chuyển giao số', name: 'Chuyển giao số' },
    filters: { type: ['Văn bản'], year: ['2021'] },
    date: '2021-05-01',
  },
  {
    id: 'fallback',
    text: 'Training courses in three cities.',
    meta: { title: 'Đào tạo kỹ năng số', name: 'Đào tạo' },
    filters: { type: ['Sự kiện'] },
  },
];

const engine = () => new SearchEngine(new FakePagefind(PAGES));
const ids = async (query: string, search = engine()) => (await search.hits(query)).map((hit) => hit.id);

describe('fold', () => {
  test('returns the same text for any diacritics, tone-mark placement, "đ" and NFD input', () => {
    expect(fold('Thuỷ  Điện')).toBe('thuy dien');
    expect(fold('thủy dien')).toBe('thuy dien');
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('Đà Nẵng'.normalize('NFD'))).toBe('da nang');
    expect(fold('GD&ĐT')).toBe('gd dt');
  });
});

describe('queryWords / spellings / combinations', () => {
  test('returns composed words without quotes', () => {
    expect(queryWords(' “Da  Nang” ')).toEqual(['Da', 'Nang']);
    expect(queryWords('hoà'.normalize('NFD'))).toEqual(['hoà']);
  });
  test('returns a second spelling with "đ" for a word starting with "d" only', () => {
    expect(spellings('dien')).toEqual(['dien', 'đien']);
    expect(spellings('Da')).toEqual(['Da', 'Đa']);
    expect(spellings('điện')).toEqual(['điện']);
    expect(spellings('nang')).toEqual(['nang']);
  });
  test('returns every combination, the typed spelling first', () => {
    expect(combinations([['da', 'đa'], ['nang']])).toEqual(['da nang', 'đa nang']);
    expect(combinations([['du', 'đu'], ['lieu'], ['dan', 'đan']])).toEqual([
      'du lieu dan',
      'du lieu đan',
      'đu lieu dan',
      'đu lieu đan',
    ]);
  });
});

describe('containsPhrase', () => {
  test('returns true for the words in a row in any spelling, the last one possibly cut short', () => {
    expect(containsPhrase('Chính quyền điện tử, dịch vụ công', 'dien tu')).toBe(true);
    expect(containsPhrase('“Chuyển đổi số” là ưu tiên', 'chuyen doi so')).toBe(true);
    expect(containsPhrase('thành phố thông minh', 'thanh pho thong mi')).toBe(true);
  });
  test('returns false across punctuation, for words apart, and for one word alone', () => {
    expect(containsPhrase('hợp tác toàn diện. Từ tháng 6', 'dien tu')).toBe(false);
    expect(containsPhrase('chuyển giao số, đổi mới', 'chuyen doi so')).toBe(false);
    expect(containsPhrase('', 'dien tu')).toBe(false);
  });
});

const result = (id: string, score: number, words = [1], matchedMetaFields: string[] | null = null): PagefindResult => ({
  id,
  score,
  words,
  matchedMetaFields,
  data: async () => ({ url: `/${id}/`, excerpt: id, content: id, meta: {} }),
});

describe('mergeResults', () => {
  test('returns each page once with its best score relative to its own spelling’s best', () => {
    const merged = mergeResults([
      [result('a', 8), result('b', 4)],
      [result('b', 0.5), result('c', 0.25)],
    ]);
    expect(Object.fromEntries(merged.map((m) => [m.id, m.score]))).toEqual({ a: 1, b: 1, c: 0.5 });
  });
  test('returns phrase matches marked, scored within the spelling whose phrase matched', () => {
    const merged = mergeResults(
      [
        [result('noise', 9), result('a', 3)],
        [result('a', 0.5), result('b', 1)],
      ],
      [[], [result('a', 1)]],
    );
    expect(merged.find((m) => m.id === 'a')).toMatchObject({ phrase: true, score: 0.5 });
  });
  test('keeps a name match found by the plain search when the phrase search (which reports no metadata) wins', () => {
    const merged = mergeResults([[result('place', 1, [1], ['name', 'title'])]], [[result('place', 1, [1], null)]]);
    expect(merged[0]).toMatchObject({ phrase: true, named: true });
    const later = mergeResults([[result('x', 2), result('place', 1, [1], null)]], [[]]);
    expect(later.find((m) => m.id === 'place')?.named).toBe(false);
  });
  test('returns no page that matched in metadata only', () => {
    expect(mergeResults([[result('a', 1), result('meta-only', 5, [])]]).map((m) => m.id)).toEqual(['a']);
  });
});

describe('rankHits', () => {
  test('returns own pages, then phrase matches, then the rest, by score within each', () => {
    const merged = mergeResults([[result('a', 9), result('b', 5), result('c', 1)]], [[result('c', 1)]]);
    expect(rankHits(merged).map((h) => h.id)).toEqual(['c', 'a', 'b']);
    expect(rankHits(merged, new Map([['b', { own: true, phrase: false }]])).map((h) => h.id)).toEqual(['b', 'c', 'a']);
    expect(rankHits(merged, new Map([['c', { own: false, phrase: false }]])).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
});

const hit = (id: string): Hit => ({
  id,
  score: 1,
  tier: 2,
  data: async () => ({ url: '', excerpt: '', content: '', meta: {} }),
});
const SETS: FilterSets = new Map([
  [
    'type',
    new Map([
      ['Sự kiện', new Set(['e1', 'e2'])],
      ['Hợp tác', new Set(['p1'])],
    ]),
  ],
  [
    'year',
    new Map([
      ['2022', new Set(['e1', 'p1'])],
      ['2023', new Set(['e2'])],
    ]),
  ],
]);
const HITS = ['e1', 'e2', 'p1', 'x'].map(hit);

describe('selectHits / facetCounts', () => {
  test('returns the hits carrying every chosen value', () => {
    expect(selectHits(HITS, SETS, { type: 'Sự kiện', year: '2022' }).map((h) => h.id)).toEqual(['e1']);
    expect(selectHits(HITS, SETS, { type: '' }).map((h) => h.id)).toEqual(['e1', 'e2', 'p1', 'x']);
    expect(selectHits(HITS, SETS, { type: 'Không có' })).toEqual([]);
  });
  test('returns counts of each group under the other groups’ choices', () => {
    const counts = facetCounts(HITS, SETS, { type: 'Sự kiện', year: '2022' });
    expect(Object.fromEntries(counts.get('type') ?? [])).toEqual({ 'Sự kiện': 1, 'Hợp tác': 1 });
    expect(Object.fromEntries(counts.get('year') ?? [])).toEqual({ 2022: 1, 2023: 1 });
  });
});

describe('sortByDate', () => {
  test('returns dated hits in date order, either way, and undated ones after in their order', () => {
    const order = new Map([
      ['p1', 0],
      ['e2', 1],
    ]);
    expect(sortByDate(HITS, order, 'desc').map((h) => h.id)).toEqual(['e2', 'p1', 'e1', 'x']);
    expect(sortByDate(HITS, order, 'asc').map((h) => h.id)).toEqual(['p1', 'e2', 'e1', 'x']);
  });
});

describe('SearchEngine.hits', () => {
  test('returns pages with "đ" for a query typed with "d", as for the query with diacritics', async () => {
    const plain = await ids('dien tu');
    expect(plain).toContain('chinh-quyen');
    expect(new Set(await ids('điện tử'))).toEqual(new Set(plain.filter((id) => id !== 'toan-dien')));
  });
  test('returns the page with the phrase before pages where the words meet across punctuation', async () => {
    expect((await ids('dien tu'))[0]).toBe('chinh-quyen');
  });
  test('returns the place’s own page first for its name, with or without diacritics', async () => {
    for (const query of ['Da Nang', 'da nang', 'Đà Nẵng', 'đà nẵng'.normalize('NFD')]) {
      const found = await ids(query);
      expect(found[0], query).toBe('da-nang');
      expect(found, query).toContain('ubnd-da-nang');
    }
  });
  test('returns the same pages for either tone-mark placement', async () => {
    expect(await ids('hoà vang')).toEqual(await ids('hòa vang'));
    expect((await ids('hoà vang'))[0]).toBe('hoa-vang');
    expect(await ids('thuỷ')).toEqual(await ids('thủy'));
    expect(await ids('thuỷ')).toEqual(['thuy-dien']);
  });
  test('returns pages with a multi-word term as a phrase first', async () => {
    expect(await ids('chuyen doi so')).toEqual(['cds-phrase', 'ubnd-hoa-vang', 'cds-apart']);
  });
  test('returns no page that matches only in its metadata', async () => {
    expect(await ids('đào tạo')).toEqual([]);
    expect(await ids('training')).toEqual(['fallback']);
  });
  test('searches no spelling that the index does not know', async () => {
    const pagefind = new FakePagefind(PAGES);
    await ids('dich vu', new SearchEngine(pagefind));
    expect(pagefind.terms).not.toContain('đich vu');
    expect(pagefind.terms).toContain('dich vu');
  });
});

describe('toCheck', () => {
  const merged = (id: string, score: number, named = false, phrase = false): Merged => ({
    id,
    score,
    named,
    phrase,
    data: async () => ({ url: `/${id}/`, excerpt: '', content: '', meta: {} }),
  });
  const list = [merged('a', 0.9), merged('b', 0.5, false, true), merged('c', 0.4, true), merged('d', 0.3, true)];
  test('returns the best `top` results, phrase matches first, then the next `named` matching in their name', () => {
    expect(toCheck(list, 2, 1).map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(toCheck(list, 1, 0).map((m) => m.id)).toEqual(['b']);
    expect(toCheck(list, 1).map((m) => m.id)).toEqual(['b', 'c', 'd']);
  });
});

describe('SearchEngine.hits when the query is no longer wanted', () => {
  test('rejects with StaleQuery before searching or before reading any result, and caches nothing', async () => {
    const search = engine();
    let read = 0;
    const pages = PAGES.map((page) => ({ ...page }));
    const pagefind = new FakePagefind(pages);
    const original = pagefind.search.bind(pagefind);
    pagefind.search = async (...args: Parameters<typeof original>) => {
      const found = await original(...args);
      return {
        results: found.results.map((r) => ({ ...r, data: () => ((read += 1), r.data()) })),
      };
    };
    const counted = new SearchEngine(pagefind);
    await expect(counted.hits('dien tu', () => false)).rejects.toBeInstanceOf(StaleQuery);
    expect(read).toBe(0);
    expect(pagefind.terms).toEqual([]);
    let asked = 0;
    await expect(counted.hits('dien tu', () => ++asked === 1)).rejects.toBeInstanceOf(StaleQuery);
    expect(read).toBe(0);
    expect(pagefind.terms).toContain('dien tu');
    expect((await counted.hits('dien tu'))[0]?.id).toBe('chinh-quyen');
    expect(read).toBeGreaterThan(0);
    expect((await search.hits('dien tu', () => true))[0]?.id).toBe('chinh-quyen');
  });
});

describe('SearchEngine.hits cache', () => {
  test('keeps the most recently asked queries only, so older results can be collected', async () => {
    const pagefind = new FakePagefind(PAGES.map((page) => ({ ...page })));
    const search = new SearchEngine(pagefind);
    const searched = () => pagefind.terms.filter((term) => term === 'dien tu').length;
    await search.hits('dien tu');
    const once = searched();
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < KEPT_QUERIES - 1; i++) await search.hits(`query ${i}`);
    await search.hits('dien tu'); // asked again: from the cache, and now the most recent
    expect(searched()).toBe(once);
    for (let i = 0; i < KEPT_QUERIES - 1; i++) await search.hits(`query ${i}`);
    await search.hits('dien tu');
    expect(searched()).toBe(once);
    await search.hits('one more');
    for (let i = 0; i < KEPT_QUERIES - 1; i++) await search.hits(`other ${i}`);
    await search.hits('dien tu'); // KEPT_QUERIES others asked since: searched again
    expect(searched()).toBe(2 * once);
    expect((await search.hits('dien tu'))[0]?.id).toBe('chinh-quyen');
  });
});

describe('SearchEngine spellings', () => {
  test('returns at most 2³ spellings: only the first three words starting with "d" vary', async () => {
    const pagefind = new FakePagefind([
      { id: 'a', text: 'da de di do', meta: {} },
      { id: 'b', text: 'đa đe đi đo', meta: {} },
    ]);
    await new SearchEngine(pagefind).hits('da de di do');
    const searched = pagefind.terms.filter((term) => term.split(' ').length === 4 && !term.startsWith('"'));
    expect(searched).toHaveLength(8);
    expect(searched).toContain('đa đe đi do');
    expect(searched.some((term) => term.endsWith('đo'))).toBe(false);
  });
});

describe('SearchEngine.filterSets / selectionSets / dateOrder', () => {
  test('returns the pages of every filter value, of the chosen values only, and the dated pages in date order', async () => {
    const search = engine();
    const sets = await search.filterSets();
    expect([...(sets.get('year')?.get('2022') ?? [])]).toEqual(['toan-dien', 'ubnd-hoa-vang']);
    const chosen = await search.selectionSets({ year: '2023', type: '' });
    expect([...chosen.keys()]).toEqual(['year']);
    expect([...(chosen.get('year')?.get('2023') ?? [])]).toEqual(['cds-phrase']);
    expect([...(await search.dateOrder()).keys()]).toEqual(['cds-apart', 'ubnd-hoa-vang', 'toan-dien', 'cds-phrase']);
  });
});

describe('both languages', () => {
  const BILINGUAL: FakePage[] = [
    {
      id: 'vi_1',
      text: 'Facebook đào tạo kỹ năng số',
      meta: { title: 'Đào tạo' },
      filters: { type: ['Sự kiện'], year: ['2020'] },
    },
    { id: 'vi_2', text: 'Viettel và Đà Nẵng', meta: { title: 'Viettel' }, filters: { type: ['Tổ chức'] } },
    {
      id: 'en_1',
      text: 'Facebook digital skills training',
      meta: { title: 'Training' },
      filters: { type: ['Event'], year: ['2020'] },
    },
    {
      id: 'en_2',
      text: 'Disaster response training with Facebook',
      meta: { title: 'Disaster' },
      filters: { type: ['Event'] },
    },
  ];

  test('the page language engine keeps to its own pages; the engine of both keeps all', async () => {
    const pagefind = new FakePagefind(BILINGUAL);
    const own = new SearchEngine(pagefind, 12, 24, inLanguage('vi'));
    expect((await own.hits('facebook')).map((h) => h.id)).toEqual(['vi_1']);
    expect(await own.hits('disaster')).toEqual([]);
    const all = new SearchEngine(pagefind);
    expect((await all.hits('facebook')).map((h) => h.id).sort()).toEqual(['en_1', 'en_2', 'vi_1']);
    expect((await all.hits('disaster')).map((h) => h.id)).toEqual(['en_2']);
  });

  test('inLanguage reads the language prefix of Pagefind page ids', () => {
    expect(inLanguage('vi')('vi_1a2b')).toBe(true);
    expect(inLanguage('vi')('en_1a2b')).toBe(false);
    expect(inLanguage('en')('en-x_1')).toBe(false);
  });

  test('a filter value also takes its other-language name: counts and narrowing span both languages', async () => {
    const all = new SearchEngine(new FakePagefind(BILINGUAL));
    const names = { type: { 'Sự kiện': 'Event', 'Tổ chức': 'Organization' } };
    const folded = foldCounterparts(await all.filterSets(), names);
    expect([...(folded.get('type')?.keys() ?? [])].sort()).toEqual(['Sự kiện', 'Tổ chức']);
    expect([...(folded.get('type')?.get('Sự kiện') ?? [])].sort()).toEqual(['en_1', 'en_2', 'vi_1']);
    // A value named alike in both languages (a year) needs no table.
    expect([...(folded.get('year')?.get('2020') ?? [])].sort()).toEqual(['en_1', 'vi_1']);
    const hits = await all.hits('facebook');
    expect(facetCounts(hits, folded, {}).get('type')?.get('Sự kiện')).toBe(3);
    const chosen = await all.selectionSets({ type: 'Sự kiện' }, names);
    expect(
      selectHits(hits, chosen, { type: 'Sự kiện' })
        .map((h) => h.id)
        .sort(),
    ).toEqual(['en_1', 'en_2', 'vi_1']);
    // Without the table, the Vietnamese value narrows to Vietnamese pages.
    const plain = await all.selectionSets({ type: 'Sự kiện' });
    expect(selectHits(hits, plain, { type: 'Sự kiện' }).map((h) => h.id)).toEqual(['vi_1']);
  });
});

describe('words Pagefind matched (matched.ts)', () => {
  test('pagefindTerms reads a query as Pagefind does: punctuation removed, lower case', () => {
    expect(pagefindTerms(' "Smart-city"  3.5 Đà ')).toEqual(['smartcity', '35', 'đà']);
    expect(pagefindTerms('“ ” -')).toEqual([]);
  });

  test('wordsAt returns the words of the text at the positions, split on white space as excerpts are', () => {
    expect(wordsAt('Đà Nẵng ký\nvới  Viettel.', [1, 4, 9])).toEqual(['Nẵng', 'Viettel.']);
  });

  test('extendsTerm accepts the term, a longer word and a word of the same stem, in any spelling', () => {
    expect(extendsTerm('chuyển', 'chuy')).toBe(true);
    expect(extendsTerm('Nẵng,', 'nang')).toBe(true);
    expect(extendsTerm('điện', 'dien')).toBe(true);
    expect(extendsTerm('smart-city', 'city')).toBe(true);
    expect(extendsTerm('smart-city', 'smartcity')).toBe(true);
    expect(extendsTerm('3.5', '35')).toBe(true);
    expect(extendsTerm('partnership', 'partnerships', stem)).toBe(true);
    expect(extendsTerm('study', 'studies', stem)).toBe(true);
    expect(extendsTerm('organisations', 'organizations', stem)).toBe(true);
  });

  test('extendsTerm rejects the stand-in Pagefind searches for a word no indexed word starts with', () => {
    expect(extendsTerm('di', 'disaster')).toBe(false);
    expect(extendsTerm('a', 'axolotl', stem)).toBe(false);
    expect(extendsTerm('partnership', 'partnerships')).toBe(false);
    expect(extendsTerm('digit', 'digitalisation', stem)).toBe(false);
  });

  test('coversTerms asks for a matched word extending every term', () => {
    expect(coversTerms(['chuyển', 'đổi', 'số'], ['chuyen', 'doi', 's'])).toBe(true);
    expect(coversTerms(['chuyển', 'di'], ['chuyen', 'disaster'])).toBe(false);
    expect(coversTerms([], [])).toBe(true);
  });
});

describe('stand-ins', () => {
  const HERITAGE: FakePage[] = [
    ...PAGES,
    { id: 'di-san', text: 'Phát huy giá trị di sản và đổi mới sáng tạo.', meta: { title: 'Di sản', name: 'Di sản' } },
  ];

  test('a query word no page holds finds nothing, although Pagefind searched its stand-in', async () => {
    const pagefind = new FakePagefind(HERITAGE, { standIns: true });
    expect((await pagefind.search('disaster'))?.results.map((r) => r.id)).toContain('di-san');
    const search = new SearchEngine(pagefind);
    expect(await ids('disaster', search)).toEqual([]);
    expect(await ids('chuyển disaster', search)).toEqual([]);
    expect(await ids('di sản', search)).toEqual(['di-san']);
  });

  test('a query with a word that Pagefind leaves out (no indexed word starts it or extends it) finds nothing', async () => {
    const pagefind = new FakePagefind(PAGES);
    expect((await pagefind.search('chuyển xyz'))?.results.length).toBeGreaterThan(0);
    expect(await ids('chuyển xyz', new SearchEngine(pagefind))).toEqual([]);
  });

  test('queries whose words the pages hold find the same pages as without stand-ins', async () => {
    const plain = engine();
    const search = new SearchEngine(new FakePagefind(PAGES, { standIns: true }));
    for (const query of ['dien tu', 'Da Nang', 'hoà vang', 'chuyen doi so', 'chuyen doi s', 'training', 'thuỷ']) {
      expect(await ids(query, search), query).toEqual(await ids(query, plain));
    }
  });

  const result = (id: string, words: number[], content: string): PagefindResult => ({
    id,
    score: 1,
    words,
    data: async () => ({ url: `/${id}/`, excerpt: content, content, meta: {} }),
  });

  test("drops one index's results when its top pages show stand-ins, and keeps the other index's", async () => {
    const results = [
      result('vi_1', [3], 'Phát huy giá trị di sản.'),
      result('en_1', [0], 'Disaster response training.'),
      result('vi_2', [0], 'di động'),
      result('en_2', [2], 'A plan for disasters.'),
    ];
    expect((await withoutStandIns(results, 'disaster')).map((r) => r.id)).toEqual(['en_1', 'en_2']);
    expect(await withoutStandIns(results.slice(1), 'disasters')).toEqual(
      results.slice(1).filter((r) => r.id !== 'vi_2'),
    );
  });

  test('stems English terms as Pagefind does, and reads further top pages when one matched in its metadata only', async () => {
    const partners = [result('en_1', [1], 'Two partnership agreements.'), result('en_2', [], 'No match in the text.')];
    expect(await withoutStandIns(partners, 'partnerships')).toEqual(partners);
    const later = [result('en_1', [0], 'training only'), result('en_2', [0, 1], 'digital training')];
    expect(await withoutStandIns(later, 'digital training')).toEqual(later);
    expect(await withoutStandIns([result('en_1', [2], 'signs a memorandum')], 'axolotl')).toEqual([]);
  });
});

describe('British and American spellings (english.ts)', () => {
  const BRITISH: FakePage[] = [
    {
      id: 'ioc',
      text: 'The city opened its intelligent operations centre in October.',
      meta: { title: 'Operations centre', name: 'Operations centre' },
    },
    { id: 'centres', text: 'Operations and training centres opened.', meta: { title: 'Centres' } },
    { id: 'orgs', text: 'Organisations that signed the memorandum.', meta: { title: 'Organisations' } },
    { id: 'other', text: 'A census of cereals and operations.', meta: { title: 'Census' } },
  ];
  const TABLE = {
    center: ['centre'],
    centers: ['centres'],
    organization: ['organisation'],
    organizations: ['organisations'],
  };

  test('the table gives the spelling of the pages for a listed word, and the start of one for a word being typed', () => {
    expect(tableSpellings('Center', TABLE)).toEqual({ exact: true, words: ['centre'] });
    expect(tableSpellings('organiz', TABLE)).toEqual({ exact: false, words: ['organis'] });
    expect(tableSpellings('cente', TABLE)).toEqual({ exact: false, words: ['centr'] });
    // Starts the two spellings share, short starts, and words the table does not list: nothing.
    expect(tableSpellings('organ', TABLE)).toEqual({ exact: false, words: [] });
    expect(tableSpellings('cen', TABLE)).toEqual({ exact: false, words: [] });
    expect(tableSpellings('centre', TABLE)).toEqual({ exact: false, words: [] });
    expect(tableSpellings('constructor', TABLE)).toEqual({ exact: false, words: [] });
  });

  test('a word the table lists finds what the pages’ spelling finds, ranked the same; without the table, nothing', async () => {
    const pagefind = new FakePagefind(BRITISH, { standIns: true });
    const search = new SearchEngine(pagefind, undefined, undefined, undefined, TABLE);
    for (const [american, british] of [
      ['center', 'centre'],
      ['centers', 'centres'],
      ['organization', 'organisation'],
      ['operations center', 'operations centre'],
      ['Intelligent Operations Center', 'intelligent operations centre'],
      ['organiz', 'organis'],
    ] as const) {
      const found = await search.hits(american);
      expect(found.length, american).toBeGreaterThan(0);
      expect(
        found.map((h) => [h.id, h.tier]),
        american,
      ).toEqual((await search.hits(british)).map((h) => [h.id, h.tier]));
    }
    // The page named "Operations centre" goes first for its name in the other spelling.
    expect((await search.hits('operations center'))[0]).toMatchObject({ id: 'ioc', tier: 0 });
    // A listed word is searched only as the pages spell it.
    expect(pagefind.terms).not.toContain('center');
    expect(await ids('center', new SearchEngine(new FakePagefind(BRITISH, { standIns: true })))).toEqual([]);
  });

  test('both languages: a spelling one table lists is searched as typed too', () => {
    expect(joinTables({ center: ['centre'] }, {})).toEqual({ center: ['center', 'centre'] });
    expect(joinTables({ center: ['centre'] }, { center: ['centre'], color: ['colour'] })).toEqual({
      center: ['centre'],
      color: ['color', 'colour'],
    });
  });
});
