/**
 * Reads a content tree straight from disk, without Astro, for
 * `npm run check:content` and the fixture tests. Validates with the same
 * schema factories as `src/content.config.ts` and collects every problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_SCHEMAS, plainRef, proseSchema } from '../schemas/index.ts';
import { classifyContentPath, contentFilePath } from './content-files.ts';
import type { EntryInput, Problem } from './integrity.ts';
import type { CollectionName } from './routes.ts';

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
        : `a ${typeof value}`;

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
    return `must be ${issue.expected === 'array' ? 'a list such as [a, b]' : `a ${issue.expected}`}, but is ${typeName(issue.input)}. Fix: check the format against the template (\`npm run new\`).`;
  }
  return `${issue.message}.`;
}

/**
 * A dotted field path for an issue path.
 * @example fieldPath(['figures', 0, 'date']) // 'figures[0].date'
 */
export function fieldPath(path: PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return (error.issues as Issue[]).map((issue) => {
    const path =
      issue.code === 'unrecognized_keys' && issue.keys?.length === 1
        ? [...issue.path, issue.keys[0] as string]
        : issue.path;
    return { file, field: fieldPath(path) || '(file)', message: describeIssue(issue) };
  });
}

/** Parses YAML; `firstLine` is the file line the text starts on, so messages point at file lines. */
function parseYaml(file: string, text: string, problems: Problem[], firstLine = 1): unknown {
  try {
    return yaml.load(text) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    problems.push({
      file,
      field: mark ? `line ${mark.line + firstLine}` : '(file)',
      message: `YAML syntax error: ${(error as { reason?: string }).reason ?? String(error)}. Fix: check indentation and quote values that contain ": " or start with a special character.`,
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

/** Splits an MDX file into front matter text and body. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : { frontmatter: null, body: text };
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
    const text = await readFile(file, 'utf8');
    const entry = entryFor(kind.collection, kind.id);
    if (kind.kind === 'facts') {
      entry.factsStatus = 'invalid';
      const data = parseYaml(file, text, problems);
      if (data === undefined) continue;
      const result = FACT_SCHEMAS[kind.collection](plainRef).safeParse(data, { reportInput: true });
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
