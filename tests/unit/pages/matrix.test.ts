import { describe, expect, test } from 'vitest';
import { matrixPage } from '../../../src/lib/pages/matrix.ts';
import { fixtureGraph } from './fixture.ts';

describe('matrixPage', () => {
  test('puts each partnership in its company column and locality row', async () => {
    const data = matrixPage(await fixtureGraph(), { kind: 'page', lang: 'en', page: 'matrix' });
    expect(data.matrix.columns.map((c) => c.id)).toEqual(['cong-ty-a']);
    expect(data.matrix.rows.map((r) => r.locality.id)).toEqual(['tinh-a']);
    expect(data.matrix.rows[0]?.cells[0]?.partnerships.map((p) => p.id)).toEqual(['hop-tac-a']);
    expect(data.matrix.rows[0]?.cells[0]?.themes.map((t) => t.id)).toEqual(['chu-de-a']);
  });
});
