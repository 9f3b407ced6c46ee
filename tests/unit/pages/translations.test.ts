import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../src/lib/drafts.ts';
import { translationsPage } from '../../../src/lib/pages/translations.ts';
import { fixtureGraph, proseFile } from './fixture.ts';

const route = { kind: 'page', lang: 'en', page: 'translations' } as const;

describe('translationsPage', () => {
  test('counts missing and outdated translations among all entries', async () => {
    const updated = new Map([
      [proseFile('partnerships', 'hop-tac-a', 'vi'), '2024-02-01T00:00:00Z'],
      [proseFile('partnerships', 'hop-tac-a', 'en'), '2024-01-01T00:00:00Z'],
    ]);
    const graph = await fixtureGraph({ updated, added: new Map() });
    const data = translationsPage(graph, [], route);
    expect(data.counts).toEqual({ missing: 1, outdated: 1, total: 11 });
    expect(data.issues).toEqual([
      expect.objectContaining({ status: 'outdated', lang: 'en', link: expect.objectContaining({ id: 'hop-tac-a' }) }),
      expect.objectContaining({ status: 'missing', lang: 'en', link: expect.objectContaining({ id: 'su-kien-b' }) }),
    ]);
  });

  test('lists drafts with a title in the page language, or the other, or none', async () => {
    const drafts: Draft[] = [
      {
        collection: 'events',
        id: 'a',
        file: 'src/content/events/a/facts.yaml',
        titles: { vi: 'Tiêu đề', en: 'Title' },
      },
      { collection: 'places', id: 'b', file: 'src/content/places/b/facts.yaml', titles: { vi: 'Chỉ tiếng Việt' } },
      { collection: 'themes', id: 'c', file: 'src/content/themes/c/facts.yaml', titles: {} },
    ];
    const data = translationsPage(await fixtureGraph(), drafts, route);
    expect(data.drafts).toEqual([
      { collection: 'events', file: 'src/content/events/a/facts.yaml', title: 'Title', titleLang: 'en' },
      { collection: 'places', file: 'src/content/places/b/facts.yaml', title: 'Chỉ tiếng Việt', titleLang: 'vi' },
      { collection: 'themes', file: 'src/content/themes/c/facts.yaml', title: undefined, titleLang: 'vi' },
    ]);
  });
});
