/**
 * Reads a content tree straight from disk, without Astro, for
 * `npm run check:content` and the fixture tests. Validates with the same
 * schema factories as `src/content.config.ts` and collects every problem.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { FACT_SCHEMAS, plainRef, proseSchema } from '../schemas/index.ts';
import { classifyContentPath, contentFilePath } from './content-files.ts';
import type { EntryInput, Problem } from './integrity.ts';
import type { CollectionName } from '../core/vocabulary.ts';
import { parseStrictYaml, splitFrontmatter, YamlSyntaxError } from './yaml.ts';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
}

const typeName = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'empty'
      : typeof value === 'object'
        ? 'a mapping'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`;

/** How to write a value of the expected type, for a value of another type. */
function typeFix(expected: string | undefined, input: unknown): string {
  if (input === null) return 'give a value, or delete the line if the field is optional.';
  if (expected === 'number') {
    return 'write the number in plain digits, such as 847 or 65.5 (no quotes, leading zeros, exponents, separators or .inf).';
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `put the value in quotes: "${String(input)}".`;
  }
  if (expected === 'boolean') return 'write true or false.';
  return 'check the format against the template (`npm run new`).';
}

/**
 * An editor-facing sentence for a schema issue.
 * @example describeIssue({ code: 'invalid_type', path: ['date'], message: '…', input: undefined }) // 'is required. Fix: add `date: …`.'
 */
export function describeIssue(issue: Issue): string {
  const field = String(issue.path.at(-1) ?? 'field');
  if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys') {
    return `is required. Fix: add \`${field}: …\`.`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}. Fix: check the spelling against the template (\`npm run new\`) or remove ${issue.keys && issue.keys.length > 1 ? 'them' : 'it'}.`;
  }
  if ('input' in issue && issue.input === null) {
    return 'is empty. Fix: give a value, or delete the line if the field is optional.';
  }
  if (issue.message.includes('Fix:') || issue.code === 'custom')
    return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  if (issue.code === 'invalid_value' && issue.values) {
    const options = issue.values.map(String);
    const guess = typeof issue.input === 'string' ? closest(issue.input, options) : null;
    return `must be one of ${options.join(', ')} (got "${String(issue.input)}"). Fix: ${guess ? `did you mean "${guess}"?` : 'use one of these values.'}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return `is too short: at least ${issue.minimum} characters (this one has ${String(issue.input ?? '').length}). Fix: write it out in full.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `is too long: at most ${issue.maximum} characters (this one has ${String(issue.input ?? '').length}). Fix: shorten it.`;
  }
  if (issue.code === 'invalid_type') {
    const found = `${typeName(issue.input)}${typeof issue.input === 'string' ? ` ("${issue.input}")` : ''}`;
    return `must be ${issue.expected === 'array' ? 'a list such as [a, b]' : `a ${issue.expected}`}, but is ${found}. Fix: ${typeFix(issue.expected, issue.input)}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array') {
    const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
    const count = Array.isArray(issue.input) ? ` (this one has ${issue.input.length})` : '';
    return `must list ${bound} item${Number(issue.minimum ?? issue.maximum) === 1 ? '' : 's'}${count}. Fix: ${issue.code === 'too_small' ? 'add the missing ids, or delete the line if the field is optional' : 'shorten the list'}.`;
  }
  return `${issue.message.replace(/\.$/, '')}. Fix: check the format against the template (\`npm run new\`).`;
}

/**
 * A dotted field path for an issue path.
 * @example fieldPath(['figures', 0, 'date']) // 'figures[0].date'
 */
export function fieldPath(path: PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/** One problem per field: the first issue Zod finds (a wrong type) is the one to fix, not the checks that follow from it. */
function schemaProblems(file: string, error: z.ZodError): Problem[] {
  const byField = new Map<string, Problem>();
  for (const issue of error.issues as Issue[]) {
    const path =
      issue.code === 'unrecognized_keys' && issue.keys?.length === 1
        ? [...issue.path, issue.keys[0] as string]
        : issue.path;
    const field = fieldPath(path) || '(file)';
    if (!byField.has(field)) byField.set(field, { file, field, message: describeIssue(issue) });
  }
  return [...byField.values()];
}

/** Parses YAML strictly (`yaml.ts`); `firstLine` is the file line the text starts on, so messages point at file lines. */
function parseYaml(file: string, text: string, problems: Problem[], firstLine = 1): unknown {
  try {
    return parseStrictYaml(text, firstLine);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    problems.push({
      file,
      field: error.line === null ? '(file)' : `line ${error.line}`,
      message: `YAML syntax error: ${error.reason}. Fix: check indentation and quote values that contain ": " or start with a special character.`,
    });
    return undefined;
  }
}

/**
 * The line of `text` (a whole prose file) on which `body` starts, where
 * `body` is the end of the file, perhaps trimmed as Astro keeps it; 1 when
 * it is not. Messages about a body add this to point at lines of the file.
 * @example bodyLineIn('---\ntitle: x\n---\n\nText\n', 'Text') // 5
 */
export function bodyLineIn(text: string, body: string): number {
  const end = text.trimEnd();
  const trimmed = body.trimEnd();
  if (!end.endsWith(trimmed)) return 1;
  return end.slice(0, end.length - trimmed.length).split('\n').length;
}

export async function listFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Loads and validates every file under `root` (a path relative to the working directory). */
export async function loadContentTree(root: string): Promise<{ entries: EntryInput[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  // One schema per collection, not per file: making a Zod schema costs more than using it.
  const schemas = new Map<CollectionName, ReturnType<(typeof FACT_SCHEMAS)[CollectionName]>>();
  const schemaFor = (collection: CollectionName) => {
    let schema = schemas.get(collection);
    if (!schema) schemas.set(collection, (schema = FACT_SCHEMAS[collection](plainRef)));
    return schema;
  };
  const entries = new Map<string, EntryInput>();
  const entryFor = (collection: CollectionName, id: string): EntryInput => {
    const key = `${collection}/${id}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        collection,
        id,
        factsFile: contentFilePath(root, { kind: 'facts', collection, id }),
        facts: null,
        factsStatus: 'missing',
        prose: {},
      };
      entries.set(key, entry);
    }
    return entry;
  };
  for (const path of await listFiles(root)) {
    const file = `${root}/${path}`;
    const kind = classifyContentPath(path);
    if (kind.kind === 'stray') {
      problems.push({ file, field: '(file)', message: `this file is not loaded by any collection. Fix: ${kind.fix}` });
      continue;
    }
    // Read synchronously: tens of thousands of small files, one at a time, are read faster without a promise each.
    const text = readFileSync(file, 'utf8');
    const entry = entryFor(kind.collection, kind.id);
    if (kind.kind === 'facts') {
      entry.factsStatus = 'invalid';
      const data = parseYaml(file, text, problems);
      if (data === undefined) continue;
      const result = schemaFor(kind.collection).safeParse(data, { reportInput: true });
      if (result.success) {
        entry.facts = result.data as Record<string, unknown>;
        entry.factsStatus = 'ok';
      } else problems.push(...schemaProblems(file, result.error));
      continue;
    }
    entry.proseFiles = [...(entry.proseFiles ?? []), kind.lang];
    const { frontmatter, body } = splitFrontmatter(text);
    if (frontmatter === null) {
      problems.push({
        file,
        field: 'front matter',
        message: 'missing. Fix: start the file with ---, title: …, summary: …, ---.',
      });
      continue;
    }
    const data = parseYaml(file, frontmatter, problems, 2);
    if (data === undefined) continue;
    const result = proseSchema.safeParse(data, { reportInput: true });
    const bodyLine = bodyLineIn(text, body);
    if (result.success) entry.prose[kind.lang] = { file, data: result.data, body, bodyLine };
    else problems.push(...schemaProblems(file, result.error));
  }
  return { entries: [...entries.values()], problems };
}
