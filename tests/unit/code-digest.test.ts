/**
 * The stamps that let `npm run build` skip work: it builds cold when the code changed since its
 * cache was made (never because content did), and skips the check and the index on inputs they
 * have seen.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  astroInputsDigest,
  cacheIsStale,
  codeDigest,
  digestFiles,
  filesUnder,
  outputFingerprint,
  recordDigest,
} from '../../scripts/lib/code-digest.ts';

const root = mkdtempSync(join(tmpdir(), 'vdp-code-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const base = {
  'package-lock.json': '{}',
  'astro.config.mjs': 'export default {}',
  'src/schemas/events.ts': 'export const a = 1;',
  'src/content/events/e/facts.yaml': 'date: 2020',
};

describe('codeDigest', () => {
  test('changes with the code, the configuration or the lockfile, not with the content', () => {
    const digest = codeDigest(tree(base));
    expect(codeDigest(tree(base))).toBe(digest);
    expect(codeDigest(tree({ ...base, 'src/content/events/e/facts.yaml': 'date: 2021' }))).toBe(digest);
    expect(codeDigest(tree({ ...base, 'src/content/events/f/vi.mdx': 'new entry' }))).toBe(digest);
    expect(codeDigest(tree({ ...base, 'src/schemas/events.ts': 'export const a = 2;' }))).not.toBe(digest);
    expect(codeDigest(tree({ ...base, 'src/lib/new.ts': '' }))).not.toBe(digest);
    expect(codeDigest(tree({ ...base, 'astro.config.mjs': 'export default { x: 1 }' }))).not.toBe(digest);
    expect(codeDigest(tree({ ...base, 'package-lock.json': '{"a":1}' }))).not.toBe(digest);
    expect(codeDigest(tree({ ...base, 'scripts/lib/font-subset.ts': 'export {};' }))).not.toBe(digest);
    // Made by the build itself, from the code above.
    expect(codeDigest(tree({ ...base, 'src/generated/fonts/a.woff2': 'x' }))).toBe(digest);
    // A file whose name starts like the content folder is code.
    expect(codeDigest(tree({ ...base, 'src/content.config.ts': 'x' }))).not.toBe(digest);
  });
});

describe('digestFiles', () => {
  test("changes with a file's bytes or name, or a file added", () => {
    const dir = tree({ 'a.html': 'A', 'b/c.html': 'C' });
    const digest = digestFiles(dir, filesUnder(dir, '.'));
    expect(filesUnder(dir, '.')).toEqual(['a.html', 'b/c.html']);
    expect(digestFiles(dir, ['a.html', 'b/c.html'])).toBe(digest);
    const other = tree({ 'a.html': 'A', 'b/c.html': 'C.' });
    expect(digestFiles(other, filesUnder(other, '.'))).not.toBe(digest);
    const renamed = tree({ 'a.html': 'A', 'b/d.html': 'C' });
    expect(digestFiles(renamed, filesUnder(renamed, '.'))).not.toBe(digest);
    const more = tree({ 'a.html': 'A', 'b/c.html': 'C', 'e.html': '' });
    expect(digestFiles(more, filesUnder(more, '.'))).not.toBe(digest);
  });
});

describe('cacheIsStale', () => {
  test('is true for a cache without a recorded digest or with another, false after recording this one', () => {
    const cache = join(root, 'cache');
    expect(cacheIsStale(cache, 'a')).toBe(true);
    recordDigest(cache, 'a');
    expect(cacheIsStale(cache, 'a')).toBe(false);
    expect(cacheIsStale(cache, 'b')).toBe(true);
    // Stamps are independent of each other.
    expect(cacheIsStale(cache, 'a', 'vdp-check-digest')).toBe(true);
    recordDigest(cache, 'c', 'vdp-check-digest');
    expect(cacheIsStale(cache, 'c', 'vdp-check-digest')).toBe(false);
    expect(cacheIsStale(cache, 'a')).toBe(false);
  });
});

describe('astroInputsDigest', () => {
  const env = { SITE_URL: 'https://example.org' };
  const git = (dir: string, ...args: string[]): void => {
    execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
      stdio: 'ignore',
    });
  };
  const digestOf = (dir: string, environment: NodeJS.ProcessEnv = env): string =>
    astroInputsDigest(join(dir, 'src/content'), environment, dir);

  test('changes with the code, the content, its history, public/ and the settings Astro reads', () => {
    const dir = tree({ ...base, 'public/favicon.svg': '<svg/>' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    const digest = digestOf(dir);
    expect(digestOf(dir)).toBe(digest);
    // A commit that leaves the content alone is not in its history.
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'elsewhere');
    expect(digestOf(dir)).toBe(digest);
    // The history pages show the content's commits: the same files under another commit are a change.
    git(dir, 'reset', '-q', '--hard', 'HEAD~1');
    git(dir, 'commit', '-q', '--amend', '-m', 'first, reworded');
    expect(digestOf(dir)).not.toBe(digest);
    const committed = digestOf(dir);
    writeFileSync(join(dir, 'src/content/events/e/facts.yaml'), 'date: 2021');
    expect(digestOf(dir)).not.toBe(committed);
    writeFileSync(join(dir, 'src/content/events/e/facts.yaml'), 'date: 2020');
    expect(digestOf(dir)).toBe(committed);
    expect(digestOf(dir, { SITE_URL: 'https://other.example.org' })).not.toBe(committed);
    expect(digestOf(dir, { ...env, REPOSITORY_URL: 'https://github.com/fork/site' })).not.toBe(committed);
    writeFileSync(join(dir, 'public/favicon.svg'), '<svg></svg>');
    expect(digestOf(dir)).not.toBe(committed);
    writeFileSync(join(dir, 'public/favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'src/schemas/events.ts'), 'export const a = 2;');
    expect(digestOf(dir)).not.toBe(committed);
  });

  test('outside a git repository, stands for the files alone', () => {
    const dir = tree(base);
    expect(digestOf(dir)).toBe(digestOf(tree(base)));
  });
});

describe('outputFingerprint', () => {
  test('changes when a file is written, touched, removed or added, except in the folders left out', () => {
    const dir = tree({ 'index.html': 'a', 'vi/index.html': 'b', 'pagefind/pagefind.js': 'c' });
    const print = outputFingerprint(dir, ['pagefind']);
    expect(outputFingerprint(dir, ['pagefind'])).toBe(print);
    writeFileSync(join(dir, 'pagefind/pagefind.js'), 'other');
    expect(outputFingerprint(dir, ['pagefind'])).toBe(print);
    utimesSync(join(dir, 'vi/index.html'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(outputFingerprint(dir, ['pagefind'])).not.toBe(print);
    const touched = outputFingerprint(dir, ['pagefind']);
    writeFileSync(join(dir, 'en.html'), '');
    expect(outputFingerprint(dir, ['pagefind'])).not.toBe(touched);
    rmSync(join(dir, 'en.html'));
    expect(outputFingerprint(dir, ['pagefind'])).toBe(touched);
    rmSync(join(dir, 'index.html'));
    expect(outputFingerprint(dir, ['pagefind'])).not.toBe(touched);
  });
});
