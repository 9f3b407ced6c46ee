import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_LOG_ARGS,
  NO_LOG,
  parseBatch,
  parseContentLog,
  parseTrailers,
  readBlobs,
  readContentLog,
} from '../../src/lib/content-log.ts';

const RS = '\x1e';
const US = '\x1f';

describe('parseTrailers', () => {
  test('returns key and value of each trailer, unfolded by git and separated by GS', () => {
    expect(parseTrailers('Correction: Late April, not early May.\x1dSigned-off-by: A <a@b>')).toEqual([
      { key: 'Correction', value: 'Late April, not early May.' },
      { key: 'Signed-off-by', value: 'A <a@b>' },
    ]);
  });
  test('returns nothing for no trailers or a line without a key', () => {
    expect(parseTrailers('')).toEqual([]);
    expect(parseTrailers('no colon here')).toEqual([]);
  });
});

describe('parseContentLog', () => {
  const commit = (hash: string, seconds: number, parents: string, subject: string, trailers: string, raw: string) =>
    `${RS}${hash}${US}${hash.slice(0, 7)}${US}${seconds}${US}${parents}${US}${subject}${US}${trailers}${US}\n\n${raw}`;
  const output = [
    commit(
      'b'.repeat(40),
      1714608000,
      'a'.repeat(40),
      'Fix the date',
      'Correction: Late April.',
      ':100644 100644 1111111 2222222 M\tevents/x/facts.yaml\n:100644 000000 3333333 0000000 D\tevents/x/en.mdx\n',
    ),
    commit('a'.repeat(40), 1714521600, '', 'Add x', '', ':000000 100644 0000000 1111111 A\tevents/x/facts.yaml\n'),
  ].join('');

  test('returns each commit with its time, subject, trailers and files, newest first', () => {
    const log = parseContentLog(output);
    expect(log.status).toBe('complete');
    expect(log.commits).toHaveLength(2);
    expect(log.commits[0]).toEqual({
      hash: 'b'.repeat(40),
      short: 'bbbbbbb',
      time: '2024-05-02T00:00:00.000Z',
      subject: 'Fix the date',
      trailers: [{ key: 'Correction', value: 'Late April.' }],
      boundary: false,
      files: [
        { status: 'M', path: 'events/x/facts.yaml', before: '1111111', after: '2222222' },
        { status: 'D', path: 'events/x/en.mdx', before: '3333333', after: null },
      ],
    });
    expect(log.commits[1]?.files).toEqual([
      { status: 'A', path: 'events/x/facts.yaml', before: null, after: '1111111' },
    ]);
  });

  test('in a shallow clone, marks the commit without parents as the cut-off', () => {
    const log = parseContentLog(output, true);
    expect(log.status).toBe('shallow');
    expect(log.commits.map((c) => c.boundary)).toEqual([false, true]);
  });

  test('returns no commits for empty output', () => {
    expect(parseContentLog('').commits).toEqual([]);
  });
});

describe('parseBatch', () => {
  test('returns the texts of blobs by the names asked for, reading sizes in bytes', () => {
    const out = Buffer.from('aaaa blob 8\nđã: 1\n\nbbbb missing\ncccc blob 4\nx: 2\n', 'utf8');
    const texts = parseBatch(out, ['aaaa', 'bbbb', 'cccc']);
    expect(texts.get('aaaa')).toBe('đã: 1\n');
    expect(texts.has('bbbb')).toBe(false);
    expect(texts.get('cccc')).toBe('x: 2');
  });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: '2024-05-01T10:00:00Z',
      GIT_COMMITTER_DATE: '2024-05-01T10:00:00Z',
    },
  });

describe('readContentLog / readBlobs', () => {
  test('read a repository in one log, with paths relative to the content folder, and the blobs it names', () => {
    const repo = mkdtempSync(join(tmpdir(), 'vdp-log-'));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'content/events/x'), { recursive: true });
    writeFileSync(join(repo, 'content/events/x/facts.yaml'), 'kind: launch\n');
    writeFileSync(join(repo, 'README.md'), 'outside the content\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Add x');
    writeFileSync(join(repo, 'content/events/x/facts.yaml'), 'kind: signing\n');
    git(repo, 'commit', '-q', '-a', '-m', 'Fix the kind\n\nCorrection: It was a signing.');
    const dir = join(repo, 'content');
    const log = readContentLog(dir);
    expect(readContentLog(dir)).toBe(log);
    expect(log.status).toBe('complete');
    expect(log.commits.map((c) => c.subject)).toEqual(['Fix the kind', 'Add x']);
    expect(log.commits[0]?.trailers).toEqual([{ key: 'Correction', value: 'It was a signing.' }]);
    expect(log.commits[0]?.time).toBe('2024-05-01T10:00:00.000Z');
    const [file] = log.commits[0]?.files ?? [];
    expect(file?.path).toBe('events/x/facts.yaml');
    expect(log.commits[1]?.files.map((f) => f.path)).toEqual(['events/x/facts.yaml']);
    const blobs = readBlobs(dir, [file?.before ?? '', file?.after ?? '']);
    expect(blobs.get(file?.before ?? '')).toBe('kind: launch\n');
    expect(blobs.get(file?.after ?? '')).toBe('kind: signing\n');
  });

  test('return nothing outside a repository rather than guessing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdp-no-git-'));
    expect(readContentLog(dir)).toBe(NO_LOG);
    expect(readBlobs(dir, ['abc1234']).size).toBe(0);
    expect(CONTENT_LOG_ARGS).toContain('--no-renames');
  });
});
