import { describe, expect, test } from 'vitest';
import { keyOf } from '../../src/lib/model.ts';

describe('keyOf', () => {
  test('returns collection/id', () => {
    expect(keyOf('events', 'ky-ket')).toBe('events/ky-ket');
  });
  test('returns different keys for the same id in different collections', () => {
    expect(keyOf('places', 'hue')).not.toBe(keyOf('organizations', 'hue'));
  });
});
