/**
 * The history of a throwaway git repository: a copy of the valid fixture,
 * committed, then changed commit by commit (a value, a list item added and
 * one removed, a prose change, a correction). The record history must list
 * exactly the facts each commit changed and the correction; the Astro build
 * of that repository must show them on the history, entry and Changes pages,
 * with the record version in the footer and the data. Built from a shallow
 * clone, the pages say the history is incomplete and show no wrong date.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { readRecordHistory, type Revision } from '../../src/lib/history.ts';
import { readRecordVersion } from '../../src/lib/version.ts';
import { loadGraph, VALID_FIXTURE } from '../unit/helpers.ts';

/** The repository, and the content folder in it (a copy of the valid fixture). */
let repo: string;
let content: string;
const commits: string[] = [];

/** Runs git in the repository, at a fixed time per commit so dates are known. */
function git(args: string[], day?: string): string {
  const time = day ? `${day}T09:00:00Z` : undefined;
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      ...(time ? { GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time } : {}),
    },
  });
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(content, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${path}: the edit changed nothing`);
  writeFileSync(file, after);
}

function commit(day: string, message: string): void {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], day);
  commits.unshift(git(['rev-parse', '--short', 'HEAD']).trim());
}

const FACTS = 'events/su-kien-a/facts.yaml';

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'vdp-repo-'));
  content = join(repo, 'content');
  cpSync(VALID_FIXTURE, content, { recursive: true });
  git(['init', '-q']);
  commit('2024-05-01', 'Add the fixture record');
  edit(FACTS, (t) => t.replace('datePart: late', 'datePart: mid'));
  commit('2024-05-02', 'Events: su-kien-a dated mid-April');
  edit(FACTS, (t) =>
    t
      .replace('places: [tinh-a]', 'places: [tinh-a, viet-nam]')
      .replace('people: [nguoi-a]', 'people: []')
      .replace('themes.chu-de-a]', 'themes.chu-de-a, places.viet-nam]')
      .replace(/ {2}- supports: \[people\.nguoi-a\][\s\S]*$/, ''),
  );
  commit('2024-05-03', 'Events: su-kien-a also in Viet Nam; no person named');
  edit('events/su-kien-a/vi.mdx', (t) => t.replace('Lễ ký kết.', 'Lễ ký kết diễn ra tại tỉnh A.'));
  commit('2024-05-04', 'Prose: where the signing took place');
  edit(FACTS, (t) => t.replace('datePart: mid', 'datePart: late'));
  commit(
    '2024-05-05',
    [
      'Events: su-kien-a back to late April',
      '',
      'The source says "Cuối tháng 4-2022".',
      '',
      'Correction: The signing was in late April 2022, not mid-April.',
      'Correction-vi: Lễ ký diễn ra vào cuối tháng 4 năm 2022, không phải giữa tháng 4.',
    ].join('\n'),
  );
});

describe('readRecordHistory of a repository', () => {
  let revisions: Revision[];
  beforeAll(() => {
    revisions = readRecordHistory(content).byEntry.get('events/su-kien-a') ?? [];
  });

  test('the changed tree is still a valid record', async () => {
    const graph = await loadGraph(content);
    expect(graph.get('events', 'su-kien-a')?.facts.places.map((p) => p.id)).toEqual(['tinh-a', 'viet-nam']);
  });

  test('lists the entry’s five revisions, newest first, with their dates and subjects', () => {
    expect(revisions.map((r) => [r.short, r.date, r.change])).toEqual([
      [commits[0], '2024-05-05', 'edited'],
      [commits[1], '2024-05-04', 'edited'],
      [commits[2], '2024-05-03', 'edited'],
      [commits[3], '2024-05-02', 'edited'],
      [commits[4], '2024-05-01', 'added'],
    ]);
    expect(revisions[2]?.subject).toBe('Events: su-kien-a also in Viet Nam; no person named');
  });

  test('lists exactly the facts each commit changed', () => {
    expect(revisions[3]?.facts).toEqual([{ path: ['datePart'], kind: 'changed', before: 'late', after: 'mid' }]);
    expect(revisions[2]?.facts).toEqual([
      { path: ['places', 1], kind: 'added', after: 'viet-nam' },
      { path: ['people', 0], kind: 'removed', before: 'nguoi-a' },
      { path: ['evidence', 0, 'supports', 7], kind: 'added', after: 'places.viet-nam' },
      {
        path: ['evidence', 1],
        kind: 'removed',
        before: {
          supports: ['people.nguoi-a'],
          source: 'nguon-a',
          quote: 'Ông Nguyễn Văn A, Chủ tịch UBND tỉnh A, phát biểu tại lễ ký',
          translation: "Mr Nguyễn Văn A, Chairman of the People's Committee of Province A, spoke at the signing",
        },
      },
    ]);
    expect(revisions[1]?.facts).toEqual([]);
    expect(revisions[1]?.prose).toEqual([{ lang: 'vi', change: 'changed' }]);
    expect(revisions[0]?.facts).toEqual([{ path: ['datePart'], kind: 'changed', before: 'mid', after: 'late' }]);
  });

  test('finds the correction in its commit only, in both languages', () => {
    expect(revisions.map((r) => r.correction !== null)).toEqual([true, false, false, false, false]);
    expect(revisions[0]?.correction).toEqual({
      en: 'The signing was in late April 2022, not mid-April.',
      vi: 'Lễ ký diễn ra vào cuối tháng 4 năm 2022, không phải giữa tháng 4.',
    });
  });

  test('returns the record version of the last commit', () => {
    expect(readRecordVersion(content)).toEqual({ date: '2024-05-05', commit: commits[0] });
  });
});

/** A shallow clone of the repository (`depth` commits); returns its content folder. */
function clone(depth: number): string {
  const dir = mkdtempSync(join(tmpdir(), `vdp-shallow-${depth}-`));
  execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${repo}`, dir], { stdio: 'ignore' });
  return join(dir, 'content');
}

describe('a shallow clone of the repository', () => {
  test('says its history is shallow and leaves out the cut-off commit, which only seems to add every file', () => {
    const history = readRecordHistory(clone(2));
    expect(history.status).toBe('shallow');
    // The two newest commits are there; the older is the cut-off, so only the newest is a revision.
    expect(history.byEntry.get('events/su-kien-a')?.map((r) => r.short)).toEqual([commits[0]]);
    expect(history.byEntry.has('events/su-kien-b')).toBe(false);
  });

  test('gives no record version when the last content commit is the cut-off, rather than a wrong date', () => {
    expect(readRecordVersion(clone(2))).toEqual({ date: '2024-05-05', commit: commits[0] });
    expect(readRecordVersion(clone(1))).toBeNull();
  });
});

/** Builds the site from a content folder into a new directory; returns that directory. */
function build(contentDir: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'vdp-dist-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, VDP_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)).toBe(0);
  return outDir;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('astro build of a repository with history', () => {
  let outDir: string;
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(() => {
    outDir = build(content);
  }, 300_000);

  test('the history page lists each revision with the facts it changed', () => {
    const html = page('en/events/su-kien-a/history');
    const revisions = [...html.matchAll(/<li class="revision"[^>]*id="r-([0-9a-f]+)"/g)].map((m) => m[1]);
    expect(revisions).toEqual(commits);
    const words = text(html);
    expect(words).toContain('Part of the month datePart : changed from late to mid');
    expect(words).toContain('Places places[1] : added Vietnam');
    expect(words).toContain('People people[0] : removed Nguyễn Văn Thử');
    expect(words).toContain('Evidence, item 1, Supports evidence[0].supports[7] : added places.viet-nam');
    expect(words).toContain('Vietnamese text changed');
    expect(words).toContain('Correction: The signing was in late April 2022, not mid-April.');
    expect(words).toContain('Page added to the record.');
    expect(words).not.toContain('history is incomplete');
  });

  test('the entry page shows when it changed, its correction and a link to its history', () => {
    const vi = text(page('vi/su-kien/su-kien-a'));
    expect(vi).toMatch(
      /Đính chính ngày 5 tháng 5, 2024 Lễ ký diễn ra vào cuối tháng 4 năm 2022, không phải giữa tháng 4\./,
    );
    expect(page('vi/su-kien/su-kien-a')).toContain('href="/vi/su-kien/su-kien-a/lich-su/"');
    const en = text(page('en/events/su-kien-a'));
    expect(en).toContain('Corrected on 5 May 2024 The signing was in late April 2022, not mid-April.');
    expect(en).toContain('Last updated: 5 May 2024');
  });

  test('the Changes page lists the correction apart, and every change', () => {
    const html = page('en/changes');
    const corrections = /data-list="corrections"[\s\S]*?<\/ul>\s*<\/li>\s*<\/ul>/.exec(html)?.[0] ?? '';
    expect(text(corrections)).toContain('The signing was in late April 2022, not mid-April.');
    expect([...corrections.matchAll(/data-commit="([0-9a-f]+)"/g)].map((m) => m[1])).toEqual([commits[0]]);
    for (const short of commits) expect(html).toContain(`href="/en/events/su-kien-a/history/#r-${short}"`);
  });

  test('the footer, the dataset and the feeds carry the record version', () => {
    expect(text(page('vi'))).toContain(`Phiên bản bộ dữ liệu 2024-05-05 ( ${commits[0]} )`);
    const dataset = JSON.parse(readFileSync(join(outDir, 'data/dataset.json'), 'utf8'));
    expect(dataset.recordVersion).toEqual({ date: '2024-05-05', commit: commits[0] });
    const feed = JSON.parse(readFileSync(join(outDir, 'en/changes.json'), 'utf8'));
    expect(feed.items[0].title).toBe('Corrected: Test memorandum signed');
    expect(readFileSync(join(outDir, 'en/changes.xml'), 'utf8')).toContain('<lastBuildDate>Sun, 05 May 2024');
  });
});

describe('astro build of a shallow clone', () => {
  let outDir: string;
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(() => {
    // Two commits: the correction, and the prose change at the cut-off.
    outDir = build(clone(2));
  }, 300_000);

  test('history pages say the history is incomplete and list only what the clone holds', () => {
    for (const [path, revisions] of [
      ['en/events/su-kien-a/history', [commits[0]]],
      ['en/events/su-kien-b/history', []],
    ] as const) {
      const html = page(path);
      expect(html).toContain('data-history-status="shallow"');
      expect(text(html)).toContain('This history is incomplete');
      expect([...html.matchAll(/<li class="revision"[^>]*id="r-([0-9a-f]+)"/g)].map((m) => m[1])).toEqual(revisions);
      // The cut-off commit only seems to add every file: no page says it was added then.
      expect(text(html)).not.toContain('Page added to the record.');
    }
    expect(text(page('vi/su-kien/su-kien-b/lich-su'))).toContain('Lịch sử này chưa đầy đủ');
    expect(page('en/changes')).toContain('data-history-status="shallow"');
  });

  test('an entry last changed before the cut-off shows no date rather than a wrong one', () => {
    expect(text(page('en/events/su-kien-b'))).not.toContain('Last updated');
    expect(text(page('en/events/su-kien-a'))).toContain('Last updated: 5 May 2024');
    expect(text(page('en/events/su-kien-a'))).toContain('Corrected on 5 May 2024');
  });
});
