import { beforeAll, describe, expect, test } from 'vitest';
import { buildEntryView, eventsOf, formatFigure } from '../../src/lib/entry-view.ts';
import type { Graph } from '../../src/lib/graph.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('buildEntryView', () => {
  test('returns facts, numbered notes and figures for a partnership', () => {
    const view = buildEntryView(graph, graph.get('partnerships', 'hop-tac-a')!, 'en');
    expect(view.kicker).toBe('Partnership · Memorandum of understanding');
    expect(view.facts.map((f) => f.label)).toEqual([
      'Type',
      'Period',
      'Status',
      'Technology partners',
      'Local counterparts',
      'Localities',
      'Themes',
      'People',
      'Documents',
    ]);
    expect(view.notes).toEqual([
      { n: 1, link: expect.objectContaining({ href: '/en/sources/nguon-a/' }), detail: 'Báo Thử, 2 May 2022' },
    ]);
    expect(view.figures).toEqual([
      { value: '1,920', label: 'members', asOf: expect.objectContaining({ text: '2022' }), note: 1 },
    ]);
    expect(view.events.map((e) => e.id)).toEqual(['su-kien-a']);
  });
  test('returns the date with its precision for an event', () => {
    const view = buildEntryView(graph, graph.get('events', 'su-kien-a')!, 'vi');
    expect(view.time).toMatchObject({ text: 'cuối tháng 4 năm 2022', datetime: '2022-04', precision: 'part' });
    expect(view.facts.find((f) => f.label === 'Độ chính xác')?.text).toBe('một phần của tháng');
  });
});

describe('eventsOf', () => {
  test('returns events of a place and of the places within it', () => {
    expect(eventsOf(graph, graph.get('places', 'viet-nam')!).map((e) => e.id)).toEqual(['su-kien-a', 'su-kien-b']);
  });
});

describe('formatFigure', () => {
  test('returns counts, percentages and areas per language', () => {
    expect(formatFigure(1920, 'count', 'vi')).toBe('1.920');
    expect(formatFigure(65, 'percent', 'en')).toBe('65%');
    expect(formatFigure(8000, 'm2', 'vi')).toBe('8.000 m²');
  });
});
