import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { GIT_LOG_ARGS, NO_HISTORY, parseGitLog, readGitHistory } from '../../src/lib/git.ts';

describe('parseGitLog', () => {
  // Newest commit first, as `git log --no-renames --format=%x00%ct %P --name-status` prints it.
  const log = [
    '\u00001714694400 bbb\n\nA\tsrc/d.yaml\n',
    '\u00001714608000 aaa\n\nM\tsrc/a.mdx\nA\tsrc/b.yaml\n',
    '\u00001714521600 \n\nA\tsrc/a.mdx\nA\tsrc/c.mdx\n',
  ].join('');
  test('returns each file’s newest commit time as updated and its first addition as added', () => {
    const { updated, added } = parseGitLog(log);
    expect(updated.get('src/a.mdx')).toBe('2024-05-02T00:00:00.000Z');
    expect(added.get('src/a.mdx')).toBe('2024-05-01T00:00:00.000Z');
    expect(added.get('src/b.yaml')).toBe('2024-05-02T00:00:00.000Z');
    expect(updated.get('src/c.mdx')).toBe('2024-05-01T00:00:00.000Z');
    expect(updated.size).toBe(4);
    expect(added.size).toBe(4);
  });
  test('returns the first addition of a file that was deleted and added again', () => {
    const readded = '\u00001714694400 ccc\n\nA\tsrc/a.mdx\n\u00001714608000 bbb\n\nD\tsrc/a.mdx\n' + log;
    expect(parseGitLog(readded).added.get('src/a.mdx')).toBe('2024-05-01T00:00:00.000Z');
  });
  test('in a shallow clone, ignores the cut-off commit, which only seems to add every file', () => {
    const { updated, added } = parseGitLog(log, true);
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

describe('NO_HISTORY / GIT_LOG_ARGS', () => {
  test('returns empty, frozen history and a log format parseGitLog reads', () => {
    expect(NO_HISTORY.updated.size + NO_HISTORY.added.size).toBe(0);
    expect(Object.isFrozen(NO_HISTORY)).toBe(true);
    expect(GIT_LOG_ARGS).toContain('--no-renames');
    expect(GIT_LOG_ARGS).toContain('--name-status');
  });
});
