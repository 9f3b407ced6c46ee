/**
 * The benchmark's synthetic content must pass the project's own content check
 * at every size from the smallest up: it used to fail at 50 entries (a
 * district given place 1, itself, as parent) and below 40 (references to
 * organizations that were never written).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countsFor, MIN_SYNTHETIC_ENTRIES, writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { editFacts } from '../../scripts/lib/synthetic-history.ts';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';

const root = mkdtempSync(join(tmpdir(), 'vdp-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

/** Every problem the real check (scripts/check-content.ts) finds in a tree of `size` entries. */
async function problemsAt(size: number, edited = false): Promise<{ entries: number; problems: string[] }> {
  const dir = join(root, `${size}${edited ? '-edited' : ''}`);
  writeSyntheticContent(dir, size, size);
  if (edited)
    for (const collection of readdirSync(dir))
      for (const id of readdirSync(join(dir, collection))) {
        const file = join(dir, collection, id, 'facts.yaml');
        writeFileSync(file, editFacts(collection, readFileSync(file, 'utf8')));
      }
  const { entries, problems } = await loadContentTree(dir);
  problems.push(...(await checkIntegrity(entries)));
  rmSync(dir, { recursive: true, force: true });
  return { entries: entries.length, problems: problems.map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`) };
}

describe('countsFor', () => {
  test('splits every size from the minimum up into exactly that many entries, at least one per collection', () => {
    for (let size = MIN_SYNTHETIC_ENTRIES; size <= 20_000; size += 1) {
      const counts = countsFor(size);
      const values = Object.values(counts);
      expect(
        values.reduce((a, b) => a + b, 0),
        `size ${size}`,
      ).toBe(size);
      expect(Math.min(...values), `size ${size}`).toBeGreaterThanOrEqual(1);
      expect(counts.places, `size ${size}`).toBeGreaterThanOrEqual(2);
      expect(counts.organizations, `size ${size}`).toBeGreaterThanOrEqual(2);
    }
  });

  test('keeps the split earlier benchmarks measured from 100 entries up', () => {
    expect(countsFor(1000)).toEqual({
      sources: 79,
      themes: 11,
      places: 99,
      organizations: 119,
      people: 99,
      documents: 69,
      partnerships: 148,
      events: 376,
    });
  });

  test('refuses a size too small for a valid tree', () => {
    expect(() => countsFor(MIN_SYNTHETIC_ENTRIES - 1)).toThrow(/at least 10 entries/);
  });
});

describe('writeSyntheticContent', () => {
  // Every size where a collection holds only a few entries (the edge cases), then a sample above.
  const sizes = [
    ...Array.from({ length: 51 }, (_, i) => MIN_SYNTHETIC_ENTRIES + i),
    ...Array.from({ length: 6 }, (_, i) => 70 + 10 * i),
    250,
  ];
  test.each(sizes)('writes %i entries that pass the content check', async (size) => {
    const { entries, problems } = await problemsAt(size);
    expect(problems).toEqual([]);
    expect(entries).toBe(size);
  });
});

describe('editFacts (the history the benchmark writes)', () => {
  test('keeps every facts file valid once edited', async () => {
    const { problems } = await problemsAt(250, true);
    expect(problems).toEqual([]);
  });

  test('grows a figure of 0 to 1, not to "01" (which failed the check at 50,000 entries)', () => {
    const facts = 'level: province\nfigures:\n  - value: 0\n    label: { vi: x, en: x }\n';
    expect(editFacts('places', facts)).toContain('  - value: 1\n');
    expect(editFacts('places', facts.replace('value: 0', 'value: 1999'))).toContain('  - value: 2000\n');
  });

  test('changes a value in every collection but themes', () => {
    const dir = join(root, 'one-of-each');
    writeSyntheticContent(dir, 100, 100);
    for (const collection of readdirSync(dir)) {
      const [id] = readdirSync(join(dir, collection));
      const facts = readFileSync(join(dir, collection, id ?? '', 'facts.yaml'), 'utf8');
      expect(editFacts(collection, facts) !== facts, collection).toBe(collection !== 'themes');
    }
  });
});
