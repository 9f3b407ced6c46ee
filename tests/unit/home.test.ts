import { describe, expect, test } from 'vitest';
import { keyFigures, latestEvents, recordCounts } from '../../src/lib/home.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();

describe('keyFigures', () => {
  test('returns each figure formatted for the language, with its date, its entry, its source and its evidence', () => {
    expect(keyFigures(graph, 'en')).toEqual([
      {
        value: '1,200',
        label: 'trainees',
        asOf: expect.objectContaining({ text: 'mid-March 2023', datetime: '2023-03', precision: 'part' }),
        about: expect.objectContaining({ href: '/en/events/dao-tao/', text: 'Digital skills training in Huế' }),
        source: expect.objectContaining({ href: '/en/sources/nguon-hai/', text: 'A report from Huế' }),
        // Its excerpt, on the page of the entry it belongs to.
        evidenceHref: '/en/events/dao-tao/#evidence-a',
      },
    ]);
    expect(keyFigures(graph, 'vi')[0]).toMatchObject({ value: '1.200', label: 'học viên' });
  });
});

describe('latestEvents', () => {
  test('returns dated events newest first, leaving out the undated', () => {
    expect(latestEvents(graph, 5).map((e) => e.id)).toEqual(['dao-tao', 'ky-ket']);
  });
  test('returns at most the number asked for', () => {
    expect(latestEvents(graph, 1).map((e) => e.id)).toEqual(['dao-tao']);
    expect(latestEvents(graph, 0)).toEqual([]);
  });
});

describe('recordCounts', () => {
  test('returns the number of entries of each collection the home page names', () => {
    expect(recordCounts(graph)).toEqual({ partnerships: 1, events: 3, places: 5, organizations: 3, sources: 2 });
  });
});
