import { describe, expect, test } from 'vitest';
import {
  DEFAULT_GROUPING,
  embedCode,
  emptyState,
  lanesOf,
  matches,
  parseViewState,
  serializeViewState,
  windowOf,
} from '../../../src/components/timeline/view-state.ts';

describe('parseViewState / serializeViewState', () => {
  test('returns the default view for an empty or malformed query', () => {
    expect(parseViewState('')).toEqual({
      group: DEFAULT_GROUPING,
      filters: { theme: null, partner: null, place: null },
      window: null,
    });
    expect(parseViewState('?group=nope&theme=%3Cscript%3E&from=2022-13&to=x').group).toBe(DEFAULT_GROUPING);
    expect(parseViewState('?from=2023-01-01&to=2022-01-01').window).toBeNull();
  });
  test('returns a query that parses back to the same view', () => {
    const query = '?group=locality&theme=ky-nang-so&place=da-nang&from=2020-01-01&to=2023-06-30';
    expect(serializeViewState(parseViewState(query))).toBe(query);
  });
  test('returns no parameters for the default view', () => {
    expect(serializeViewState(parseViewState('?group=partner'))).toBe('');
  });
});

describe('matches', () => {
  const facets = { theme: ['a', 'b'], partner: ['vnpt'], place: ['hoa-vang', 'da-nang'] };
  test('returns whether an item passes every active filter', () => {
    expect(matches({ facets }, { theme: null, partner: null, place: null })).toBe(true);
    expect(matches({ facets }, { theme: 'b', partner: 'vnpt', place: 'da-nang' })).toBe(true);
    expect(matches({ facets }, { theme: 'b', partner: 'fpt', place: null })).toBe(false);
  });
});

describe('windowOf', () => {
  test('returns the days a window covers, keeping the last one', () => {
    expect(windowOf(new Date('2020-01-01T10:00:00Z'), new Date('2020-03-05T13:00:00Z'))).toEqual({
      from: '2020-01-01',
      to: '2020-03-06',
    });
    expect(windowOf(new Date('2020-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'))).toEqual({
      from: '2020-01-01',
      to: '2021-01-01',
    });
  });
});

describe('lanesOf', () => {
  test('returns one lane per group key, or the single lane', () => {
    const groups = { locality: ['a', 'b'], partner: ['x'] };
    expect(lanesOf({ groups }, 'locality')).toEqual(['a', 'b']);
    expect(lanesOf({ groups }, 'none')).toEqual([null]);
  });
});

describe('embedCode', () => {
  const template = '<iframe src="https://x.org/en/embed/timeline/{query}" title="T"></iframe>';
  test('returns the template with the view’s query, & escaped for the attribute', () => {
    const state = parseViewState('?group=locality&theme=ky-nang-so&from=2020-01-01&to=2021-01-01');
    expect(embedCode(template, state)).toBe(
      '<iframe src="https://x.org/en/embed/timeline/?group=locality&amp;theme=ky-nang-so&amp;from=2020-01-01&amp;to=2021-01-01" title="T"></iframe>',
    );
  });
  test('returns the bare embed address for the default view', () => {
    expect(embedCode(template, emptyState())).toBe(
      '<iframe src="https://x.org/en/embed/timeline/" title="T"></iframe>',
    );
  });
});
