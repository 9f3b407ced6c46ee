import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { FACT_SCHEMAS, plainRef } from '../../src/schemas/index.ts';
import { COLLECTIONS } from '../../src/core/vocabulary.ts';
import { factsTemplate } from '../../scripts/lib/templates.ts';
import { overlayFixture, problemsIn } from './helpers.ts';

/** Field names a template mentions, commented out or not. */
const templateFields = (text: string) => new Set([...text.matchAll(/^#? ?([a-zA-Z]+):/gm)].map((m) => m[1]));

describe('factsTemplate', () => {
  test.each(COLLECTIONS)('lists every field of the %s schema', (collection) => {
    const schema = FACT_SCHEMAS[collection](plainRef) as unknown as {
      shape?: Record<string, unknown>;
      def?: { in?: { shape: Record<string, unknown> } };
    };
    const shape =
      schema.shape ??
      (schema as { _zod: { def: { in?: { shape: Record<string, unknown> }; shape?: Record<string, unknown> } } })._zod
        .def.in?.shape ??
      {};
    const text = factsTemplate(collection, Object.fromEntries(COLLECTIONS.map((c) => [c, 'x'])) as never) as string;
    const fields = templateFields(text);
    for (const field of Object.keys(shape)) expect(fields.has(field), `${collection}.${field}`).toBe(true);
    expect(yaml.load(text)).toBeTypeOf('object');
  });
});

describe('npm run new', () => {
  const scaffold = (root: string, collection: string, id: string) =>
    execFileSync(process.execPath, ['scripts/new-entry.ts', collection, id, '--root', root], {
      encoding: 'utf8',
      stdio: 'pipe',
    });

  test.each(COLLECTIONS)('scaffolds a %s entry as a draft that passes the checks unchanged', async (collection) => {
    const root = overlayFixture();
    expect(scaffold(root, collection, 'muc-moi')).toMatch(/Created the draft/);
    expect(readFileSync(join(root, collection, 'muc-moi', 'facts.yaml'), 'utf8')).toMatch(/^draft: true$/m);
    expect(await problemsIn(root)).toEqual([]);
  });

  test('refuses to publish the scaffold: without draft: true its example text fails, field by field', async () => {
    const root = overlayFixture();
    scaffold(root, 'events', 'muc-moi');
    const facts = join(root, 'events', 'muc-moi', 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(/^draft: true\n/m, ''));
    const problems = await problemsIn(root);
    expect(problems.map((p) => `${p.file.slice(root.length + 1)} ${p.field}`).sort()).toEqual(
      [
        'events/muc-moi/en.mdx body',
        'events/muc-moi/en.mdx summary',
        'events/muc-moi/en.mdx title',
        'events/muc-moi/vi.mdx body',
        'events/muc-moi/vi.mdx summary',
        'events/muc-moi/vi.mdx title',
        // The template's example kind is a claim like any other: published, it needs evidence.
        'events/muc-moi/facts.yaml kind',
      ].sort(),
    );
    for (const problem of problems.filter((p) => p.field !== 'kind')) {
      expect(problem.message).toMatch(/example text that `npm run new` wrote.*Fix: /);
    }
    expect(problems.find((p) => p.field === 'kind')?.message).toMatch(
      /^has no evidence\. Fix: add an item to `evidence:`/,
    );
  });

  test('refuses an invalid id', () => {
    expect(() => scaffold(overlayFixture(), 'events', 'Bad Id')).toThrow(/Invalid id/);
  });

  test('says that an existing entry exists, and where, and overwrites nothing', () => {
    const root = overlayFixture();
    const file = join(root, 'events', 'su-kien-a', 'vi.mdx');
    const before = readFileSync(file, 'utf8');
    let stderr = '';
    try {
      scaffold(root, 'events', 'su-kien-a');
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr);
    }
    expect(stderr).toContain(
      `An entry with the id "su-kien-a" already exists in ${join(root, 'events', 'su-kien-a')}/`,
    );
    expect(stderr).toContain('facts.yaml, vi.mdx');
    expect(stderr).not.toMatch(/Usage:/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('npm run fix:nfc', () => {
  test('rewrites a decomposed file so the checker passes', async () => {
    const root = overlayFixture('tests/fixtures/cases/non-nfc');
    expect((await problemsIn(root)).map((p) => p.field)).toEqual(['title']);
    const out = execFileSync(process.execPath, ['scripts/fix-nfc.ts', root], { encoding: 'utf8' });
    expect(out).toContain('events/su-kien-a/vi.mdx');
    expect(await problemsIn(root)).toEqual([]);
  });
});
