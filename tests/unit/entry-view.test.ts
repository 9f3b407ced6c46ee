import { beforeAll, describe, expect, test } from 'vitest';
import { buildEntryView, eventsOf } from '../../src/lib/entry-view.ts';
import type { Graph } from '../../src/lib/graph.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleRecord } from './sample-record.ts';

const sample = sampleRecord();

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
      {
        value: '1,920',
        label: 'members',
        asOf: expect.objectContaining({ text: '2022' }),
        note: 1,
        mark: { letters: ['e'], inferred: false },
      },
    ]);
    // Each fact links to the excerpts that support it, each value of a list to its own.
    expect(view.facts.find((f) => f.label === 'Period')?.mark).toEqual({ letters: ['b'], inferred: false });
    expect(view.facts.find((f) => f.label === 'Technology partners')?.linkMarks).toEqual([
      { letters: ['a'], inferred: false },
    ]);
    expect(view.evidence.map((e) => e.letter)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(view.events.map((e) => e.id)).toEqual(['su-kien-a']);
  });
  test('returns the date with its precision for an event', () => {
    const view = buildEntryView(graph, graph.get('events', 'su-kien-a')!, 'vi');
    expect(view.time).toMatchObject({ text: 'cuối tháng 4 năm 2022', datetime: '2022-04', precision: 'part' });
    expect(view.facts.find((f) => f.label === 'Độ chính xác')?.text).toBe('một phần của tháng');
  });
  test('returns a person’s roles, each with its date', () => {
    const view = buildEntryView(sample, sample.get('people', 'nguoi')!, 'en');
    expect(view.kicker).toBe('Person');
    expect(view.facts.map((f) => [f.label, f.text, f.time?.datetime])).toEqual([
      ['Roles', 'Director, VNPT Đà Nẵng', '2022'],
      ['Roles', 'Deputy General Director, Tập đoàn VNPT', '2023'],
    ]);
    expect(view.events.map((e) => e.id)).toEqual(['dao-tao']);
  });
  test('returns a place’s level, parent and children, and what links to it, without its child places', () => {
    const view = buildEntryView(sample, sample.get('places', 'da-nang')!, 'en');
    expect(view.kicker).toBe('Place · City');
    expect(view.facts.map((f) => [f.label, f.text ?? f.links?.map((l) => l.id)])).toEqual([
      ['Level', 'City'],
      ['Part of', ['viet-nam']],
      ['Includes', ['hoa-vang']],
    ]);
    expect(view.related.map((g) => [g.collection, g.links.map((l) => l.id)])).toEqual([
      ['organizations', ['vnpt-da-nang']],
    ]);
  });
  test('returns a source as its own note, with publisher and date', () => {
    const view = buildEntryView(sample, sample.get('sources', 'nguon-hai')!, 'en');
    expect(view.notes).toEqual([
      { n: 1, link: expect.objectContaining({ id: 'nguon-hai' }), detail: 'Tin Huế, 16 March 2023' },
    ]);
    expect(view.facts.find((f) => f.label === 'Author')?.text).toBe('not stated');
    expect(view.related.map((g) => [g.collection, g.links.map((l) => l.id)])).toEqual([
      ['events', ['dao-tao']],
      ['people', ['nguoi']],
    ]);
  });
  test('returns a figure numbered with the note of its source', () => {
    const view = buildEntryView(sample, sample.get('events', 'dao-tao')!, 'vi');
    expect(view.figures).toEqual([
      {
        value: '1.200',
        label: 'học viên',
        asOf: expect.objectContaining({ datetime: '2023-03' }),
        note: 1,
        mark: { letters: ['a'], inferred: false },
      },
    ]);
    expect(view.noteNumbers).toEqual(new Map([['nguon-hai', 1]]));
  });
});

describe('eventsOf', () => {
  test('returns events of a place and of the places within it', () => {
    expect(eventsOf(graph, graph.get('places', 'viet-nam')!).map((e) => e.id)).toEqual(['su-kien-a', 'su-kien-b']);
    expect(eventsOf(sample, sample.get('places', 'da-nang')!).map((e) => e.id)).toEqual(['ky-ket']);
  });
  test('returns the events of an organisation’s partnerships', () => {
    expect(eventsOf(sample, sample.get('organizations', 'vnpt-da-nang')!).map((e) => e.id)).toEqual(['ky-ket']);
  });
});
