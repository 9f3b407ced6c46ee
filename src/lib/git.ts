/**
 * Last-commit times of content files, read from git history in one pass.
 * Deterministic for a given commit; empty when git or history is absent
 * (a tarball, a fixture outside the repository, a shallow CI clone still works).
 */
import { execFileSync } from 'node:child_process';

/**
 * Parses `git log --format=%x00%ct --name-only` output into file → newest commit time (ISO, UTC).
 * @example parseGitLog('\0' + '1714521600\n\nsrc/a.mdx\n') // Map { 'src/a.mdx' => '2024-05-01T00:00:00.000Z' }
 */
export function parseGitLog(output: string): Map<string, string> {
  const times = new Map<string, string>();
  for (const chunk of output.split('\0')) {
    const [seconds, ...files] = chunk.split('\n').filter(Boolean);
    if (!seconds) continue;
    const iso = new Date(Number(seconds) * 1000).toISOString();
    for (const file of files) if (!times.has(file)) times.set(file, iso); // newest commit comes first
  }
  return times;
}

/** File (relative to the repository root) → ISO time of the last commit that touched it. */
export function lastCommitTimes(dir: string): Map<string, string> {
  try {
    const output = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', dir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
