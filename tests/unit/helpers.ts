/** Shared test helpers: load a content tree from disk into the model, as the build does. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { splitDrafts } from '../../src/lib/drafts.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import { NO_HISTORY, type GitHistory } from '../../src/lib/git.ts';
import { buildGraph, type Graph } from '../../src/lib/graph.ts';
import { checkIntegrity, type Problem } from '../../src/lib/integrity.ts';

export const VALID_FIXTURE = 'tests/fixtures/valid-minimal/content';

/** Loads and checks a tree; throws if it has problems. */
export async function loadGraph(root: string, history: GitHistory = NO_HISTORY): Promise<Graph> {
  const { entries, problems } = await loadContentTree(root);
  problems.push(...(await checkIntegrity(entries)));
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  return buildGraph(await buildEntries(splitDrafts(entries).published, history));
}

/** A copy of the valid fixture in a temporary directory, with a case's files laid over it if given. */
export function overlayFixture(caseDir?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vdp-case-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  if (caseDir) cpSync(join(caseDir, 'content'), dir, { recursive: true });
  return dir;
}

/** Every problem the checker finds in a tree. */
export async function problemsIn(root: string): Promise<Problem[]> {
  const { entries, problems } = await loadContentTree(root);
  return [...problems, ...(await checkIntegrity(entries))];
}
