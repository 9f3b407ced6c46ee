/**
 * The only module that calls `getCollection()`. It loads facts and prose,
 * runs the integrity checks (failing the build with every problem listed),
 * and returns the content graph. The result is memoised: one load per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CONTENT_DIR as root } from '../core/config.ts';
import { classifyContentPath } from './content-files.ts';
import { bodyLineIn, listFiles } from './content-loader.ts';
import { readGitHistory } from './git.ts';
import { readRecordHistory, type RecordHistory } from './history.ts';
import { buildGraph, type Graph } from './graph.ts';
import { checkIntegrity, formatProblems, type EntryInput, type Problem, type ProseInput } from './integrity.ts';
import { splitDrafts, type Draft } from './drafts.ts';
import { buildEntries } from './entries.ts';
import { keyOf } from './model.ts';
import { COLLECTIONS, type CollectionName, type Lang } from '../core/vocabulary.ts';

export interface Content {
  /** The published record: every entry but drafts. */
  graph: Graph;
  /** Entries marked `draft: true`: checked, listed for editors, not published. */
  drafts: Draft[];
  /** Prose entries by `ProseMeta.key`, for `render()`. */
  prose: Map<string, CollectionEntry<'prose'>>;
  /** Every entry's revisions, from the content's one `git log` (none without git). */
  history: RecordHistory;
}

let loading: Promise<Content> | undefined;

/**
 * Astro gives data entries absolute paths and content entries relative ones.
 * Messages use paths relative to the project, or absolute ones outside it.
 */
function projectPath(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  return (inside.startsWith('..') ? absolute : inside).split('\\').join('/');
}

/** Loads, checks and links all content once. */
export function loadContent(): Promise<Content> {
  loading ??= load();
  return loading;
}

/** Files under the content root that no collection loaded. */
async function strayFiles(loaded: Set<string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const path of await listFiles(root)) {
    const kind = classifyContentPath(path);
    const file = projectPath(`${root}/${path}`);
    if (kind.kind === 'stray')
      problems.push({ file, field: '(file)', message: `this file is not loaded by any collection. Fix: ${kind.fix}` });
    else if (!loaded.has(file))
      problems.push({ file, field: '(file)', message: 'this file was not loaded. Fix: check its name and folder.' });
  }
  return problems;
}

/**
 * Astro keeps the body without its front matter. Messages point at lines of
 * the file, so the body's first line is read from the file, only when a
 * message asks for it (a build of 20,000 prose files reads none).
 */
function proseInput(file: string, entry: CollectionEntry<'prose'>): ProseInput {
  const body = entry.body ?? '';
  let line: number | undefined;
  return {
    file,
    data: entry.data,
    body,
    get bodyLine() {
      line ??= bodyLineIn(readFileSync(file, 'utf8'), body);
      return line;
    },
  };
}

async function load(): Promise<Content> {
  const proseEntries = await getCollection('prose');
  const prose = new Map(proseEntries.map((entry) => [entry.id, entry]));
  const inputs: EntryInput[] = [];
  const loaded = new Set<string>();
  for (const collection of COLLECTIONS) {
    for (const entry of await getCollection(collection)) {
      const input: EntryInput = {
        collection,
        id: entry.id,
        factsFile: entry.filePath ? projectPath(entry.filePath) : `${root}/${collection}/${entry.id}/facts.yaml`,
        facts: entry.data as Record<string, unknown>,
        factsStatus: 'ok',
        prose: {},
      };
      loaded.add(input.factsFile);
      inputs.push(input);
    }
  }
  const byKey = new Map(inputs.map((input) => [keyOf(input.collection, input.id), input]));
  for (const entry of proseEntries) {
    const [collection, id, lang] = entry.id.split('/') as [CollectionName, string, Lang];
    const file = entry.filePath ? projectPath(entry.filePath) : `${root}/${entry.id}.mdx`;
    loaded.add(file);
    let input = byKey.get(keyOf(collection, id));
    if (!input) {
      input = {
        collection,
        id,
        factsFile: `${root}/${collection}/${id}/facts.yaml`,
        facts: null,
        factsStatus: 'missing',
        prose: {},
      };
      byKey.set(keyOf(collection, id), input);
      inputs.push(input);
    }
    input.prose[lang] = proseInput(file, entry);
  }

  const problems = [...(await strayFiles(loaded)), ...(await checkIntegrity(inputs))];
  if (problems.length > 0) {
    throw new Error(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
    );
  }

  const { published, drafts } = splitDrafts(inputs);
  const entries = await buildEntries(published, readGitHistory(root));
  return { graph: buildGraph(entries), drafts, prose, history: readRecordHistory(root) };
}
