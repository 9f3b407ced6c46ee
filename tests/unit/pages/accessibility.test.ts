import { describe, expect, test } from 'vitest';
import { REPOSITORY_URL } from '../../../src/core/config.ts';
import { accessibilityPage } from '../../../src/lib/pages/accessibility.ts';

describe('accessibilityPage', () => {
  test('links a new issue titled in the page language, and the repository’s issues', () => {
    const en = accessibilityPage({ kind: 'page', lang: 'en', page: 'accessibility' });
    expect(en).toMatchObject({ kind: 'accessibility', issues: `${REPOSITORY_URL}/issues` });
    expect(new URL(en.report).searchParams.get('title')).toBe('Accessibility: ');
    const vi = accessibilityPage({ kind: 'page', lang: 'vi', page: 'accessibility' });
    expect(new URL(vi.report).searchParams.get('title')).toBe('Khả năng tiếp cận: ');
  });
});
