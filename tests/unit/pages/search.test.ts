import { describe, expect, test } from 'vitest';
import { searchPage } from '../../../src/lib/pages/search.ts';
import { SEARCH_FILTERS } from '../../../src/lib/search.ts';

describe('searchPage', () => {
  test('returns the filter groups and the entry types in the page language', () => {
    const data = searchPage({ kind: 'page', lang: 'vi', page: 'search' });
    expect(data.filters).toEqual([...SEARCH_FILTERS]);
    expect(data.types).toHaveLength(8);
    expect(data.types[1]).toBe('Sự kiện');
  });
});
