import { describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { isDraft, SCAFFOLD_TEXT, scaffoldLeftovers, splitDrafts } from '../../src/lib/drafts.ts';
import { overlayFixture, VALID_FIXTURE } from './helpers.ts';

describe('scaffoldLeftovers', () => {
  test('returns each field that still holds scaffold text, in either language', () => {
    const prose = {
      data: { title: SCAFFOLD_TEXT.en.title, summary: `Trước. ${SCAFFOLD_TEXT.vi.summary}` },
      body: 'Own words.',
    };
    expect(scaffoldLeftovers(prose)).toEqual([
      { field: 'title', text: SCAFFOLD_TEXT.en.title },
      { field: 'summary', text: SCAFFOLD_TEXT.vi.summary },
    ]);
  });
  test('returns nothing for prose written by the editor', () => {
    expect(
      scaffoldLeftovers({ data: { title: 'Tên', shortTitle: 'T', summary: 'Tóm tắt.' }, body: 'Nội dung.' }),
    ).toEqual([]);
  });
});

describe('isDraft', () => {
  test('returns true only for draft: true', () => {
    expect(isDraft({ facts: { draft: true } })).toBe(true);
    expect(isDraft({ facts: { draft: false } })).toBe(false);
    expect(isDraft({ facts: { draft: 'yes' } })).toBe(false);
    expect(isDraft({ facts: null })).toBe(false);
  });
});

describe('splitDrafts', () => {
  test('returns the valid fixture as published with no drafts', async () => {
    const { entries } = await loadContentTree(VALID_FIXTURE);
    const { published, drafts } = splitDrafts(entries);
    expect(published).toEqual(entries);
    expect(drafts).toEqual([]);
  });
  test('returns a draft apart, with its facts file and titles, and leaves the rest in order', async () => {
    const root = overlayFixture('tests/fixtures/overlays/draft');
    const { entries } = await loadContentTree(root);
    const { published, drafts } = splitDrafts(entries);
    expect(published.map((e) => `${e.collection}/${e.id}`)).toEqual(
      entries.filter((e) => e.id !== 'su-kien-nhap').map((e) => `${e.collection}/${e.id}`),
    );
    expect(drafts).toEqual([
      {
        collection: 'events',
        id: 'su-kien-nhap',
        file: `${root}/events/su-kien-nhap/facts.yaml`,
        titles: { vi: 'Khóa tập huấn đang viết dở', en: expect.any(String) },
      },
    ]);
  });
});
