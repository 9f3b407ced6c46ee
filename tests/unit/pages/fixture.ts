/** The valid fixture's graph, loaded once per test file, and its site origin. */
import type { Graph } from '../../../src/lib/graph.ts';
import type { GitHistory } from '../../../src/lib/git.ts';
import { loadGraph, VALID_FIXTURE } from '../helpers.ts';

export const SITE = 'https://example.org';

/** The fixture's published graph; with `history`, files have commit times. */
export const fixtureGraph = (history?: GitHistory): Promise<Graph> => loadGraph(VALID_FIXTURE, history);

/** Prose file of a fixture entry, as the loader names it. */
export const proseFile = (collection: string, id: string, lang: string): string =>
  `${VALID_FIXTURE}/${collection}/${id}/${lang}.mdx`;
