/**
 * Commit times of content files, read from git history in ONE `git log` per
 * build (memoised per directory): when each file was last changed (the
 * "last updated" date, the translation status) and when it was first added
 * (the RSS publication date). Deterministic for a given commit.
 *
 * Where history cannot tell, a file has no time rather than a guessed one:
 * outside a repository or without git (a tarball, a fixture in a temporary
 * directory) both maps are empty; a file not yet committed is in neither; in
 * a shallow clone, the commit at the cut-off seems to add every file it
 * holds, so what it records is ignored (CI checks out the full history).
 */
import { execFileSync } from 'node:child_process';

export interface GitHistory {
  /** File (relative to the repository root) → ISO time of the newest commit that touched it. */
  updated: Map<string, string>;
  /** File → ISO time of the oldest commit that added it (`A` in `--name-status`). */
  added: Map<string, string>;
}

/** What is known without a repository: nothing. */
export const NO_HISTORY: GitHistory = Object.freeze({ updated: new Map(), added: new Map() });

/**
 * The log format `readGitHistory` asks for: each commit is a NUL, its committer
 * time (Unix seconds) and parent hashes, then `<status>\t<path>` lines.
 * `--no-renames` makes a renamed file an `A` of its new path whatever the
 * user's `diff.renames` setting, so the same commit always gives the same times.
 */
export const GIT_LOG_ARGS = ['log', '--no-renames', '--format=%x00%ct %P', '--name-status'] as const;

/**
 * Parses `git log --no-renames --format=%x00%ct %P --name-status` output (newest commit first).
 * @param shallow the repository is a shallow clone: a commit without parents is the cut-off, not a root
 * @example parseGitLog('\0' + '1714521600 \n\nA\tsrc/a.mdx\n', false)
 * // { updated: Map { 'src/a.mdx' => '2024-05-01T00:00:00.000Z' }, added: Map { 'src/a.mdx' => '2024-05-01T00:00:00.000Z' } }
 */
export function parseGitLog(output: string, shallow = false): GitHistory {
  const updated = new Map<string, string>();
  const added = new Map<string, string>();
  for (const chunk of output.split('\0')) {
    const [header, ...lines] = chunk.split('\n').filter(Boolean);
    if (!header) continue;
    const [seconds, ...parents] = header.trim().split(' ');
    if (shallow && parents.length === 0) continue;
    const iso = new Date(Number(seconds) * 1000).toISOString();
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const status = line.slice(0, tab);
      const file = line.slice(tab + 1);
      if (!updated.has(file)) updated.set(file, iso); // the newest commit comes first
      if (status === 'A') added.set(file, iso); // …so the oldest addition is set last
    }
  }
  return { updated, added };
}

const git = (args: readonly string[]): string =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

const READ = new Map<string, GitHistory>();

/** Commit times of every file under `dir`, from one `git log`; read once per directory and process. */
export function readGitHistory(dir: string): GitHistory {
  let history = READ.get(dir);
  if (!history) {
    try {
      const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
      history = parseGitLog(git([...GIT_LOG_ARGS, '--', dir]), shallow);
    } catch {
      history = NO_HISTORY;
    }
    READ.set(dir, history);
  }
  return history;
}
