import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { interpolate } from '../../src/core/interpolate.ts';

describe('interpolate', () => {
  test('returns the template with known placeholders filled and unknown ones kept', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  test('returns every occurrence filled, numbers as written, and a template without placeholders unchanged', () => {
    expect(interpolate('{n} of {total}: {n}', { n: 3, total: 10 })).toBe('3 of 10: 3');
    expect(interpolate('no placeholders')).toBe('no placeholders');
  });
  test('returns a value as given, even one that looks like a placeholder or a replacement pattern', () => {
    expect(interpolate('“{q}”', { q: '{q} $& $1' })).toBe('“{q} $& $1”');
  });
  test('is dependency-free, so client code may import it', () => {
    expect(readFileSync(new URL('../../src/core/interpolate.ts', import.meta.url), 'utf8')).not.toMatch(/^import /m);
  });
});
