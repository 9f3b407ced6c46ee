/** The partnership matrix: companies × localities. */
import type { Graph } from '../graph.ts';
import { partnershipMatrix, type Matrix } from '../matrix.ts';
import type { Route } from '../routes.ts';

export interface MatrixPageData {
  kind: 'matrix';
  route: Route & { kind: 'page' };
  matrix: Matrix;
}

export function matrixPage(graph: Graph, route: Route & { kind: 'page' }): MatrixPageData {
  return { kind: 'matrix', route, matrix: partnershipMatrix(graph, route.lang) };
}
