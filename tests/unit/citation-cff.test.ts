/**
 * CITATION.cff (Citation File Format 1.2.0) parses, has the keys the format
 * requires, cites the dataset under the data's licence, and points at the
 * repository package.json names.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { LICENCE } from '../../src/lib/exports.ts';

const cff = yaml.load(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

describe('CITATION.cff', () => {
  test('has the keys CFF 1.2.0 requires, with their types', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title', 'abstract']) expect(typeof cff[key], key).toBe('string');
    const authors = cff['authors'] as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    // An entity (an editorial team, not invented people) is a `name`; a person has `family-names`.
    for (const author of authors) expect(author['name'] ?? author['family-names']).toEqual(expect.any(String));
  });

  test('cites a dataset under the licence of the data (package.json’s licence is the code’s)', () => {
    expect(cff['type']).toBe('dataset');
    expect(cff['license']).toBe(LICENCE);
    expect(pkg.license).not.toBe(LICENCE);
  });

  test('names the repository of package.json', () => {
    expect(cff['repository-code']).toBe(pkg.repository.url.replace(/\.git$/, ''));
  });

  test('names the site and its editors as the site does', () => {
    expect(cff['title']).toContain('Vietnam Digital Partnerships');
    expect(cff['title']).toContain('Hợp tác chuyển đổi số');
    expect((cff['authors'] as { name: string }[])[0]?.name).toBe('Vietnam Digital Partnerships editors');
  });
});
