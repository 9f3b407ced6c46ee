/**
 * One fixture per bad-input case (tests/fixtures/cases/<case>/): its files are
 * laid over the valid minimal tree and the checker must report exactly the
 * expected file and field, with a message that says what to fix.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/integrity.ts';
import { overlayFixture, problemsIn, VALID_FIXTURE } from './helpers.ts';

const CASES_DIR = 'tests/fixtures/cases';
const cases = readdirSync(CASES_DIR).sort();

interface Expected {
  file: string;
  field: string;
  message: string;
}

describe('content checker on fixtures', () => {
  test('returns no problem for the valid minimal fixture', async () => {
    expect(await problemsIn(VALID_FIXTURE)).toEqual([]);
  });

  test('covers every bad-input case the issue lists', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'unknown-reference',
        'duplicate-id',
        'invalid-date',
        'reversed-range',
        'event-outside-period',
        'missing-source',
        'stray-file',
        'non-nfc',
        'no-prose',
        // Prose is data (issue 12 §3): one case per class the prose rule refuses.
        'mdx-expression',
        'mdx-export',
        'mdx-import',
        'mdx-script',
        'mdx-iframe',
        'mdx-event-attribute',
        'mdx-javascript-link',
        'mdx-expression-attribute',
        'mdx-unknown-element',
        'mdx-image',
        // Evidence (issue 13): each way a claim can lack support, and each parity difference.
        'evidence-missing',
        'evidence-parent-unsupported',
        'evidence-unlisted-source',
        'evidence-too-long',
        'evidence-not-a-claim',
        'evidence-for-not-stated',
        'evidence-uncertain-unexplained',
        'evidence-inferred-as-certain',
        'evidence-figure-without-quote',
        'parity-sources',
        'parity-numbers',
        'parity-quotations',
        'parity-stale-exception',
      ]),
    );
  });

  test.each(cases)('returns the expected file, field and fix for %s', async (name) => {
    const root = overlayFixture(join(CASES_DIR, name));
    const expected = JSON.parse(readFileSync(join(CASES_DIR, name, 'expected.json'), 'utf8')) as Expected[];
    const problems = await problemsIn(root);
    const matched = new Set<object>();
    for (const want of expected) {
      const match = problems.find(
        (p) => p.file === `${root}/${want.file}` && p.field === want.field && p.message.includes(want.message),
      );
      expect(match, `${want.file} › ${want.field}: ${want.message}\n\ngot:\n${formatProblems(problems)}`).toBeDefined();
      expect(match?.message).toMatch(/Fix:/);
      if (match) matched.add(match);
    }
    // Nothing else is wrong in the fixture: each case isolates its problem.
    expect(problems.length).toBe(matched.size);
  });

  test('returns every problem of several cases in one run', async () => {
    const root = overlayFixture(join(CASES_DIR, 'unknown-reference'));
    const more = overlayFixture(join(CASES_DIR, 'stray-file'));
    execFileSync('cp', ['-r', `${more}/events/su-kien-a/ghi-chu.md`, `${root}/events/su-kien-a/`]);
    execFileSync('cp', ['-r', `${overlayFixture(join(CASES_DIR, 'no-prose'))}/events/su-kien-c`, `${root}/events/`]);
    const fields = (await problemsIn(root)).map((p) => `${p.file.slice(root.length + 1)} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'events/su-kien-a/facts.yaml organizations[0]',
        'events/su-kien-a/ghi-chu.md (file)',
        'events/su-kien-c/facts.yaml prose',
      ]),
    );
  });
});

describe('npm run check:content', () => {
  const run = (root: string) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };
  test('exits 0 and reports the number of entries for a valid tree', () => {
    const { code, out } = run(VALID_FIXTURE);
    expect(code).toBe(0);
    expect(out).toMatch(/✔ 11 entries/);
  });
  test('exits 1 and names the file, the field and the fix', () => {
    const root = overlayFixture(join(CASES_DIR, 'invalid-date'));
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain(`✖ ${root}/events/su-kien-a/facts.yaml`);
    expect(out).toMatch(/date: "2022-13" has month 13: months run from 01 to 12\. Fix: /);
    expect(out).toMatch(/1 problem in /);
  });
});
