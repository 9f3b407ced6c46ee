/**
 * Layers point down only: the lint configuration refuses an upward import
 * (a schema or UI string importing src/lib, src/core importing anything of
 * the project), and the code as it stands passes it.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layers', () => {
  test.each([
    ['src/schemas/example.ts', "import { SECTION } from '../lib/routes.ts';"],
    ['src/i18n/example.ts', "import { formatWhen } from '../lib/date-format.ts';"],
    ['src/core/example.ts', "import { en } from '../i18n/en.ts';"],
    ['src/core/example.ts', "import type { Ref } from '../schemas/index.ts';"],
  ])('refuses an upward import in %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const x = 1;\n`)).toHaveLength(1);
  });

  test.each([
    ['src/schemas/example.ts', "import { parseWhen } from '../core/dates.ts';"],
    ['src/i18n/example.ts', "import { LANGS } from '../core/vocabulary.ts';"],
    ['src/lib/example.ts', "import { en } from '../i18n/en.ts';"],
  ])('allows a downward import in %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const x = 1;\n`)).toEqual([]);
  });
});
