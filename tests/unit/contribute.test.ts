import { describe, expect, test } from 'vitest';
import { contributeLinks, editUrl, newIssueUrl } from '../../src/lib/contribute.ts';

const REPO = 'https://github.com/owner/repo';

describe('newIssueUrl', () => {
  test('returns the new-issue form with the title and body URL-encoded', () => {
    expect(newIssueUrl(REPO, 'Correction: Đà Nẵng & Viettel', 'Page: https://x.org/a?b=c\n')).toBe(
      `${REPO}/issues/new?title=Correction%3A%20%C4%90%C3%A0%20N%E1%BA%B5ng%20%26%20Viettel&body=Page%3A%20https%3A%2F%2Fx.org%2Fa%3Fb%3Dc%0A`,
    );
  });
  test('returns a title only when there is no body', () => {
    expect(newIssueUrl(REPO, 'Accessibility: ')).toBe(`${REPO}/issues/new?title=Accessibility%3A%20`);
  });
});

describe('editUrl', () => {
  test('returns the file in the content folder of the main branch', () => {
    expect(editUrl(REPO, 'events', 'x', 'vi.mdx')).toBe(`${REPO}/edit/main/src/content/events/x/vi.mdx`);
  });
});

describe('contributeLinks', () => {
  const target = {
    collection: 'partnerships',
    id: 'da-nang-viettel',
    title: 'Đà Nẵng and Viettel',
    url: 'https://example.org/en/partnerships/da-nang-viettel/',
    lang: 'en',
    textLang: 'en',
  } as const;

  test('returns a prefilled issue naming the page, its address and the entry, in the page language', () => {
    const suggest = new URL(contributeLinks(REPO, target).suggest);
    expect(`${suggest.origin}${suggest.pathname}`).toBe(`${REPO}/issues/new`);
    expect(suggest.searchParams.get('title')).toBe('Correction: Đà Nẵng and Viettel');
    const body = suggest.searchParams.get('body') ?? '';
    expect(body).toContain('Page: https://example.org/en/partnerships/da-nang-viettel/');
    expect(body).toContain('Entry: partnerships/da-nang-viettel');
    expect(body).toContain('What is wrong:');
    const vi = new URL(contributeLinks(REPO, { ...target, lang: 'vi', textLang: 'vi' }).suggest);
    expect(vi.searchParams.get('title')).toBe('Đính chính: Đà Nẵng and Viettel');
    expect(vi.searchParams.get('body')).toContain('Điều chưa đúng:');
  });

  test('returns the prose file the page shows and the facts file', () => {
    expect(contributeLinks(REPO, target)).toMatchObject({
      editText: `${REPO}/edit/main/src/content/partnerships/da-nang-viettel/en.mdx`,
      editFacts: `${REPO}/edit/main/src/content/partnerships/da-nang-viettel/facts.yaml`,
    });
    // An English page showing the Vietnamese text (no translation yet) edits that text.
    expect(contributeLinks(REPO, { ...target, textLang: 'vi' }).editText).toMatch(/\/vi\.mdx$/);
  });
});
