import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/lib/graph.ts';
import { translationIssues } from '../../src/lib/translations.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleRecord } from './sample-record.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('translationIssues', () => {
  test('returns missing translations, and outdated ones when the Vietnamese file is newer', async () => {
    expect(translationIssues(graph).map((i) => `${i.entry.id}:${i.lang}:${i.status}`)).toEqual([
      'su-kien-b:en:missing',
    ]);
    const times = new Map([
      [`${VALID_FIXTURE}/events/su-kien-a/vi.mdx`, '2024-05-02T00:00:00.000Z'],
      [`${VALID_FIXTURE}/events/su-kien-a/en.mdx`, '2024-05-01T00:00:00.000Z'],
    ]);
    const dated = await loadGraph(VALID_FIXTURE, { updated: times, added: new Map() });
    expect(translationIssues(dated).map((i) => `${i.entry.id}:${i.lang}:${i.status}`)).toContain(
      'su-kien-a:en:outdated',
    );
    expect(translationIssues(dated).find((i) => i.status === 'outdated')).toMatchObject({
      sourceUpdated: '2024-05-02T00:00:00.000Z',
      translationUpdated: '2024-05-01T00:00:00.000Z',
    });
  });
  test('returns no outdated verdict when the translation is newer or a time is unknown', async () => {
    const times = new Map([
      [`${VALID_FIXTURE}/events/su-kien-a/vi.mdx`, '2024-05-01T00:00:00.000Z'],
      [`${VALID_FIXTURE}/events/su-kien-a/en.mdx`, '2024-05-02T00:00:00.000Z'],
      [`${VALID_FIXTURE}/places/tinh-a/vi.mdx`, '2024-05-02T00:00:00.000Z'],
    ]);
    const dated = await loadGraph(VALID_FIXTURE, { updated: times, added: new Map() });
    expect(translationIssues(dated).filter((i) => i.status === 'outdated')).toEqual([]);
  });
  test('returns every missing translation of the record, whatever the collection', () => {
    expect(translationIssues(sampleRecord()).map((i) => `${i.entry.collection}/${i.entry.id}:${i.lang}`)).toEqual([
      'events/ky-ket:en',
      'themes/ky-nang-so:en',
    ]);
  });
});
