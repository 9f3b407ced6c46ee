import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph.ts';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import type { TimelineItem } from '../../../src/lib/timeline/types.ts';
import { event, prose, sampleGraph } from './sample.ts';

describe('buildTimeline', () => {
  const graph = sampleGraph();
  const en = buildTimeline(graph, 'en');
  const vi = buildTimeline(graph, 'vi');
  const item = (id: string) => en.items.find((i) => i.id === id) as TimelineItem;

  test('returns every dated event and partnership once, and the undated ones apart', () => {
    expect(en.items.map((i) => i.id).sort()).toEqual(
      [
        'events/cuoi-thang',
        'events/nam',
        'events/nam-suy-ra',
        'events/ngay',
        'events/thang',
        'partnerships/hop-tac-ky',
        'partnerships/hop-tac-mo',
      ].sort(),
    );
    expect(en.undated.map((i) => i.id).sort()).toEqual(['events/khong-ngay', 'partnerships/hop-tac-khong-ro']);
    expect(en.undated[0]?.when).toBe('date not stated in the source');
  });
  test('returns items in chronological order', () => {
    const starts = en.items.map((i) => i.start);
    expect(starts).toEqual([...starts].sort());
    expect(en.items[0]?.id).toBe('events/nam-suy-ra');
  });
  test('returns a point only for a day-precise event', () => {
    expect(item('events/ngay')).toMatchObject({ type: 'point', end: null, className: expect.stringContaining('day') });
    expect(item('events/cuoi-thang')).toMatchObject({
      type: 'range',
      start: '2022-04-21T00:00:00.000Z',
      end: '2022-05-01T00:00:00.000Z',
      precision: 'part',
    });
    expect(item('partnerships/hop-tac-ky').type).toBe('range');
  });
  test('returns the precision in words in both languages', () => {
    expect(item('events/cuoi-thang').when).toBe('late April 2022');
    expect(vi.items.find((i) => i.id === 'events/cuoi-thang')?.when).toBe('cuối tháng 4/2022');
    expect(vi.items.find((i) => i.id === 'events/nam')?.when).toBe('2021 — ngày không rõ');
    expect(item('events/nam-suy-ra').when).toBe('31 July 2019 (year inferred)');
    expect(item('events/nam-suy-ra').className).toContain('vdp-uncertain');
  });
  test('returns an open end that says so and names the last report', () => {
    const open = item('partnerships/hop-tac-mo');
    expect(open.openEnd).toBe(true);
    expect(open.when).toBe('from 5 October 2020, end not stated');
    expect(open.tooltip.split('\n')).toEqual([
      'hop-tac-mo en',
      'from 5 October 2020, end not stated; last reported 8 October 2020',
      'Partnership · Memorandum of understanding',
    ]);
    expect(open.end).toBe('2020-10-08T00:00:00.000Z');
  });
  test('returns the extent of the dated items', () => {
    expect(en.extent).toEqual({ start: '2019-07-31T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z' });
  });
  test('returns the other language, flagged, when an entry lacks a translation', () => {
    const g = buildGraph([
      ...sampleGraph().all(),
      { ...event('chi-vi', '2022-01-02'), prose: { vi: prose('Chỉ vi', 'k') } },
    ]);
    const only = buildTimeline(g, 'en').items.find((i) => i.id === 'events/chi-vi');
    expect(only).toMatchObject({ label: 'Chỉ vi', labelLang: 'vi' });
  });
});
