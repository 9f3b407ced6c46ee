import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { ContentLog, LoggedCommit } from '../../src/lib/content-log.ts';
import { NO_HISTORY, readGitHistory, timesOf } from '../../src/lib/git.ts';

describe('timesOf', () => {
  const commit = (time: string, files: [string, string][], boundary = false): LoggedCommit => ({
    hash: time,
    short: time.slice(0, 7),
    time,
    subject: '',
    trailers: [],
    boundary,
    files: files.map(([status, path]) => ({ status, path, before: null, after: null })),
  });
  // Newest commit first, as the content log lists them.
  const commits = [
    commit('2024-05-03T00:00:00.000Z', [['A', 'd.yaml']]),
    commit('2024-05-02T00:00:00.000Z', [
      ['M', 'a.mdx'],
      ['A', 'b.yaml'],
    ]),
    commit('2024-05-01T00:00:00.000Z', [
      ['A', 'a.mdx'],
      ['A', 'c.mdx'],
    ]),
  ];
  const log: ContentLog = { status: 'complete', commits };
  test('returns each file’s newest commit time as updated and its first addition as added, keyed under the folder', () => {
    const { updated, added } = timesOf(log, 'src');
    expect(updated.get('src/a.mdx')).toBe('2024-05-02T00:00:00.000Z');
    expect(added.get('src/a.mdx')).toBe('2024-05-01T00:00:00.000Z');
    expect(added.get('src/b.yaml')).toBe('2024-05-02T00:00:00.000Z');
    expect(updated.get('src/c.mdx')).toBe('2024-05-01T00:00:00.000Z');
    expect(updated.size).toBe(4);
    expect(added.size).toBe(4);
  });
  test('returns the first addition of a file that was deleted and added again', () => {
    const readded: ContentLog = {
      status: 'complete',
      commits: [
        commit('2024-05-05T00:00:00.000Z', [['A', 'a.mdx']]),
        commit('2024-05-04T00:00:00.000Z', [['D', 'a.mdx']]),
        ...commits,
      ],
    };
    expect(timesOf(readded, 'src').added.get('src/a.mdx')).toBe('2024-05-01T00:00:00.000Z');
  });
  test('in a shallow clone, ignores the cut-off commit, which only seems to add every file', () => {
    const shallow: ContentLog = {
      status: 'shallow',
      commits: [...commits.slice(0, 2), { ...(commits[2] as LoggedCommit), boundary: true }],
    };
    const { updated, added } = timesOf(shallow, 'src');
    expect(added.get('src/a.mdx')).toBeUndefined();
    expect(added.has('src/c.mdx')).toBe(false);
    expect(updated.has('src/c.mdx')).toBe(false);
    expect(updated.get('src/a.mdx')).toBe('2024-05-02T00:00:00.000Z');
    expect(added.get('src/d.yaml')).toBe('2024-05-03T00:00:00.000Z');
  });
});

/** A full clone of this repository, which the first readGitHistory test reads (not a tarball or a shallow clone). */
function fullHistory(): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'false';
  } catch {
    return false;
  }
}

describe('readGitHistory', () => {
  test.skipIf(!fullHistory())(
    'reads this repository once per directory and knows when a committed entry was added',
    () => {
      const history = readGitHistory('src/content');
      expect(readGitHistory('src/content')).toBe(history);
      const facts = 'src/content/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/facts.yaml';
      expect(history.added.get(facts)).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(history.added.get(facts)! <= history.updated.get(facts)!).toBe(true);
    },
  );
  test('returns no times outside a repository rather than guessing', () => {
    expect(readGitHistory('/nonexistent-dir-for-vdp-test').added.size).toBe(0);
  });
});

describe('NO_HISTORY', () => {
  test('returns empty, frozen history', () => {
    expect(NO_HISTORY.updated.size + NO_HISTORY.added.size).toBe(0);
    expect(Object.isFrozen(NO_HISTORY)).toBe(true);
  });
});
