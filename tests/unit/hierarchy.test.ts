import { describe, expect, test } from 'vitest';
import {
  ancestorsOf,
  childrenOf,
  placeAndDescendants,
  placeWithAncestors,
  sidesOf,
  topCompany,
  topLocality,
} from '../../src/lib/hierarchy.ts';
import type { Entry } from '../../src/lib/model.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const place = (id: string) => graph.get('places', id) as Entry<'places'>;
const org = (id: string) => graph.get('organizations', id) as Entry<'organizations'>;
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('ancestorsOf', () => {
  test('returns the parent chain, outermost first, without the entry', () => {
    expect(ids(ancestorsOf(graph, place('hoa-bac')))).toEqual(['viet-nam', 'da-nang', 'hoa-vang']);
    expect(ids(ancestorsOf(graph, org('vnpt-da-nang')))).toEqual(['vnpt']);
    expect(ancestorsOf(graph, place('viet-nam'))).toEqual([]);
  });
});

describe('childrenOf / placeAndDescendants', () => {
  test('returns the places directly within a place, and every place within it', () => {
    expect(ids(childrenOf(graph, place('da-nang')))).toEqual(['hoa-vang']);
    expect([...placeAndDescendants(graph, place('da-nang'))].sort()).toEqual(['da-nang', 'hoa-bac', 'hoa-vang']);
    expect(ids(childrenOf(graph, org('vnpt')))).toEqual(['vnpt-da-nang']);
  });
});

describe('topLocality', () => {
  test('returns the province or city just below the country, from any depth, whatever its level label', () => {
    expect(topLocality(graph, place('hoa-bac'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('hoa-vang'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('da-nang'))?.id).toBe('da-nang');
    expect(topLocality(graph, place('hue'))?.id).toBe('hue');
  });
  test('returns null for the country', () => {
    expect(topLocality(graph, place('viet-nam'))).toBeNull();
  });
});

describe('placeWithAncestors', () => {
  test('returns the place and the places above it, without the country', () => {
    expect(ids(placeWithAncestors(graph, place('hoa-bac')))).toEqual(['hoa-bac', 'hoa-vang', 'da-nang']);
    expect(placeWithAncestors(graph, place('viet-nam'))).toEqual([]);
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

describe('sidesOf', () => {
  test('returns an event’s own values merged with its partnership’s, without repeats', () => {
    const sides = sidesOf(graph, graph.get('events', 'ky-ket')!);
    expect(ids(sides.places)).toEqual(['hoa-bac', 'hoa-vang']);
    expect(ids(sides.localities)).toEqual(['da-nang']);
    expect(ids(sides.partners)).toEqual(['vnpt']);
    expect(ids(sides.themes)).toEqual(['ky-nang-so', 'chinh-quyen-so']);
  });
  test('returns no locality for an entry about the whole country', () => {
    expect(sidesOf(graph, graph.get('events', 'chua-ro-ngay')!).localities).toEqual([]);
  });
  test('returns a person’s locality and company through the organisations of their roles', () => {
    const sides = sidesOf(graph, graph.get('people', 'nguoi')!);
    expect(ids(sides.localities)).toEqual(['da-nang']);
    expect(ids(sides.partners)).toEqual(['vnpt']);
  });
  test('returns a theme page as belonging to its own theme', () => {
    expect(ids(sidesOf(graph, graph.get('themes', 'chinh-quyen-so')!).themes)).toEqual(['chinh-quyen-so']);
  });
});
