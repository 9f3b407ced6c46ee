import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { buildRecordHistory, NO_RECORD_HISTORY } from '../../../src/lib/history.ts';
import { changesPage, CHANGES_ON_PAGE } from '../../../src/lib/pages/changes.ts';
import { SAMPLE_BLOBS, SAMPLE_LOG, sampleHistory } from '../history-sample.ts';
import { fixtureGraph } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});
const route = { kind: 'page', lang: 'en', page: 'changes' } as const;

describe('changesPage', () => {
  test('returns the corrections apart, and every change by day and commit, newest first', () => {
    const data = changesPage(graph, route, sampleHistory());
    expect(data.corrections.map((s) => [s.short, s.correction?.text])).toEqual([
      ['c300000', 'The signing was in late April, not early May.'],
    ]);
    expect(data.days.map((d) => [d.date.datetime, d.sets.map((s) => s.short)])).toEqual([
      ['2024-05-03', ['c300000']],
      ['2024-05-02', ['c200000']],
      ['2024-05-01', ['c100000']],
    ]);
    expect(data.days[2]?.sets[0]?.items.map((i) => [i.kind, i.entry.id])).toEqual([
      ['added', 'su-kien-a'],
      ['added', 'cong-ty-a'],
    ]);
    expect(data).toMatchObject({ shown: 4, total: 4, status: 'complete' });
    expect(data.feeds).toEqual({ rss: '/en/changes.xml', json: '/en/changes.json' });
  });

  test('lists at most CHANGES_ON_PAGE changes and counts them all', () => {
    const many = {
      ...SAMPLE_LOG,
      commits: Array.from({ length: CHANGES_ON_PAGE + 5 }, (_, i) => ({
        ...(SAMPLE_LOG.commits[2] as (typeof SAMPLE_LOG.commits)[number]),
        hash: String(i).padStart(40, '0'),
        short: String(i).padStart(7, '0'),
        time: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        files: [{ status: 'M', path: 'events/su-kien-a/vi.mdx', before: 'v1', after: 'v2' }],
      })),
    };
    const data = changesPage(graph, route, buildRecordHistory(many, SAMPLE_BLOBS));
    expect(data.total).toBe(CHANGES_ON_PAGE + 5);
    expect(data.shown).toBe(CHANGES_ON_PAGE);
    expect(data.days.flatMap((d) => d.sets)).toHaveLength(CHANGES_ON_PAGE);
  });

  test('returns nothing, marked unavailable, without git', () => {
    expect(changesPage(graph, route, NO_RECORD_HISTORY)).toMatchObject({
      status: 'unavailable',
      corrections: [],
      days: [],
      total: 0,
    });
  });
});
