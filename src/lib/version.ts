/**
 * The record's version: the date of the last commit that changed the content
 * and its short commit id. Read once per build (`git log -1`, run in the
 * content folder, so a content tree that is a repository of its own has a
 * version too), memoised per directory; null outside a repository, so
 * nothing shows a guessed version. In a shallow clone, when that commit is
 * the cut-off, the last change may be older than it: null too.
 */
import { execFileSync } from 'node:child_process';

export interface RecordVersion {
  /** Committer date of the last content change (YYYY-MM-DD, UTC). */
  date: string;
  /** Its abbreviated commit id. @example 'a1b2c3d' */
  commit: string;
}

/**
 * Parses `git log -1 --format=%ct %h %P` output.
 * @param shallow the repository is a shallow clone: a commit without parents is the cut-off, its date unknown
 * @example parseVersion('1764460800 a1b2c3d\n') // { date: '2025-11-30', commit: 'a1b2c3d' }
 */
export function parseVersion(output: string, shallow = false): RecordVersion | null {
  const [seconds, commit, ...parents] = output.trim().split(' ');
  if (!seconds || !commit || !/^\d+$/.test(seconds) || !/^[0-9a-f]{7,64}$/.test(commit)) return null;
  if (shallow && parents.length === 0) return null;
  return { date: new Date(Number(seconds) * 1000).toISOString().slice(0, 10), commit };
}

const READ = new Map<string, RecordVersion | null>();

/** The version of the content under `dir`: its newest commit, or null without git history. */
export function readRecordVersion(dir: string): RecordVersion | null {
  if (!READ.has(dir)) {
    let version: RecordVersion | null = null;
    const git = (args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
      version = parseVersion(git(['log', '-1', '--format=%ct %h %P', '--', '.']), shallow);
    } catch {
      version = null;
    }
    READ.set(dir, version);
  }
  return READ.get(dir) ?? null;
}
