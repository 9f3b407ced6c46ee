import { describe, expect, test } from 'vitest';
import { aboutPage } from '../../../src/lib/pages/about.ts';
import { fixtureGraph } from './fixture.ts';

describe('aboutPage', () => {
  test('links every source in the page language', async () => {
    const data = aboutPage(await fixtureGraph(), { kind: 'page', lang: 'vi', page: 'about' });
    expect(data.sources).toEqual([expect.objectContaining({ href: '/vi/nguon/nguon-a/', id: 'nguon-a' })]);
  });
});
