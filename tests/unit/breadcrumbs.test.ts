import { describe, expect, test } from 'vitest';
import { entryBreadcrumbs } from '../../src/lib/breadcrumbs.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();

describe('entryBreadcrumbs', () => {
  test('returns home, the section and every ancestor, outermost first, without the entry itself', () => {
    expect(entryBreadcrumbs(graph, graph.get('places', 'hoa-bac')!, 'en')).toEqual([
      { href: '/en/', text: 'Home' },
      { href: '/en/places/', text: 'Places' },
      { href: '/en/places/viet-nam/', text: 'Vietnam', lang: undefined },
      { href: '/en/places/da-nang/', text: 'Đà Nẵng City', lang: undefined },
      { href: '/en/places/hoa-vang/', text: 'Hòa Vang District', lang: undefined },
    ]);
  });
  test('returns localized paths and an organisation’s parent in Vietnamese', () => {
    expect(entryBreadcrumbs(graph, graph.get('organizations', 'vnpt-da-nang')!, 'vi').map((c) => c.href)).toEqual([
      '/vi/',
      '/vi/to-chuc/',
      '/vi/to-chuc/vnpt/',
    ]);
  });
  test('returns only home and the section for an entry without ancestors', () => {
    expect(entryBreadcrumbs(graph, graph.get('events', 'ky-ket')!, 'en').map((c) => c.text)).toEqual([
      'Home',
      'Events',
    ]);
  });
});
