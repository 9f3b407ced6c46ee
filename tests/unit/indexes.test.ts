import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/lib/graph.ts';
import {
  eventsByYear,
  organizationsByKind,
  partnershipsByLocality,
  partnershipsByPartner,
  placeTree,
  sortedList,
  usageCount,
  usageText,
} from '../../src/lib/indexes.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleRecord } from './sample-record.ts';

const sample = sampleRecord();

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('partnershipsByLocality / partnershipsByPartner', () => {
  test('returns partnerships by top-level locality and by company', () => {
    expect(partnershipsByLocality(graph, 'vi').map((g) => [g.key, g.items.length])).toEqual([['tinh-a', 1]]);
    expect(partnershipsByPartner(graph, 'vi').map((g) => g.key)).toEqual(['cong-ty-a']);
  });
  test('returns a district’s partnership under its city and a branch’s under its company', () => {
    expect(partnershipsByLocality(sample, 'en')).toEqual([
      expect.objectContaining({
        key: 'da-nang',
        heading: 'Đà Nẵng City',
        items: [sample.get('partnerships', 'hoa-vang-vnpt')],
      }),
    ]);
    expect(partnershipsByPartner(sample, 'en').map((g) => [g.key, g.heading])).toEqual([['vnpt', 'Tập đoàn VNPT']]);
  });
});

describe('eventsByYear', () => {
  test('returns events by year with the undated last', () => {
    expect(eventsByYear(graph, 'en').map((g) => g.heading)).toEqual(['2022', 'Date not stated in the sources']);
  });
  test('returns the newest year first', () => {
    expect(eventsByYear(sample, 'vi').map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
      ['2023', ['dao-tao']],
      ['2022', ['ky-ket']],
      ['unknown', ['chua-ro-ngay']],
    ]);
  });
});

describe('placeTree', () => {
  test('returns places as a tree', () => {
    const tree = placeTree(graph, 'vi');
    expect(tree.map((n) => [n.entry.id, n.children.map((c) => c.entry.id)])).toEqual([['viet-nam', ['tinh-a']]]);
  });
  test('returns every level, children in title order', () => {
    const [country] = placeTree(sample, 'vi');
    expect(country?.children.map((c) => c.entry.id)).toEqual(['da-nang', 'hue']);
    expect(country?.children[0]?.children[0]?.children.map((c) => c.entry.id)).toEqual(['hoa-bac']);
  });
});

describe('organizationsByKind', () => {
  test('returns organisations grouped by kind in the schema’s order, leaving out empty kinds', () => {
    expect(organizationsByKind(sample, 'en').map((g) => [g.key, g.heading, g.items.map((o) => o.id)])).toEqual([
      ['company', 'Company', ['vnpt']],
      ['branch', 'Branch', ['vnpt-da-nang']],
      ['government', 'Government body', ['ubnd-hoa-vang']],
    ]);
  });
});

describe('sortedList', () => {
  test('returns people, documents and sources by title, and themes in their own order', () => {
    // By date (the graph's order) nguon comes first; by English title "A report from Huế" does.
    expect(sample.list('sources').map((s) => s.id)).toEqual(['nguon', 'nguon-hai']);
    expect(sortedList(sample, 'sources', 'en').map((s) => s.id)).toEqual(['nguon-hai', 'nguon']);
    expect(sortedList(sample, 'sources', 'vi').map((s) => s.id)).toEqual(['nguon', 'nguon-hai']);
    expect(sortedList(sample, 'themes', 'en').map((t) => t.id)).toEqual(['chinh-quyen-so', 'ky-nang-so']);
  });
  test('returns a copy, leaving the graph’s list as it was', () => {
    expect(sortedList(sample, 'people', 'vi')).not.toBe(sample.list('people'));
  });
});

describe('usageCount / usageText', () => {
  test('returns how many partnerships and events link to an entry', () => {
    expect(usageCount(sample, sample.get('themes', 'ky-nang-so')!)).toEqual({ partnerships: 0, events: 2 });
    expect(usageCount(sample, sample.get('themes', 'chinh-quyen-so')!)).toEqual({ partnerships: 1, events: 0 });
  });
  test('returns the counts in words, leaving out zeros', () => {
    expect(usageText({ partnerships: 2, events: 1 }, 'en')).toBe('2 partnerships · 1 event');
    expect(usageText({ partnerships: 0, events: 2 }, 'vi')).toBe('2 sự kiện');
    expect(usageText({ partnerships: 0, events: 0 }, 'en')).toBe('');
  });
});
