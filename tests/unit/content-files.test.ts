import { describe, expect, test } from 'vitest';
import { classifyContentPath, contentFilePath, FACTS_PATTERN, PROSE_PATTERN } from '../../src/lib/content-files.ts';

describe('classifyContentPath', () => {
  test('returns facts and prose files with collection, id and language', () => {
    expect(classifyContentPath('events/x/facts.yaml')).toEqual({ kind: 'facts', collection: 'events', id: 'x' });
    expect(classifyContentPath('places/da-nang/en.mdx')).toEqual({
      kind: 'prose',
      collection: 'places',
      id: 'da-nang',
      lang: 'en',
    });
  });
  test.each([
    'events/x/notes.md',
    'events/x/vi.md',
    'events/x/facts.yml',
    'events/x/fr.mdx',
    'blog/x/facts.yaml',
    'events/facts.yaml',
    'events/x/y/vi.mdx',
  ])('returns stray with a fix for %s', (path) => {
    const result = classifyContentPath(path);
    expect(result.kind).toBe('stray');
    expect(result.kind === 'stray' && result.fix.length).toBeGreaterThan(10);
  });
});

describe('contentFilePath', () => {
  test('returns the path of a facts file and of a prose file under the root', () => {
    expect(contentFilePath('src/content', { kind: 'facts', collection: 'events', id: 'x' })).toBe(
      'src/content/events/x/facts.yaml',
    );
    expect(contentFilePath('root', { kind: 'prose', collection: 'places', id: 'hue', lang: 'en' })).toBe(
      'root/places/hue/en.mdx',
    );
  });
  test('returns paths that classifyContentPath reads back as the same file', () => {
    const files = [
      { kind: 'facts', collection: 'sources', id: 'nguon' },
      { kind: 'prose', collection: 'themes', id: 'chu-de', lang: 'vi' },
    ] as const;
    for (const file of files) expect(classifyContentPath(contentFilePath('r', file).slice('r/'.length))).toEqual(file);
  });
});

describe('FACTS_PATTERN / PROSE_PATTERN', () => {
  test('returns globs for facts.yaml and for a prose file per language', () => {
    expect(FACTS_PATTERN).toBe('*/facts.yaml');
    expect(PROSE_PATTERN).toBe('*/*/{vi,en}.mdx');
  });
});
