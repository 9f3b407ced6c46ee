import { describe, expect, test } from 'vitest';
import { evidenceOf } from '../../../src/lib/timeline/evidence.ts';
import { sampleGraph } from './sample.ts';

describe('evidenceOf', () => {
  test("returns the dates of a partnership's events and dated sources, never an unknown one", () => {
    const graph = sampleGraph();
    const whens = evidenceOf(graph, graph.get('partnerships', 'hop-tac-mo')!);
    expect(whens.map((w) => w.edtf).sort()).toEqual(['2020-10-05', '2020-10-08']);
  });
});
