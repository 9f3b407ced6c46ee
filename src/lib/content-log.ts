/**
 * The content's git history, read ONCE per build: one `git log` over the
 * content folder (every commit's date, subject, trailers and changed files
 * with their blob ids), memoised per folder, and on demand one
 * `git cat-file --batch` for the file versions a caller needs (the facts
 * files a commit modified, to compare their values). Everything history
 * shows, the "last updated" and "added" times included, comes from this read.
 *
 * Git runs in the content folder (`git -C <dir>`), so a content tree that is
 * a repository of its own (a fixture, a benchmark) has a history too, and
 * paths are relative to the content folder (`events/<id>/facts.yaml`).
 * Outside a repository, or without git, the log is `unavailable` and empty:
 * nothing is guessed. In a shallow clone, the commit at the cut-off seems to
 * add every file it holds; it is marked `boundary` for callers to leave out.
 */
import { execFileSync } from 'node:child_process';

/** One file a commit changed (`git log --raw`, renames off: a move is a deletion and an addition). */
export interface LoggedFile {
  /** A added, M modified, D deleted, T type changed. */
  status: string;
  /** Path relative to the content folder. @example 'events/2020-10-05-x/facts.yaml' */
  path: string;
  /** Blob before the commit (abbreviated); null when the file is added. */
  before: string | null;
  /** Blob after the commit (abbreviated); null when the file is deleted. */
  after: string | null;
}

/** One commit that changed the content. */
export interface LoggedCommit {
  hash: string;
  /** Abbreviated id, as `git log --format=%h` gives it. */
  short: string;
  /** Committer time, ISO 8601 UTC. */
  time: string;
  /** The commit message's subject (its first line). */
  subject: string;
  /** Its trailers (`Key: value` lines of the message's last paragraph, as git parses them), in order. */
  trailers: { key: string; value: string }[];
  /** The cut-off commit of a shallow clone: its files only seem to be added. */
  boundary: boolean;
  files: LoggedFile[];
}

export interface ContentLog {
  /**
   * complete: the whole history; shallow: a shallow clone, history before the
   * cut-off is missing; unavailable: no repository or no git.
   */
  status: 'complete' | 'shallow' | 'unavailable';
  /** Newest first, merge commits left out (each commit of a merged branch is listed itself). */
  commits: LoggedCommit[];
}

/** What is known without a repository: nothing. */
export const NO_LOG: ContentLog = Object.freeze({ status: 'unavailable', commits: [] }) as ContentLog;

const RS = '\x1e';
const US = '\x1f';
const GS = '\x1d';

/**
 * Arguments of the one `git log` (run in the content folder). Each commit starts
 * with RS and its fields are separated by US: full and abbreviated id, committer
 * time (Unix seconds), parents, subject, trailers (separated by GS, continuation
 * lines unfolded); `--raw` lines follow.
 */
export const CONTENT_LOG_ARGS = [
  'log',
  '--no-merges',
  '--no-renames',
  '--relative',
  '--raw',
  `--format=%x1e%H%x1f%h%x1f%ct%x1f%P%x1f%s%x1f%(trailers:only,unfold,separator=%x1d)%x1f`,
  '--',
  '.',
] as const;

const ZERO = /^0+$/;

/** `:100644 100644 a1b2c3d e4f5a6b M\tevents/x/facts.yaml` → the file, or null for another line. */
function parseRawLine(line: string): LoggedFile | null {
  const tab = line.indexOf('\t');
  if (!line.startsWith(':') || tab < 0) return null;
  const [, , before, after, status] = line.slice(1, tab).split(' ');
  if (!before || !after || !status) return null;
  return {
    status: status.charAt(0),
    path: line.slice(tab + 1),
    before: ZERO.test(before) ? null : before,
    after: ZERO.test(after) ? null : after,
  };
}

/**
 * `Correction: text` → { key: 'Correction', value: 'text' }.
 * @example parseTrailers('Correction: A.\x1dSigned-off-by: B') // [{ key: 'Correction', value: 'A.' }, { key: 'Signed-off-by', value: 'B' }]
 */
export function parseTrailers(text: string): { key: string; value: string }[] {
  return text
    .split(GS)
    .map((line) => /^([^:\s][^:]*?)\s*:\s*([\s\S]*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, key, value]) => ({ key: key as string, value: (value as string).trim() }))
    .filter(({ value }) => value !== '');
}

/**
 * Parses the output of `git log` with `CONTENT_LOG_ARGS` (newest commit first).
 * @param shallow the repository is a shallow clone: a commit without parents is the cut-off, not a root
 */
export function parseContentLog(output: string, shallow = false): ContentLog {
  const commits: LoggedCommit[] = [];
  for (const chunk of output.split(RS)) {
    const fields = chunk.split(US);
    if (fields.length < 7) continue;
    const [hash, short, seconds, parents, subject, trailers] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const files = (fields[6] ?? '')
      .split('\n')
      .map(parseRawLine)
      .filter((file): file is LoggedFile => file !== null);
    commits.push({
      hash,
      short,
      time: new Date(Number(seconds) * 1000).toISOString(),
      subject: subject.trim(),
      trailers: parseTrailers(trailers),
      boundary: shallow && parents.trim() === '',
      files,
    });
  }
  return { status: shallow ? 'shallow' : 'complete', commits };
}

const git = (dir: string, args: readonly string[], input?: string): Buffer =>
  execFileSync('git', ['-C', dir, ...args], {
    maxBuffer: 1024 * 1024 * 1024,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
    ...(input === undefined ? {} : { input }),
  });

const READ = new Map<string, ContentLog>();

/** The history of the content under `dir`, from one `git log`; read once per folder and process. */
export function readContentLog(dir: string): ContentLog {
  let log = READ.get(dir);
  if (!log) {
    try {
      const shallow = git(dir, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
      log = parseContentLog(git(dir, CONTENT_LOG_ARGS).toString('utf8'), shallow);
    } catch {
      log = NO_LOG;
    }
    READ.set(dir, log);
  }
  return log;
}

/**
 * Parses `git cat-file --batch` output for the requested object names, in the
 * order they were asked for (sizes are in bytes, so the output is read as bytes).
 */
export function parseBatch(output: Buffer, names: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  let offset = 0;
  for (const name of names) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) break;
    const [, type, size] = output.toString('utf8', offset, end).split(' ');
    offset = end + 1;
    if (type === undefined || size === undefined) continue; // "<name> missing" or "ambiguous"
    const bytes = Number(size);
    if (type === 'blob') texts.set(name, output.toString('utf8', offset, offset + bytes));
    offset += bytes + 1;
  }
  return texts;
}

/** The text of the given blobs, from one `git cat-file --batch`; an unknown one is absent. */
export function readBlobs(dir: string, names: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  try {
    return parseBatch(git(dir, ['cat-file', '--batch'], `${unique.join('\n')}\n`), unique);
  } catch {
    return new Map();
  }
}
