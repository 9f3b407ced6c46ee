/**
 * The record's history, entry by entry: every commit that changed an
 * entry's files is a revision of it, with the facts it changed (the two
 * versions of `facts.yaml` compared by `diffFactsText`, which parses the
 * changed fields with `parseStrictYaml`), the languages whose prose changed, and the correction it
 * makes when its message says so with a trailer:
 *
 *     Correction: The signing was in late April, not early May.
 *     Correction-vi: Lễ ký diễn ra vào cuối tháng Tư, không phải đầu tháng Năm.
 *
 * (`Correction` or `Correction-en` is the English text, `Correction-vi` the
 * Vietnamese one; documented in CONTRIBUTING.) A correction belongs to every
 * entry whose files the commit changes.
 *
 * Read once per build: one `git log` (`content-log.ts`) and one
 * `git cat-file --batch` for the facts files commits modified.
 */
import { readBlobs, readContentLog, type ContentLog, type LoggedCommit, type LoggedFile } from './content-log.ts';
import { diffFactsText, type FactChange } from './facts-diff.ts';
import { keyOf } from './model.ts';
import { parseStrictYaml } from './yaml.ts';
import { COLLECTIONS, isLang, LANGS, type CollectionName, type Lang } from '../core/vocabulary.ts';

/** A correction's text in the languages its commit gives. */
export type CorrectionText = Partial<Record<Lang, string>>;

export interface Revision {
  /** Full commit id. */
  hash: string;
  /** Abbreviated commit id. */
  short: string;
  /** Commit time, ISO 8601 UTC. */
  time: string;
  /** Commit day, YYYY-MM-DD (UTC). */
  date: string;
  /** First line of the commit message. */
  subject: string;
  collection: CollectionName;
  id: string;
  /** The commit added the entry (its facts file), removed it, or edited it. */
  change: 'added' | 'removed' | 'edited';
  /** Facts changed by an edit, in the order of the new version; empty when the facts did not change. */
  facts: FactChange[];
  /** An edit whose facts could not be compared (one version is not valid YAML, or git lost it). */
  factsUnreadable: boolean;
  /** The languages whose prose the commit added, changed or removed, in `LANGS` order. */
  prose: { lang: Lang; change: 'added' | 'changed' | 'removed' }[];
  /** The correction the commit makes, or null. */
  correction: CorrectionText | null;
}

export interface RecordHistory {
  /** As the content log: complete, shallow (history before the cut-off missing) or unavailable. */
  status: ContentLog['status'];
  /** Revisions of each entry (`keyOf(collection, id)`), newest first. */
  byEntry: Map<string, Revision[]>;
  /** Every revision of every entry, newest first (within a commit, in path order). */
  revisions: Revision[];
}

export const NO_RECORD_HISTORY: RecordHistory = Object.freeze({
  status: 'unavailable',
  byEntry: new Map(),
  revisions: [],
}) as RecordHistory;

const FILE = /^([^/]+)\/([^/]+)\/(facts\.yaml|vi\.mdx|en\.mdx)$/;

/** `events/x/facts.yaml` → the entry and the file, or null for a path that is not an entry file. */
function entryFile(path: string): { collection: CollectionName; id: string; file: 'facts' | Lang } | null {
  const match = FILE.exec(path);
  if (!match) return null;
  const collection = COLLECTIONS.find((c) => c === match[1]);
  if (!collection) return null;
  const name = (match[3] as string).split('.')[0] as string;
  return { collection, id: match[2] as string, file: isLang(name) ? name : 'facts' };
}

const CORRECTION_KEYS: Record<string, Lang> = { correction: 'en', 'correction-en': 'en', 'correction-vi': 'vi' };

/**
 * The correction a commit's trailers make, or null.
 * @example correctionOf([{ key: 'Correction', value: 'Late April.' }]) // { en: 'Late April.' }
 */
export function correctionOf(trailers: LoggedCommit['trailers']): CorrectionText | null {
  const text: CorrectionText = {};
  for (const { key, value } of trailers) {
    const lang = CORRECTION_KEYS[key.toLowerCase()];
    if (lang) text[lang] = text[lang] ? `${text[lang]} ${value}` : value;
  }
  return Object.keys(text).length > 0 ? text : null;
}

const isFacts = (file: LoggedFile): boolean => file.path.endsWith('/facts.yaml') && entryFile(file.path) !== null;

/** The blobs `buildRecordHistory` compares: both versions of every facts file a commit modified. */
export function blobsToCompare(log: ContentLog): string[] {
  return log.commits.flatMap((commit) =>
    commit.boundary
      ? []
      : commit.files.flatMap((file) => (isFacts(file) && file.before && file.after ? [file.before, file.after] : [])),
  );
}

const PROSE_CHANGE = { A: 'added', D: 'removed' } as const;

/**
 * The history of every entry from the content log and the texts of the blobs
 * `blobsToCompare` names (a missing text makes that revision's facts unreadable).
 * The cut-off commit of a shallow clone is left out: it only seems to add every file.
 */
export function buildRecordHistory(log: ContentLog, blobs: ReadonlyMap<string, string>): RecordHistory {
  /** The facts changed from one version to the next; null when one cannot be read (invalid YAML, or git lost it). */
  const changesOf = (before: string, after: string): FactChange[] | null => {
    const a = blobs.get(before);
    const b = blobs.get(after);
    if (a === undefined || b === undefined) return null;
    try {
      return diffFactsText(a, b, parseStrictYaml);
    } catch {
      return null;
    }
  };
  const revisions: Revision[] = [];
  const commits = log.commits
    .filter((commit) => !commit.boundary)
    .map((commit, order) => ({ commit, order }))
    .sort((a, b) => (a.commit.time === b.commit.time ? a.order - b.order : a.commit.time < b.commit.time ? 1 : -1));
  for (const { commit } of commits) {
    const byEntry = new Map<string, Revision>();
    for (const file of commit.files) {
      const target = entryFile(file.path);
      if (!target) continue;
      const key = keyOf(target.collection, target.id);
      let revision = byEntry.get(key);
      if (!revision) {
        revision = {
          hash: commit.hash,
          short: commit.short,
          time: commit.time,
          date: commit.time.slice(0, 10),
          subject: commit.subject,
          collection: target.collection,
          id: target.id,
          change: 'edited',
          facts: [],
          factsUnreadable: false,
          prose: [],
          correction: correctionOf(commit.trailers),
        };
        byEntry.set(key, revision);
      }
      if (target.file !== 'facts') {
        revision.prose.push({ lang: target.file, change: PROSE_CHANGE[file.status as 'A' | 'D'] ?? 'changed' });
        revision.prose.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
      } else if (file.status === 'A') revision.change = 'added';
      else if (file.status === 'D') revision.change = 'removed';
      else {
        const changes = file.before && file.after ? changesOf(file.before, file.after) : null;
        if (changes) revision.facts = changes;
        else revision.factsUnreadable = true;
      }
    }
    revisions.push(...byEntry.values());
  }
  const byEntry = new Map<string, Revision[]>();
  for (const revision of revisions) {
    const key = keyOf(revision.collection, revision.id);
    const list = byEntry.get(key);
    if (list) list.push(revision);
    else byEntry.set(key, [revision]);
  }
  return { status: log.status, byEntry, revisions };
}

const READ = new Map<string, RecordHistory>();

/** The history of the record under `dir`: one `git log` and one `git cat-file --batch`, once per folder. */
export function readRecordHistory(dir: string): RecordHistory {
  let history = READ.get(dir);
  if (!history) {
    const log = readContentLog(dir);
    history =
      log.status === 'unavailable' ? NO_RECORD_HISTORY : buildRecordHistory(log, readBlobs(dir, blobsToCompare(log)));
    READ.set(dir, history);
  }
  return history;
}
