import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import type { Graph } from '../../src/lib/graph.ts';
import { partnershipMatrix } from '../../src/lib/matrix.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('partnershipMatrix', () => {
  test('builds the matrix in time linear in the partnerships, not per cell', async () => {
    // Reference lookups made for the matrix of a small and a 4× larger synthetic record.
    const lookups = async (size: number) => {
      const root = mkdtempSync(join(tmpdir(), 'vdp-matrix-'));
      writeSyntheticContent(root, size, 7);
      const big = await loadGraph(root);
      let calls = 0;
      const counting: Graph = Object.assign(Object.create(big) as Graph, {
        resolve: ((ref) => {
          calls += 1;
          return big.resolve(ref);
        }) as Graph['resolve'],
      });
      partnershipMatrix(counting, 'vi');
      return calls;
    };
    const [small, large] = [await lookups(100), await lookups(400)];
    expect(small).toBeGreaterThan(0);
    // Linear: about 4×. One pass per cell, as before, made it 16×.
    expect(large / small).toBeLessThan(6);
  }, 60_000);
  test('returns the partner × locality matrix with themes', () => {
    const matrix = partnershipMatrix(graph, 'en');
    expect(matrix.columns.map((c) => c.text)).toEqual(['Test Company']);
    expect(matrix.rows[0]?.cells[0]?.themes.map((t) => t.text)).toEqual(['Test theme']);
  });
});
