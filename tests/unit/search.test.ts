import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../src/core/dates.ts';
import type { Graph } from '../../src/lib/graph.ts';
import type { AnyEntry } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';
import { filterCounterparts, searchFacets, yearsOf } from '../../src/lib/search.ts';
import { sampleRecord } from './sample-record.ts';

const graph: Graph = sampleRecord();

const get = (collection: CollectionName, id: string): AnyEntry => {
  const found = graph.get(collection, id);
  if (!found) throw new Error(`no ${collection}/${id}`);
  return found;
};
const filters = (collection: CollectionName, id: string, lang: 'vi' | 'en' = 'vi') =>
  searchFacets(graph, get(collection, id), lang).filters.map((f) => `${f.name}:${f.value}`);

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

describe('filterCounterparts', () => {
  test('maps every filter value that differs between the languages to the same thing’s value in the other', () => {
    for (const [lang, other] of [
      ['vi', 'en'],
      ['en', 'vi'],
    ] as const) {
      const table = filterCounterparts(graph, lang);
      let differing = 0;
      for (const entry of graph.all()) {
        const here = searchFacets(graph, entry, lang).filters;
        const there = searchFacets(graph, entry, other).filters;
        expect(there.map((f) => f.name)).toEqual(here.map((f) => f.name));
        here.forEach((filter, i) => {
          const value = there[i]?.value;
          if (value === filter.value) return;
          differing += 1;
          expect(table[filter.name]?.[filter.value], `${entry.id} ${filter.name}:${filter.value}`).toBe(value);
        });
      }
      expect(differing).toBeGreaterThan(0);
      expect(table.type?.[lang === 'vi' ? 'Sự kiện' : 'Event']).toBe(lang === 'vi' ? 'Event' : 'Sự kiện');
      expect(table.year).toBeUndefined();
    }
  });
});
