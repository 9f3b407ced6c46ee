import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { FACT_SCHEMAS, plainRef } from '../../src/schemas/index.ts';
import { COLLECTIONS } from '../../src/lib/routes.ts';
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
  test.each(COLLECTIONS)('scaffolds a %s entry that passes the checks unchanged', async (collection) => {
    const root = overlayFixture();
    execFileSync(process.execPath, ['scripts/new-entry.ts', collection, 'muc-moi', '--root', root], { stdio: 'pipe' });
    expect(await problemsIn(root)).toEqual([]);
  });
  test('refuses an invalid id and an existing entry', () => {
    const root = overlayFixture();
    expect(() =>
      execFileSync(process.execPath, ['scripts/new-entry.ts', 'events', 'Bad Id', '--root', root], { stdio: 'pipe' }),
    ).toThrow(/Invalid id/);
    expect(() =>
      execFileSync(process.execPath, ['scripts/new-entry.ts', 'events', 'su-kien-a', '--root', root], {
        stdio: 'pipe',
      }),
    ).toThrow(/already exists/);
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
