import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { sourcingPage } from '../../../src/lib/pages/sourcing.ts';
import { fixtureGraph } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

describe('sourcingPage', () => {
  test('returns a real entry’s evidence as the example, in the page’s language', () => {
    const data = sourcingPage(graph, { kind: 'page', lang: 'en', page: 'sourcing' });
    expect(data.kind).toBe('sourcing');
    expect(data.example?.entry.href).toBe('/en/partnerships/hop-tac-a/');
    expect(data.example?.evidence.length).toBeGreaterThan(0);
    expect(data.example?.evidence[0]?.translation).toMatch(/^the People/);
  });
});
