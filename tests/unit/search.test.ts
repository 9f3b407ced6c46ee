import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../src/lib/dates.ts';
import { buildGraph, type Graph } from '../../src/lib/graph.ts';
import type { AnyEntry, ProseMeta } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/lib/routes.ts';
import {
  localitiesOf,
  partnersOf,
  searchFacets,
  themesOf,
  topCompany,
  topLocality,
  yearsOf,
} from '../../src/lib/search.ts';

const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
const refs = <C extends CollectionName>(collection: C, ...ids: string[]) => ids.map((id) => ref(collection, id));

function prose(key: string, title: string, shortTitle = title): ProseMeta {
  return { title, shortTitle, summary: `${title}.`, citations: [], quotes: [], key, updated: null };
}

/** A hand-made entry; `en` null leaves the English translation missing. */
function entry(
  collection: CollectionName,
  id: string,
  facts: object,
  vi: [string, string?],
  en: [string, string?] | null = vi,
): AnyEntry {
  return {
    collection,
    id,
    facts: { sources: refs('sources', 'nguon'), figures: [], ...facts },
    prose: {
      vi: prose(`${collection}/${id}/vi`, ...vi),
      ...(en ? { en: prose(`${collection}/${id}/en`, ...en) } : {}),
    },
    updated: null,
    added: null,
  } as unknown as AnyEntry;
}

/**
 * Đà Nẵng is given the level "city" on purpose: content uses it for the
 * centrally governed city, and the top locality must not depend on the label.
 */
const graph: Graph = buildGraph([
  entry('sources', 'nguon', { published: '2023-02-20', language: 'vi', archiveFile: 'nguon.txt' }, ['Bản tin']),
  entry('places', 'viet-nam', { level: 'country' }, ['Việt Nam'], ['Vietnam']),
  entry(
    'places',
    'da-nang',
    { level: 'city', parent: ref('places', 'viet-nam') },
    ['Thành phố Đà Nẵng', 'Đà Nẵng'],
    ['Đà Nẵng City', 'Đà Nẵng'],
  ),
  entry(
    'places',
    'hoa-vang',
    { level: 'district', parent: ref('places', 'da-nang') },
    ['Huyện Hòa Vang', 'Hòa Vang'],
    ['Hòa Vang District', 'Hòa Vang'],
  ),
  entry('places', 'hoa-bac', { level: 'commune', parent: ref('places', 'hoa-vang') }, ['Xã Hòa Bắc', 'Hòa Bắc']),
  entry('places', 'hue', { level: 'province', parent: ref('places', 'viet-nam') }, ['Tỉnh Thừa Thiên Huế', 'Huế']),
  entry('organizations', 'vnpt', { kind: 'company', places: [] }, ['Tập đoàn VNPT', 'VNPT']),
  entry(
    'organizations',
    'vnpt-da-nang',
    { kind: 'branch', parent: ref('organizations', 'vnpt'), places: refs('places', 'da-nang') },
    ['VNPT Đà Nẵng'],
  ),
  entry('organizations', 'ubnd-hoa-vang', { kind: 'government', places: refs('places', 'hoa-vang') }, [
    'UBND huyện Hòa Vang',
  ]),
  entry('themes', 'chinh-quyen-so', { order: 1 }, ['Chính quyền số'], ['Digital government']),
  entry('themes', 'ky-nang-so', { order: 2 }, ['Kỹ năng số'], null),
  entry(
    'partnerships',
    'hoa-vang-vnpt',
    {
      kind: 'memorandum',
      partners: refs('organizations', 'vnpt-da-nang'),
      counterparts: refs('organizations', 'ubnd-hoa-vang'),
      localities: refs('places', 'hoa-vang'),
      period: '2022-04/2024',
      status: 'signed',
      themes: refs('themes', 'chinh-quyen-so'),
      people: [],
      documents: [],
    },
    ['Hòa Vang và VNPT ký ghi nhớ', 'Hòa Vang – VNPT'],
  ),
  entry(
    'events',
    'ky-ket',
    {
      kind: 'signing',
      date: '2022-04',
      datePart: 'late',
      partnership: ref('partnerships', 'hoa-vang-vnpt'),
      organizations: refs('organizations', 'ubnd-hoa-vang'),
      places: refs('places', 'hoa-bac'),
      people: [],
      documents: [],
      themes: refs('themes', 'ky-nang-so'),
    },
    ['Hòa Vang ký ghi nhớ với VNPT'],
    null,
  ),
  entry(
    'events',
    'chua-ro-ngay',
    {
      kind: 'award',
      date: 'unknown',
      organizations: [],
      places: refs('places', 'viet-nam'),
      people: [],
      documents: [],
      themes: [],
    },
    ['Giải thưởng chưa rõ ngày'],
  ),
  entry(
    'people',
    'nguoi',
    {
      roles: [
        {
          title: { vi: 'Giám đốc', en: 'Director' },
          organization: ref('organizations', 'vnpt-da-nang'),
          date: '2022',
          source: ref('sources', 'nguon'),
        },
      ],
    },
    ['Nguyễn Văn A'],
  ),
]);

const get = (collection: CollectionName, id: string): AnyEntry => {
  const found = graph.get(collection, id);
  if (!found) throw new Error(`no ${collection}/${id}`);
  return found;
};
const place = (id: string) => get('places', id) as Parameters<typeof topLocality>[1];
const org = (id: string) => get('organizations', id) as Parameters<typeof topCompany>[1];
const filters = (collection: CollectionName, id: string, lang: 'vi' | 'en' = 'vi') =>
  searchFacets(graph, get(collection, id), lang).filters.map((f) => `${f.name}:${f.value}`);

describe('topLocality', () => {
  test('returns the province or city just below the country, from any depth', () => {
    expect(topLocality(graph, place('hoa-bac'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('hoa-vang'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('da-nang'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('hue'))?.id).toBe('hue');
  });
  test('returns null for the country', () => {
    expect(topLocality(graph, place('viet-nam'))).toBeNull();
  });
});

describe('topCompany', () => {
  test('returns the company of a branch, and a company itself', () => {
    expect(topCompany(graph, org('vnpt-da-nang'))?.id).toBe('vnpt');
    expect(topCompany(graph, org('vnpt'))?.id).toBe('vnpt');
  });
  test('returns null for a public body', () => {
    expect(topCompany(graph, org('ubnd-hoa-vang'))).toBeNull();
  });
});

describe('localitiesOf / partnersOf / themesOf', () => {
  test('returns an event’s own values merged with its partnership’s, without repeats', () => {
    const event = get('events', 'ky-ket');
    expect(localitiesOf(graph, event).map((p) => p.id)).toEqual(['da-nang']);
    expect(partnersOf(graph, event).map((o) => o.id)).toEqual(['vnpt']);
    expect(themesOf(graph, event).map((t) => t.id)).toEqual(['ky-nang-so', 'chinh-quyen-so']);
  });
  test('returns a person’s locality and company through the organisations of their roles', () => {
    const person = get('people', 'nguoi');
    expect(localitiesOf(graph, person).map((p) => p.id)).toEqual(['da-nang']);
    expect(partnersOf(graph, person).map((o) => o.id)).toEqual(['vnpt']);
  });
  test('returns a theme page as belonging to its own theme', () => {
    expect(themesOf(graph, get('themes', 'chinh-quyen-so')).map((t) => t.id)).toEqual(['chinh-quyen-so']);
  });
});

describe('yearsOf', () => {
  test('returns one year for a date and each year of a closed period', () => {
    expect(yearsOf(parseWhen('2022-04', 'late'))).toEqual(['2022']);
    expect(yearsOf(parseWhen('2021'))).toEqual(['2021']);
    expect(yearsOf(parseWhen('2022-04/2024'))).toEqual(['2022', '2023', '2024']);
  });
  test('returns the first year of an open period and nothing for an unknown date', () => {
    expect(yearsOf(parseWhen('2020-10-05/..'))).toEqual(['2020']);
    expect(yearsOf(parseWhen('unknown'))).toEqual([]);
    expect(yearsOf(null)).toEqual([]);
  });
});

describe('searchFacets', () => {
  test('returns filters computed at build: locality from the district, partner from the branch, years of the period', () => {
    expect(filters('partnerships', 'hoa-vang-vnpt')).toEqual([
      'type:Hợp tác',
      'locality:Đà Nẵng',
      'partner:VNPT',
      'theme:Chính quyền số',
      'year:2022',
      'year:2023',
      'year:2024',
    ]);
  });
  test('returns type and theme titles in the page language, falling back for an untranslated theme', () => {
    expect(filters('events', 'ky-ket', 'en')).toEqual([
      'type:Event',
      'locality:Đà Nẵng',
      'partner:VNPT',
      'theme:Kỹ năng số',
      'theme:Digital government',
      'year:2022',
    ]);
  });
  test('returns the place’s own locality for a city, none for the country', () => {
    expect(filters('places', 'da-nang')).toEqual(['type:Địa phương', 'locality:Đà Nẵng']);
    expect(filters('places', 'viet-nam')).toEqual(['type:Địa phương']);
  });
  test('returns kind, short name and date metadata, and a date sort key', () => {
    const facets = searchFacets(graph, get('events', 'ky-ket'), 'vi');
    expect(facets.meta).toEqual([
      { name: 'kind', value: 'Sự kiện' },
      { name: 'name', value: 'Hòa Vang ký ghi nhớ với VNPT' },
      { name: 'date', value: 'cuối tháng 4/2022' },
    ]);
    expect(facets.sort).toEqual([{ name: 'date', value: '2022-04-21' }]);
  });
  test('returns the title language of an untranslated page', () => {
    const meta = searchFacets(graph, get('events', 'ky-ket'), 'en').meta;
    expect(meta).toContainEqual({ name: 'title_lang', value: 'vi' });
    expect(searchFacets(graph, get('events', 'ky-ket'), 'vi').meta.map((m) => m.name)).not.toContain('title_lang');
  });
  test('returns no year and no sort key for an undated entry, and says the date is unknown', () => {
    const facets = searchFacets(graph, get('events', 'chua-ro-ngay'), 'vi');
    expect(facets.filters.filter((f) => f.name === 'year')).toEqual([]);
    expect(facets.meta).toContainEqual({ name: 'date', value: 'không rõ ngày' });
    expect(facets.sort).toEqual([]);
  });
});
