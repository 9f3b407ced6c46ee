/**
 * Every module of src/lib and src/core has a unit test file that imports it
 * (issue 14 §7: one test file per module). A module counts as tested when
 * some `tests/unit/**\/*.test.ts` file imports it with a value import
 * (static, side-effect or dynamic `import()`), found by reading the test
 * files' import specifiers, so tests may live anywhere under tests/unit and
 * modules may move: what matters is which file imports which module. Type-only
 * imports and shared helpers (helpers.ts, sample-record.ts) do not count. A
 * module that only re-exports others (an `index.ts`) counts as tested when
 * every module it re-exports is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MODULE_DIRS = ['src/lib', 'src/core'];
const TEST_DIR = 'tests/unit';

/** Modules without a unit test file of their own, and why. */
const EXCEPTIONS: Record<string, string> = {
  'src/lib/content.ts':
    "queries Astro's content layer (astro:content getCollection), which exists only inside an Astro build; " +
    'the fixture builds (tests/integration/fixture-build.test.ts) cover it, and the modules it calls have unit tests',
  'src/lib/timeline/types.ts':
    'type declarations only (the timeline data the browser element reads); nothing runs, and the type checker holds it',
};

/** Files under `dir` (relative to the project) whose names end with `suffix`. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(dir, file).split('\\').join('/'))
    .sort();
}

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);

/** An import that brings values (or runs the module), not only types. */
function isValueImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true; // import './x.ts'
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/** Project files (relative paths) that `file` imports as values, from its relative import specifiers. */
function valueImportsOf(file: string): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && isValueImport(node)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(ROOT, resolve(ROOT, dirname(file), specifier))
        .split('\\')
        .join('/'),
    );
}

/** The modules a module re-exports, when re-exporting is all it does (a barrel); null otherwise. */
function barrelTargets(file: string): string[] | null {
  const source = parse(file);
  const reexports = source.statements.every(
    (statement) =>
      (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true),
  );
  return reexports && source.statements.length > 0 ? valueImportsOf(file) : null;
}

const modules = MODULE_DIRS.flatMap((dir) => filesUnder(dir, '.ts')).filter((file) => !file.endsWith('.d.ts'));
const testFiles = filesUnder(TEST_DIR, '.test.ts');

/** Module → the test files that import it. */
const testsOf = new Map<string, string[]>(modules.map((module) => [module, []]));
for (const testFile of testFiles) {
  for (const imported of valueImportsOf(testFile)) testsOf.get(imported)?.push(testFile);
}

function isTested(module: string, seen = new Set<string>()): boolean {
  if ((testsOf.get(module) ?? []).length > 0) return true;
  if (seen.has(module)) return false;
  seen.add(module);
  const targets = barrelTargets(module);
  return targets !== null && targets.length > 0 && targets.every((target) => isTested(target, seen));
}

/** Where a module's test file goes: src/lib/pages/entry.ts → tests/unit/pages/entry.test.ts. */
const mirror = (module: string): string =>
  module.replace(/^src\/(lib|core)\//, `${TEST_DIR}/`).replace(/\.ts$/, '.test.ts');

describe('valueImportsOf', () => {
  test('returns value, side-effect and dynamic imports resolved from the file, leaving out type-only ones', () => {
    expect(valueImportsOf('tests/unit/hierarchy.test.ts')).toContain('src/lib/hierarchy.ts');
    // hierarchy.test.ts imports model.ts for a type only.
    expect(valueImportsOf('tests/unit/hierarchy.test.ts')).not.toContain('src/lib/model.ts');
    expect(valueImportsOf('tests/unit/config.test.ts')).toContain('src/core/config.ts');
    expect(valueImportsOf('tests/unit/pages/card.test.ts')).toContain('src/lib/pages/card.ts');
  });
});

describe('test files per module', () => {
  test('returns a test file importing each module of src/lib and src/core, or a stated exception', () => {
    const untested = modules
      .filter((module) => !(module in EXCEPTIONS) && !isTested(module))
      .map((module) => `${module}: no file in ${TEST_DIR} imports it (add ${mirror(module)})`);
    expect(untested).toEqual([]);
  });

  test('returns exceptions only for modules that exist and have no test file', () => {
    for (const module of Object.keys(EXCEPTIONS)) {
      expect(modules, `${module} is listed as an exception but does not exist`).toContain(module);
      expect(isTested(module), `${module} is listed as an exception but a test file imports it`).toBe(false);
    }
  });

  test('finds the modules and the test files it checks', () => {
    expect(modules).toContain('src/lib/graph.ts');
    expect(modules).toContain('src/core/dates.ts');
    expect(modules).toContain('src/lib/pages/entry.ts');
    expect(testFiles).toContain('tests/unit/pages/entry.test.ts');
    expect(testsOf.get('src/lib/pages/entry.ts')).toContain('tests/unit/pages/entry.test.ts');
  });
});
