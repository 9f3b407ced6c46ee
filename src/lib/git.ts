/**
 * Commit times of content files, derived from the content's one `git log`
 * per build (`content-log.ts`): when each file was last changed (the "last
 * updated" date, the translation status) and when it was first added (the
 * RSS publication date). Deterministic for a given commit.
 *
 * Where history cannot tell, a file has no time rather than a guessed one:
 * outside a repository or without git (a tarball) both maps are empty; a
 * file not yet committed is in neither; in a shallow clone, the commit at
 * the cut-off seems to add every file it holds, so what it records is
 * ignored (CI checks out the full history).
 */
import { readContentLog, type ContentLog } from './content-log.ts';

export interface GitHistory {
  /** File (`<content dir>/<path>`, as the loader names it) → ISO time of the newest commit that touched it. */
  updated: Map<string, string>;
  /** File → ISO time of the oldest commit that added it (`A` in the log). */
  added: Map<string, string>;
}

/** What is known without a repository: nothing. */
export const NO_HISTORY: GitHistory = Object.freeze({ updated: new Map(), added: new Map() });

/**
 * The times of every file of a content log (newest commit first), keyed `<dir>/<path>`.
 * @example timesOf(log, 'src/content').updated.get('src/content/events/x/facts.yaml') // '2024-05-02T00:00:00.000Z'
 */
export function timesOf(log: ContentLog, dir: string): GitHistory {
  const updated = new Map<string, string>();
  const added = new Map<string, string>();
  for (const commit of log.commits) {
    if (commit.boundary) continue;
    for (const { status, path } of commit.files) {
      const file = `${dir}/${path}`;
      if (!updated.has(file)) updated.set(file, commit.time); // the newest commit comes first
      if (status === 'A') added.set(file, commit.time); // …so the oldest addition is set last
    }
  }
  return { updated, added };
}

const READ = new Map<string, GitHistory>();

/** Commit times of every file under `dir`, from its content log; computed once per directory and process. */
export function readGitHistory(dir: string): GitHistory {
  let history = READ.get(dir);
  if (!history) {
    const log = readContentLog(dir);
    history = log.status === 'unavailable' ? NO_HISTORY : timesOf(log, dir);
    READ.set(dir, history);
  }
  return history;
}
