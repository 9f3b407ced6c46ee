/**
 * The record's version: the date of the last commit that changed the content
 * and its short commit id. Read once per build (`git log -1`), memoised per
 * directory; null outside a repository, so nothing shows a guessed version.
 */
import { execFileSync } from 'node:child_process';

export interface RecordVersion {
  /** Committer date of the last content change (YYYY-MM-DD, UTC). */
  date: string;
  /** Its abbreviated commit id. @example 'a1b2c3d' */
  commit: string;
}

/**
 * Parses `git log -1 --format=%ct %h` output.
 * @example parseVersion('1764460800 a1b2c3d\n') // { date: '2025-11-30', commit: 'a1b2c3d' }
 */
export function parseVersion(output: string): RecordVersion | null {
  const [seconds, commit] = output.trim().split(' ');
  if (!seconds || !commit || !/^\d+$/.test(seconds) || !/^[0-9a-f]{7,40}$/.test(commit)) return null;
  return { date: new Date(Number(seconds) * 1000).toISOString().slice(0, 10), commit };
}

const READ = new Map<string, RecordVersion | null>();

/** The version of the content under `dir`: its newest commit, or null without git history. */
export function readRecordVersion(dir: string): RecordVersion | null {
  if (!READ.has(dir)) {
    let version: RecordVersion | null = null;
    try {
      version = parseVersion(
        execFileSync('git', ['log', '-1', '--format=%ct %h', '--', dir], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
    } catch {
      version = null;
    }
    READ.set(dir, version);
  }
  return READ.get(dir) ?? null;
}
