/**
 * Builds fixture content trees with the real Astro build: a valid tree must
 * build (and show the fallback notice for its missing translation); a tree
 * with a bad reference, or prose with an expression, must stop the build
 * with the file and field named. The incremental build, after an editor's
 * edits, must write what a cold build writes.
 *
 * Every build here is in this one file, run in order: Astro writes its
 * prerender chunks under the project's `.astro/.prerender/` when the output
 * is outside the project, so two builds at once would overwrite each other's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { copiedOutputs, renderedPages } from '../../scripts/lib/build-log.ts';
import { buildSteps, type BuildStep } from '../../scripts/lib/build-steps.ts';
import { filesUnder } from '../../scripts/lib/code-digest.ts';
import { EDITS } from '../../scripts/lib/edits.ts';
import { PAGEFIND } from '../../scripts/lib/pagefind-bundle.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { cacheDirFor } from '../../src/core/config.ts';
import { LANGS } from '../../src/core/vocabulary.ts';
import { treeDifferences } from '../gates/determinism.ts';
import { overlayFixture, VALID_FIXTURE } from '../unit/helpers.ts';

function astroBuild(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'vdp-dist-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env, VDP_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Astro colours its messages when CI is set (picocolors); compare the text an editor reads.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

/** The pages Pagefind indexed in `outDir`, by URL: language (from the fragment's name) and indexed text. */
function indexedPages(outDir: string): Map<string, { lang: string; content: string }> {
  const dir = join(outDir, 'pagefind', 'fragment');
  const pages = new Map<string, { lang: string; content: string }>();
  for (const name of readdirSync(dir)) {
    // A fragment is gzipped "pagefind_dcd" followed by the page's JSON record.
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    pages.set(record.url, { lang: name.split('_')[0] as string, content: record.content });
  }
  return pages;
}

describe('astro build of fixtures', () => {
  test('builds the valid minimal fixture, with the fallback notice and the translation status', () => {
    const { status, output, outDir } = astroBuild(VALID_FIXTURE);
    expect(status, output).toBe(0);
    // The build log is for editors: no known-harmless bundler warning per MDX file (astro.config.mjs).
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    const fallback = readFileSync(join(outDir, 'en/events/su-kien-b/index.html'), 'utf8');
    expect(fallback).toContain('has not been translated into English yet');
    expect(fallback).toMatch(
      /<div class="prose[^"]*"[^>]*lang="vi"[^>]*data-pagefind-ignore="all"|<div[^>]*lang="vi"[^>]*data-pagefind-ignore="all"[^>]*class="prose/,
    );
    const status_ = readFileSync(join(outDir, 'en/translation-status/index.html'), 'utf8');
    expect(status_).toMatch(/data-status="missing"[\s\S]*su-kien-b/);

    // The English index keeps the page (its English facts and labels) but none of its Vietnamese fallback text.
    const pagefind = buildSteps(outDir).find((step) => step.name === 'pagefind')!;
    const indexed = spawnSync(process.execPath, pagefind.args, {
      encoding: 'utf8',
      env: { ...process.env, VDP_CONTENT_DIR: VALID_FIXTURE },
    });
    expect(indexed.status, indexed.stderr).toBe(0);
    const pages = indexedPages(outDir);
    const page = pages.get('/en/events/su-kien-b/');
    expect(page?.lang).toBe('en');
    for (const vietnamese of ['Giải thưởng thử chưa rõ ngày', 'Một sự kiện giả lập', 'Nguồn không nêu ngày'])
      expect(page?.content).not.toContain(vietnamese);
    expect(pages.get('/vi/su-kien/su-kien-b/')?.content).toContain('Nguồn không nêu ngày');

    // One Pagefind run per language, merged (scripts/lib/pagefind-bundle.ts), writes what one run over both writes.
    const once = mkdtempSync(join(tmpdir(), 'vdp-pagefind-once-'));
    const single = spawnSync(process.execPath, [PAGEFIND, '--site', outDir, '--output-path', once], {
      encoding: 'utf8',
    });
    expect(single.status, single.stderr).toBe(0);
    expect(readdirSync(join(once, 'fragment')).length).toBeGreaterThan(10);
    expect(treeDifferences(once, join(outDir, 'pagefind'))).toEqual([]);
    rmSync(once, { recursive: true, force: true });
  });

  test('renders everything prose may contain, with no import, the same in both languages', () => {
    const { status, output, outDir } = astroBuild(overlayFixture('tests/fixtures/overlays/prose-markup'));
    expect(status, output).toBe(0);
    const prose = (path: string) => {
      const html = readFileSync(join(outDir, path), 'utf8');
      return /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*(?:<section|<aside|<footer)/.exec(html)?.[1] ?? '';
    };
    const vi = prose('vi/su-kien/su-kien-a/index.html');
    const en = prose('en/events/su-kien-a/index.html');
    // The shared Markdown block: heading id, smart punctuation, GFM table, lists, links.
    const block = (html: string) => /<h2[\s\S]*<\/table>/.exec(html)?.[0];
    expect(block(vi)).toBeDefined();
    expect(block(vi)).toBe(block(en));
    expect(block(vi)).toContain('id="nội-dung-chính"');
    expect(block(vi)).toContain('“chính”');
    expect(block(vi)).toContain('<table>');
    // Components, given to prose without an import.
    for (const html of [vi, en]) expect(html).toMatch(/<sup class="cite"[^>]*><a href="#note-1"/);
    expect(en).toMatch(/<blockquote[\s\S]*We are testing/);
    // The allowed HTML elements and links, as written.
    expect(vi).toContain('<abbr title="Intelligent Operations Center">IOC</abbr>');
    expect(vi).toContain('CO<sub>2</sub>, 10 m<sup>2</sup>,<br/>');
    expect(vi).toContain('<span lang="en">smart city</span>');
    expect(vi).toContain('<del>bỏ</del>');
    expect(vi).toContain('<a href="/vi/su-kien/">sự kiện</a>');
    expect(vi).toContain('<a href="#notes">ghi chú</a>');
  });

  test('refuses to build prose with an expression, naming the file and line, and never prints its value', () => {
    const secret = `vdp-secret-${process.pid}-${Date.now()}`;
    // The check step is skipped: `astro build` alone must refuse the expression.
    const root = overlayFixture('tests/fixtures/cases/mdx-expression');
    const { status, output, outDir } = astroBuild(root, { SECRET_X: secret });
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${root}/events/su-kien-a/en.mdx`);
    expect(output).toContain('body, line 8: a JavaScript expression in braces `{process.env.SECRET_X}`. Fix: ');
    expect(output).not.toContain(secret);
    const written = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const file of written) expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(secret);
  });

  test("publishes no draft: no page, no data, no list or sitemap entry; the editors' page lists it", () => {
    const { status, output, outDir } = astroBuild(overlayFixture('tests/fixtures/overlays/draft'));
    expect(status, output).toBe(0);
    for (const page of ['vi/su-kien/su-kien-nhap/index.html', 'en/events/su-kien-nhap/index.html']) {
      expect(existsSync(join(outDir, page)), page).toBe(false);
    }
    for (const file of [
      'data/dataset.json',
      'data/events.csv',
      'data/timeline.vi.json',
      'sitemap-0.xml',
      'vi/rss.xml',
    ]) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('su-kien-nhap');
    }
    expect(readFileSync(join(outDir, 'vi/su-kien/index.html'), 'utf8')).not.toContain('Khóa tập huấn đang viết dở');
    const editors = readFileSync(join(outDir, 'en/translation-status/index.html'), 'utf8');
    expect(editors).toMatch(
      /<table data-drafts[\s\S]*Training course still being written[\s\S]*su-kien-nhap\/facts\.yaml/,
    );
  });

  // Astro's own YAML parsing would make 2022-02-30 into 2 March 2022 and 1.92e3 into 1920, and build.
  test.each([
    ['yaml-impossible-day', 'events/su-kien-b/facts.yaml', /date: "2022-02-30" is not a day of the calendar/],
    ['yaml-exponent', 'partnerships/hop-tac-a/facts.yaml', /figures\.0\.value: must be a number/],
  ])('stops the build on %s: the build reads the values the checker reads', (name, file, message) => {
    const { status, output } = astroBuild(overlayFixture(`tests/fixtures/cases/${name}`));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(message);
  });

  test('stops the build on an unknown reference, naming the file and field', () => {
    const root = overlayFixture('tests/fixtures/cases/unknown-reference');
    const { status, output } = astroBuild(root);
    expect(status).not.toBe(0);
    expect(output).toContain(`${root.replace(/^\//, '')}/events/su-kien-a/facts.yaml`.split('/').slice(-3).join('/'));
    expect(output).toMatch(/organizations\[0\]: unknown organizations id "cong-ty-b"/);
  });
});

/*
 * The incremental build: after an editor's edits (one entry's prose, one entry's facts, one
 * new entry), a build that reuses the last build's cache must write a dist/ byte-identical to
 * a cold build of the same content, and must have reused pages (else it proves nothing).
 */
const work = mkdtempSync(join(tmpdir(), 'vdp-incremental-'));
const content = join(work, 'content');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The cache holds a copy of every page: drop it with the tree.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
}, 60_000);

/** `npm run build`'s steps into `outDir`; `cold` ignores every cache (`--force`). Returns each step's log. */
function build(outDir: string, cold: boolean): Record<BuildStep['name'], string> {
  const logs = { check: '', astro: '', pagefind: '' };
  for (const step of buildSteps(outDir, { force: cold })) {
    const result = spawnSync(process.execPath, step.args, {
      encoding: 'utf8',
      env: { ...process.env, VDP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://example.org' },
    });
    expect(result.status, `${step.name}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`).toBe(0);
    logs[step.name] = stripVTControlCharacters(result.stdout);
  }
  return logs;
}

const UNCHANGED_CHECK = 'unchanged since the last content check';
const UNCHANGED_INDEX = 'unchanged since the last index';
/** Whether the index step copied a language's last index instead of indexing it (`scripts/index-search.ts`). */
const copiedIndex = (log: string, lang: string) =>
  new RegExp(`Search index, ${lang}: the \\d+ pages are ${UNCHANGED_INDEX}; copied it`).test(log);
const KEPT_OUTPUT = 'nothing it reads changed since it built';
/** The index step found the searchable pages and the index as it left them in this folder, and read nothing. */
const KEPT_INDEX = 'as the last index left them; kept it';

describe('incremental build', () => {
  test('after edits to prose, facts and a new entry, writes what a cold build writes', () => {
    writeSyntheticContent(content, 40, 40);
    build(join(work, 'first'), true);
    for (const edit of EDITS) edit.apply(content);

    const incremental = build(join(work, 'incremental'), false);
    const cold = build(join(work, 'cold'), true);

    expect(treeDifferences(join(work, 'cold'), join(work, 'incremental'))).toEqual([]);
    expect(copiedOutputs(cold.astro)).toBe(0);
    // Most pages are reused; the edited entries and the pages that show them are rendered.
    expect(copiedOutputs(incremental.astro)).toBeGreaterThan(renderedPages(incremental.astro));
    expect(renderedPages(incremental.astro)).toBeGreaterThanOrEqual(EDITS.length);
    // Changed content is checked and indexed again.
    expect(incremental.check).not.toContain(UNCHANGED_CHECK);
    expect(incremental.pagefind).not.toContain(UNCHANGED_INDEX);
    expect(cold.pagefind).not.toContain(UNCHANGED_INDEX);
  });

  test('with nothing changed, reuses every page, the check and the search index, and writes the same', () => {
    const again = build(join(work, 'again'), false);
    // Only the pages without a cache key (the root redirect and the 404 pages) are rendered.
    const renderedPaths = [...again.astro.matchAll(/(\S+\.html) \(\+\d/g)].map((m) => m[1] ?? '').sort();
    expect(renderedPaths.length).toBeLessThanOrEqual(4);
    expect(
      renderedPaths.filter((path) => !/^\/(?:(?:vi|en)\/)?(?:404\/)?(?:404\.html|index\.html)$/.test(path)),
    ).toEqual([]);
    // The citation files and card images have keys too: none is made again, each is copied.
    expect(again.astro).not.toMatch(/(?:cite\.(?:bib|ris|json)\/?|\.png) \(\+\d/);
    expect(again.astro).toMatch(/cite\.ris\/? \((?:cached|restored)\)/);
    expect(again.astro).toMatch(/\.png \((?:cached|restored)\)/);
    expect(again.check).toContain(UNCHANGED_CHECK);
    for (const lang of LANGS) expect(copiedIndex(again.pagefind, lang), lang).toBe(true);
    expect(again.astro).not.toContain(KEPT_OUTPUT);
    expect(treeDifferences(join(work, 'cold'), join(work, 'again'))).toEqual([]);
  });

  test('with nothing changed since it built the same folder, runs neither Astro nor Pagefind; a file removed there is made again', () => {
    const dir = join(work, 'again');
    const page = join(dir, 'vi', 'index.html');
    const indexFile = join(dir, 'pagefind', 'pagefind-entry.json');
    const written = statSync(page).mtimeMs;
    const indexed = statSync(indexFile).mtimeMs;
    const kept = build(dir, false);
    expect(kept.astro).toContain(KEPT_OUTPUT);
    expect(renderedPages(kept.astro) + copiedOutputs(kept.astro)).toBe(0);
    expect(statSync(page).mtimeMs).toBe(written);
    // The index is left in place: not made, not copied from the last one.
    expect(kept.pagefind).toContain(KEPT_INDEX);
    for (const lang of LANGS) expect(copiedIndex(kept.pagefind, lang), lang).toBe(false);
    expect(statSync(indexFile).mtimeMs).toBe(indexed);
    expect(treeDifferences(join(work, 'cold'), dir)).toEqual([]);

    rmSync(page);
    const mended = build(dir, false);
    expect(mended.astro).not.toContain(KEPT_OUTPUT);
    expect(existsSync(page)).toBe(true);
    expect(treeDifferences(join(work, 'cold'), dir)).toEqual([]);
  });

  test("after an entry is removed, builds the folder it built last in place: unchanged pages stay, the entry's pages go", () => {
    const dir = join(work, 'again');
    const modified = (path: string) => statSync(join(dir, path)).mtimeMs;
    const before = new Map(filesUnder(dir, '.', (path) => !path.startsWith('pagefind/')).map((p) => [p, modified(p)]));
    rmSync(join(content, 'events', 'event-added'), { recursive: true });
    const inPlace = build(dir, false);
    expect(inPlace.astro).toMatch(/built \S+ in place; removed [1-9]\d* files? no page makes/);
    // Every page Astro did not render is left as it was, not copied from the cache.
    expect(inPlace.astro).not.toMatch(/\(restored\)/);
    const untouched = [...before].filter(([path, time]) => existsSync(join(dir, path)) && modified(path) === time);
    expect(untouched.length).toBeGreaterThan(renderedPages(inPlace.astro));
    expect(untouched.length).toBe(copiedOutputs(inPlace.astro));
    expect(readdirSync(dir, { recursive: true }).filter((path) => String(path).includes('event-added'))).toEqual([]);
    build(join(work, 'cold-removed'), true);
    expect(treeDifferences(join(work, 'cold-removed'), dir)).toEqual([]);
  });

  test('builds a folder from empty when another folder was built from the cache since', () => {
    const dir = join(work, 'again');
    // A sentence added to one entry's Vietnamese text: only the Vietnamese index is made again.
    EDITS.find((edit) => edit.name === 'prose')!.apply(content);
    const other = join(work, 'other');
    const edited = build(other, false);
    expect(copiedIndex(edited.pagefind, 'en')).toBe(true);
    expect(copiedIndex(edited.pagefind, 'vi')).toBe(false);
    build(join(work, 'cold-prose'), true);
    expect(treeDifferences(join(work, 'cold-prose'), other)).toEqual([]);
    // The cache's keys now match the edited page, which this folder holds in its old version.
    const again = build(dir, false);
    expect(again.astro).not.toContain('in place');
    expect(again.astro).toMatch(/\(restored\)/);
    expect(treeDifferences(other, dir)).toEqual([]);
  });

  test('with an index file removed, or a searchable page touched, copies the last index instead of keeping the folder as it is', () => {
    const dir = join(work, 'again');
    const [fragment] = filesUnder(dir, 'pagefind', (path) => path.includes('/fragment/'));
    rmSync(join(dir, fragment!));
    const mended = build(dir, false);
    expect(mended.pagefind).not.toContain(KEPT_INDEX);
    for (const lang of LANGS) expect(copiedIndex(mended.pagefind, lang), lang).toBe(true);
    expect(treeDifferences(join(work, 'cold-prose'), dir)).toEqual([]);

    // Touched: the same bytes at a later time. The pages are read again, found unchanged, and the index copied.
    const page = join(dir, 'en', 'events', 'index.html');
    writeFileSync(page, readFileSync(page));
    const indexStep = buildSteps(dir).find((step) => step.name === 'pagefind')!.args;
    const env = { ...process.env, VDP_CONTENT_DIR: content };
    const touched = spawnSync(process.execPath, indexStep, { encoding: 'utf8', env });
    expect(touched.status, touched.stderr).toBe(0);
    expect(touched.stdout).not.toContain(KEPT_INDEX);
    for (const lang of LANGS) expect(copiedIndex(touched.stdout, lang), lang).toBe(true);
    expect(treeDifferences(join(work, 'cold-prose'), dir)).toEqual([]);
    // What it left is recorded: run again, it keeps the folder as it is.
    const again = spawnSync(process.execPath, indexStep, { encoding: 'utf8', env });
    expect(again.stdout).toContain(KEPT_INDEX);
  });
});
