import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/lib/graph.ts';
import { eventsByYear, partnershipsByLocality, partnershipsByPartner, placeTree } from '../../src/lib/indexes.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('partnershipsByLocality / partnershipsByPartner', () => {
  test('returns partnerships by top-level locality and by company', () => {
    expect(partnershipsByLocality(graph, 'vi').map((g) => [g.key, g.items.length])).toEqual([['tinh-a', 1]]);
    expect(partnershipsByPartner(graph, 'vi').map((g) => g.key)).toEqual(['cong-ty-a']);
  });
});

describe('eventsByYear', () => {
  test('returns events by year with the undated last', () => {
    expect(eventsByYear(graph, 'en').map((g) => g.heading)).toEqual(['2022', 'Date not stated in the sources']);
  });
});

describe('placeTree', () => {
  test('returns places as a tree', () => {
    const tree = placeTree(graph, 'vi');
    expect(tree.map((n) => [n.entry.id, n.children.map((c) => c.entry.id)])).toEqual([['viet-nam', ['tinh-a']]]);
  });
});
