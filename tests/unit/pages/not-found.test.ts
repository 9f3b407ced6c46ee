import { describe, expect, test } from 'vitest';
import { notFoundPage } from '../../../src/lib/pages/not-found.ts';

describe('notFoundPage', () => {
  test('returns the not-found route of a language, bilingual only when asked', () => {
    expect(notFoundPage('en')).toEqual({ kind: 'notFound', route: { kind: 'notFound', lang: 'en' }, bilingual: false });
    expect(notFoundPage('vi', true).bilingual).toBe(true);
  });
});
