/**
 * The stamps that let `npm run build` skip work: it builds cold when the code changed since its
 * cache was made (never because content did), and skips the check and the index on inputs they
 * have seen.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheIsStale, codeDigest, digestFiles, filesUnder, recordDigest } from '../../scripts/lib/code-digest.ts';

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
