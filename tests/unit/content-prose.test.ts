/**
 * The published prose is data (issue 12 §3): no file in src/content uses an
 * expression, an import or an export, or anything else the prose rule
 * refuses. Walks the real files with the rule module the build applies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/yaml.ts';
import { parseProse, proseViolations, type MdxNode } from '../../src/lib/prose-rules.ts';

const CONTENT = 'src/content';
const files = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const bodyOf = (file: string) => splitFrontmatter(readFileSync(file, 'utf8')).body;

/** Node types of a parsed body that would be code: ESM and expressions, however nested. */
function codeIn(node: MdxNode): string[] {
  const own = /^mdxjsEsm$|Expression/.test(node.type) ? [node.type] : [];
  const attributes = (node.attributes ?? []).filter((a) => a.type !== 'mdxJsxAttribute' || typeof a.value === 'object');
  return [...own, ...attributes.map(() => 'expression attribute'), ...(node.children ?? []).flatMap(codeIn)];
}

describe('prose in src/content', () => {
  test('has prose files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  test('no file uses an expression, an import or an export', () => {
    const found = files.flatMap((file) => codeIn(parseProse(bodyOf(file))).map((type) => `${file}: ${type}`));
    expect(found).toEqual([]);
  });

  test('no file breaks the prose rule', () => {
    const found = files.flatMap((file) =>
      proseViolations(bodyOf(file)).map((v) => `${file}, body line ${v.line}: ${v.found}`),
    );
    expect(found).toEqual([]);
  });
});
