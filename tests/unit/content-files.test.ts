import { describe, expect, test } from 'vitest';
import { classifyContentPath } from '../../src/lib/content-files.ts';
import { parseGitLog } from '../../src/lib/git.ts';

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

describe('parseGitLog', () => {
  test('returns each file’s newest commit time', () => {
    const log = '\u00001714608000\n\nsrc/a.mdx\nsrc/b.yaml\n\u00001714521600\n\nsrc/a.mdx\nsrc/c.mdx\n';
    const times = parseGitLog(log);
    expect(times.get('src/a.mdx')).toBe('2024-05-02T00:00:00.000Z');
    expect(times.get('src/c.mdx')).toBe('2024-05-01T00:00:00.000Z');
    expect(times.size).toBe(3);
  });
});
