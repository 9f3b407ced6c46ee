import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ContentLog, LoggedCommit, LoggedFile } from '../../src/lib/content-log.ts';
import {
  blobsToCompare,
  buildRecordHistory,
  correctionOf,
  NO_RECORD_HISTORY,
  readRecordHistory,
} from '../../src/lib/history.ts';

const file = (status: string, path: string, before: string | null, after: string | null): LoggedFile => ({
  status,
  path,
  before,
  after,
});
const commit = (short: string, time: string, files: LoggedFile[], extra: Partial<LoggedCommit> = {}): LoggedCommit => ({
  hash: short.padEnd(40, '0'),
  short,
  time,
  subject: `Commit ${short}`,
  trailers: [],
  boundary: false,
  files,
  ...extra,
});

// Newest first: added (c1), edited facts and Vietnamese text (c2), corrected (c3), a file of no entry (c4).
const log: ContentLog = {
  status: 'complete',
  commits: [
    commit('c4', '2024-05-04T08:00:00.000Z', [
      file('A', 'README.md', null, 'f1'),
      file('M', 'events/x/notes.txt', 'f2', 'f3'),
    ]),
    commit(
      'c3',
      '2024-05-03T08:00:00.000Z',
      [file('M', 'events/x/facts.yaml', 'b2', 'b3'), file('M', 'events/x/en.mdx', 'e1', 'e2')],
      {
        trailers: [
          { key: 'Correction', value: 'The signing was in late April.' },
          { key: 'correction-vi', value: 'Lễ ký diễn ra cuối tháng Tư.' },
          { key: 'Signed-off-by', value: 'A' },
        ],
      },
    ),
    commit('c2', '2024-05-02T08:00:00.000Z', [
      file('M', 'events/x/facts.yaml', 'b1', 'b2'),
      file('M', 'events/x/vi.mdx', 'v1', 'v2'),
      file('M', 'places/p/facts.yaml', 'p1', 'p2'),
    ]),
    commit('c1', '2024-05-01T08:00:00.000Z', [
      file('A', 'events/x/facts.yaml', null, 'b1'),
      file('A', 'events/x/vi.mdx', null, 'v1'),
      file('A', 'places/p/facts.yaml', null, 'p1'),
    ]),
  ],
};
const blobs = new Map([
  ['b1', 'kind: launch\ndate: 2022-05\nthemes: [a, b]\n'],
  ['b2', 'kind: launch\ndate: 2022-05\nthemes: [a, c]\n'],
  ['b3', 'kind: signing\ndate: 2022-04\ndatePart: late\nthemes: [a, c]\n'],
  ['p1', 'level: city\n'],
  ['p2', 'level: [unclosed\n'],
]);

describe('correctionOf', () => {
  test('returns the English and Vietnamese texts of Correction trailers, whatever their case', () => {
    expect(correctionOf([{ key: 'Correction', value: 'Late April.' }])).toEqual({ en: 'Late April.' });
    expect(
      correctionOf([
        { key: 'correction-en', value: 'A.' },
        { key: 'Correction-vi', value: 'B.' },
      ]),
    ).toEqual({ en: 'A.', vi: 'B.' });
  });
  test('returns null without a Correction trailer', () => {
    expect(correctionOf([{ key: 'Signed-off-by', value: 'A' }])).toBeNull();
    expect(correctionOf([])).toBeNull();
  });
});

describe('blobsToCompare', () => {
  test('returns both versions of every facts file a commit modified, and nothing else', () => {
    expect(blobsToCompare(log)).toEqual(['b2', 'b3', 'b1', 'b2', 'p1', 'p2']);
  });
  test('leaves out the cut-off commit of a shallow clone', () => {
    const shallow: ContentLog = {
      status: 'shallow',
      commits: log.commits.map((c) => ({ ...c, boundary: c.short === 'c2' })),
    };
    expect(blobsToCompare(shallow)).toEqual(['b2', 'b3']);
  });
});

describe('buildRecordHistory', () => {
  const history = buildRecordHistory(log, blobs);
  const x = history.byEntry.get('events/x') ?? [];

  test('returns each entry’s revisions newest first, ignoring files that belong to no entry', () => {
    expect(x.map((r) => r.short)).toEqual(['c3', 'c2', 'c1']);
    expect(history.revisions.map((r) => `${r.short} ${r.collection}/${r.id}`)).toEqual([
      'c3 events/x',
      'c2 events/x',
      'c2 places/p',
      'c1 events/x',
      'c1 places/p',
    ]);
    expect(history.status).toBe('complete');
  });

  test('returns the addition, without listing its facts', () => {
    expect(x[2]).toMatchObject({ change: 'added', facts: [], date: '2024-05-01', subject: 'Commit c1' });
    expect(x[2]?.prose).toEqual([{ lang: 'vi', change: 'added' }]);
  });

  test('returns the facts an edit changed, and the languages whose text changed', () => {
    expect(x[1]?.change).toBe('edited');
    expect(x[1]?.facts).toEqual([
      { path: ['themes', 1], kind: 'removed', before: 'b' },
      { path: ['themes', 1], kind: 'added', after: 'c' },
    ]);
    expect(x[1]?.prose).toEqual([{ lang: 'vi', change: 'changed' }]);
    expect(x[1]?.correction).toBeNull();
  });

  test('returns a correction with its texts, and the values it changed', () => {
    expect(x[0]?.correction).toEqual({ en: 'The signing was in late April.', vi: 'Lễ ký diễn ra cuối tháng Tư.' });
    expect(x[0]?.facts).toEqual([
      { path: ['kind'], kind: 'changed', before: 'launch', after: 'signing' },
      { path: ['date'], kind: 'changed', before: '2022-05', after: '2022-04' },
      { path: ['datePart'], kind: 'added', after: 'late' },
    ]);
    expect(x[0]?.prose).toEqual([{ lang: 'en', change: 'changed' }]);
  });

  test('marks an edit whose facts cannot be read, rather than guessing', () => {
    const p = history.byEntry.get('places/p') ?? [];
    expect(p[0]).toMatchObject({ change: 'edited', facts: [], factsUnreadable: true });
    const lost = buildRecordHistory(log, new Map());
    expect(lost.byEntry.get('events/x')?.[0]?.factsUnreadable).toBe(true);
  });

  test('leaves out the cut-off commit of a shallow clone and says the history is shallow', () => {
    const shallow = buildRecordHistory(
      { status: 'shallow', commits: log.commits.map((c) => ({ ...c, boundary: c.short === 'c1' })) },
      blobs,
    );
    expect(shallow.status).toBe('shallow');
    expect(shallow.byEntry.get('events/x')?.map((r) => r.short)).toEqual(['c3', 'c2']);
  });

  test('sorts commits by time, newest first, whatever the order of the log', () => {
    const shuffled = buildRecordHistory({ status: 'complete', commits: [...log.commits].reverse() }, blobs);
    expect(shuffled.byEntry.get('events/x')?.map((r) => r.short)).toEqual(['c3', 'c2', 'c1']);
  });
});

describe('readRecordHistory', () => {
  test('returns no history outside a repository', () => {
    expect(readRecordHistory(mkdtempSync(join(tmpdir(), 'vdp-no-git-')))).toBe(NO_RECORD_HISTORY);
  });
  test('reads this repository’s content once', () => {
    const history = readRecordHistory('src/content');
    expect(readRecordHistory('src/content')).toBe(history);
    expect(['complete', 'shallow']).toContain(history.status);
  });
});
