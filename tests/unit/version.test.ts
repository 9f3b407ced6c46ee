import { describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseVersion, readRecordVersion } from '../../src/lib/version.ts';

describe('parseVersion', () => {
  test('returns the UTC date and the short commit id', () => {
    expect(parseVersion('1764460800 a1b2c3d\n')).toEqual({ date: '2025-11-30', commit: 'a1b2c3d' });
  });
  test('returns null for the cut-off commit of a shallow clone, whose date is not the last change', () => {
    expect(parseVersion('1764460800 a1b2c3d\n', true)).toBeNull();
    expect(parseVersion('1764460800 a1b2c3d f00ba44\n', true)).toEqual({ date: '2025-11-30', commit: 'a1b2c3d' });
    expect(parseVersion('1764460800 a1b2c3d f00ba44\n')).toEqual({ date: '2025-11-30', commit: 'a1b2c3d' });
  });
  test('returns null for empty or malformed output', () => {
    expect(parseVersion('')).toBeNull();
    expect(parseVersion('yesterday a1b2c3d')).toBeNull();
    expect(parseVersion('1764460800 not-a-hash')).toBeNull();
  });
});

describe('readRecordVersion', () => {
  test('returns the newest commit of the project content, and null outside a repository', () => {
    expect(readRecordVersion('src/content')).toMatchObject({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      commit: expect.stringMatching(/^[0-9a-f]{7,}$/),
    });
    expect(readRecordVersion(mkdtempSync(`${tmpdir()}/vdp-no-git-`))).toBeNull();
  });
});
