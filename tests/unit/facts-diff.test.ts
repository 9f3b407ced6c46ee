import { describe, expect, test } from 'vitest';
import { diffFacts, diffFactsText, pathText, topLevelBlocks } from '../../src/lib/facts-diff.ts';
import { parseStrictYaml } from '../../src/lib/yaml.ts';

describe('diffFacts', () => {
  test('returns a changed scalar with both values', () => {
    expect(diffFacts({ period: '2021/2024', kind: 'programme' }, { period: '2021/2025', kind: 'programme' })).toEqual([
      { path: ['period'], kind: 'changed', before: '2021/2024', after: '2021/2025' },
    ]);
  });

  test('returns nothing for equal facts, whatever the key order', () => {
    expect(diffFacts({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  test('returns added and removed fields, added in the new order and removed last', () => {
    expect(diffFacts({ a: 1, gone: 'x' }, { a: 1, datePart: 'late' })).toEqual([
      { path: ['datePart'], kind: 'added', after: 'late' },
      { path: ['gone'], kind: 'removed', before: 'x' },
    ]);
  });

  test('returns list items added and removed by value, not every item after an insertion', () => {
    const changes = diffFacts({ partners: ['a', 'b', 'c'] }, { partners: ['z', 'a', 'c', 'd'] });
    expect(changes).toEqual([
      { path: ['partners', 0], kind: 'added', after: 'z' },
      { path: ['partners', 1], kind: 'removed', before: 'b' },
      { path: ['partners', 3], kind: 'added', after: 'd' },
    ]);
  });

  test('returns a changed field inside a list item that stayed in place, with its path', () => {
    const before = {
      evidence: [
        { source: 's', quote: 'một' },
        { source: 's', quote: 'hai' },
      ],
    };
    const after = {
      evidence: [
        { source: 's', quote: 'một' },
        { source: 's', quote: 'hai ba', translation: 'two' },
      ],
    };
    expect(diffFacts(before, after)).toEqual([
      { path: ['evidence', 1, 'quote'], kind: 'changed', before: 'hai', after: 'hai ba' },
      { path: ['evidence', 1, 'translation'], kind: 'added', after: 'two' },
    ]);
  });

  test('returns a whole item removed from a list of mappings', () => {
    const item = { supports: ['kind'], source: 's', quote: 'q' };
    expect(diffFacts({ evidence: [item, { ...item, quote: 'r' }] }, { evidence: [{ ...item, quote: 'r' }] })).toEqual([
      { path: ['evidence', 0], kind: 'removed', before: item },
    ]);
  });

  test('compares values as parseStrictYaml reads them: an unquoted date stays text, 012 is not 12', () => {
    const before = parseStrictYaml('date: 2022-02-28\nvalue: 12\n');
    const after = parseStrictYaml('date: 2022-02-28\nvalue: "12"\n');
    expect(diffFacts(before, after)).toEqual([{ path: ['value'], kind: 'changed', before: 12, after: '12' }]);
  });

  test('returns every field as added when there was nothing before', () => {
    expect(diffFacts(null, { a: 1 })).toEqual([{ path: ['a'], kind: 'added', after: 1 }]);
  });
});

describe('pathText', () => {
  test('returns the path as the data names it', () => {
    expect(pathText(['evidence', 2, 'quote'])).toBe('evidence[2].quote');
    expect(pathText(['period'])).toBe('period');
    expect(pathText(['figures', 0, 'label', 'vi'])).toBe('figures[0].label.vi');
  });
});

describe('topLevelBlocks', () => {
  test('returns each top-level field with its indented lines', () => {
    const blocks = topLevelBlocks('kind: launch\nthemes:\n  - a\n\n  - b\n# note\nsources: [x]\n');
    expect([...(blocks ?? [])]).toEqual([
      ['kind', 'kind: launch'],
      ['themes', 'themes:\n  - a\n\n  - b\n# note'],
      ['sources', 'sources: [x]'],
    ]);
  });
  test('returns null when a field alone could mean something else: anchors, aliases, documents, odd keys', () => {
    expect(topLevelBlocks('a: &x 1\nb: *x\n')).toBeNull();
    expect(topLevelBlocks('---\na: 1\n')).toBeNull();
    expect(topLevelBlocks('"quoted key": 1\n')).toBeNull();
    expect(topLevelBlocks('a: 1\na: 2\n')).toBeNull();
    expect(topLevelBlocks('quote: "A & B, 5 * 3"\n')).not.toBeNull();
  });
});

describe('diffFactsText', () => {
  const parsed: string[] = [];
  const parse = (text: string) => {
    parsed.push(text);
    return parseStrictYaml(text);
  };
  const before = 'kind: launch\ndate: 2022-05\nevidence:\n  - supports: [kind]\n    source: s\n    quote: Một\n';
  const after =
    'kind: signing\ndate: 2022-05\nevidence:\n  - supports: [kind]\n    source: s\n    quote: Một\nthemes: [a]\n';

  test('returns what diffFacts returns, parsing only the fields whose text changed', () => {
    parsed.length = 0;
    expect(diffFactsText(before, after, parse)).toEqual(diffFacts(parseStrictYaml(before), parseStrictYaml(after)));
    expect(parsed).toEqual(['kind: launch', 'kind: signing', 'themes: [a]']);
  });
  test('returns removed fields, and nothing for a field rewritten to the same value', () => {
    expect(diffFactsText('a: 1\nb: [x, y]\n', 'b:\n  - x\n  - y\n', parseStrictYaml)).toEqual([
      { path: ['a'], kind: 'removed', before: 1 },
    ]);
  });
  test('falls back to parsing whole files it cannot split, and throws for invalid YAML', () => {
    expect(diffFactsText('a: &x 1\nb: *x\n', 'a: 2\nb: 1\n', parseStrictYaml)).toEqual([
      { path: ['a'], kind: 'changed', before: 1, after: 2 },
    ]);
    expect(() => diffFactsText('a: 1\n', 'a: [unclosed\n', parseStrictYaml)).toThrow();
  });
});
