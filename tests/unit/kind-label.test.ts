import { describe, expect, test } from 'vitest';
import { entryKicker, entryKind, kindLabel } from '../../src/lib/kind-label.ts';
import type { AnyEntry } from '../../src/lib/model.ts';

const entry = (collection: string, facts: object) => ({ collection, id: 'x', facts }) as unknown as AnyEntry;

describe('kindLabel', () => {
  test('returns the words for a kind of a collection', () => {
    expect(kindLabel('events', 'signing', 'en')).toBe('Signing');
    expect(kindLabel('partnerships', 'memorandum', 'en')).toBe('Memorandum of understanding');
  });
});

describe('entryKind', () => {
  test("returns an entry's kind, a place's level, or null when its collection has none", () => {
    expect(entryKind(entry('events', { kind: 'signing' }), 'en')).toBe('Signing');
    expect(entryKind(entry('places', { level: 'province' }), 'en')).toBe(kindLabel('places', 'province', 'en'));
    expect(entryKind(entry('people', { roles: [] }), 'en')).toBeNull();
  });
});

describe('entryKicker', () => {
  test('returns the collection, then the kind when there is one', () => {
    expect(entryKicker(entry('partnerships', { kind: 'memorandum' }), 'en')).toBe(
      'Partnership · Memorandum of understanding',
    );
    expect(entryKicker(entry('people', { roles: [] }), 'en')).toBe('Person');
  });
});
