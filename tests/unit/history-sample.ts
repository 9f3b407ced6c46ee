/**
 * A record history for unit tests, over the valid fixture's entries: su-kien-a
 * added, edited (an organisation added, the Vietnamese text changed), then
 * corrected (its date, with an English and a Vietnamese correction); cong-ty-a
 * added; and an entry that is no longer in the record.
 */
import type { ContentLog, LoggedCommit, LoggedFile } from '../../src/lib/content-log.ts';
import { buildRecordHistory, type RecordHistory } from '../../src/lib/history.ts';

const file = (status: string, path: string, before: string | null, after: string | null): LoggedFile => ({
  status,
  path,
  before,
  after,
});

const commit = (
  short: string,
  time: string,
  subject: string,
  files: LoggedFile[],
  trailers: LoggedCommit['trailers'] = [],
) => ({
  hash: short.padEnd(40, '0'),
  short,
  time,
  subject,
  trailers,
  boundary: false,
  files,
});

export const SAMPLE_LOG: ContentLog = {
  status: 'complete',
  commits: [
    commit('c400000', '2024-05-04T09:00:00.000Z', 'Remove an old entry', [
      file('D', 'events/gone/facts.yaml', 'g1', null),
    ]),
    commit(
      'c300000',
      '2024-05-03T09:00:00.000Z',
      'Fix the date of the signing',
      [file('M', 'events/su-kien-a/facts.yaml', 'a2', 'a3'), file('M', 'events/su-kien-a/en.mdx', 'e1', 'e2')],
      [
        { key: 'Correction', value: 'The signing was in late April, not early May.' },
        { key: 'Correction-vi', value: 'Lễ ký diễn ra cuối tháng Tư, không phải đầu tháng Năm.' },
      ],
    ),
    commit('c200000', '2024-05-02T09:00:00.000Z', 'Add UBND A to the signing', [
      file('M', 'events/su-kien-a/facts.yaml', 'a1', 'a2'),
      file('M', 'events/su-kien-a/vi.mdx', 'v1', 'v2'),
    ]),
    commit('c100000', '2024-05-01T09:00:00.000Z', 'Add the signing', [
      file('A', 'events/gone/facts.yaml', null, 'g1'),
      file('A', 'events/su-kien-a/en.mdx', null, 'e1'),
      file('A', 'events/su-kien-a/facts.yaml', null, 'a1'),
      file('A', 'events/su-kien-a/vi.mdx', null, 'v1'),
      file('A', 'organizations/cong-ty-a/facts.yaml', null, 'o1'),
    ]),
  ],
};

export const SAMPLE_BLOBS = new Map([
  ['a1', 'kind: signing\ndate: 2022-05\ndatePart: early\norganizations: [cong-ty-a]\nsources: [nguon-a]\n'],
  ['a2', 'kind: signing\ndate: 2022-05\ndatePart: early\norganizations: [cong-ty-a, ubnd-a]\nsources: [nguon-a]\n'],
  ['a3', 'kind: signing\ndate: 2022-04\ndatePart: late\norganizations: [cong-ty-a, ubnd-a]\nsources: [nguon-a]\n'],
]);

export const sampleHistory = (): RecordHistory => buildRecordHistory(SAMPLE_LOG, SAMPLE_BLOBS);
