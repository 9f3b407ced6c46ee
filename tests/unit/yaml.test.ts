import { describe, expect, test } from 'vitest';
import { parseStrictYaml, splitFrontmatter, YamlSyntaxError } from '../../src/lib/yaml.ts';

describe('parseStrictYaml', () => {
  test.each([
    ['2022-02-30', 'an impossible day (YAML 1.1: 2 March 2022)'],
    ['2020-10-05', 'a timestamp'],
    ['2020-10-05T10:00:00Z', 'a timestamp with a time'],
    ['yes', 'a YAML 1.1 boolean'],
    ['no', 'a YAML 1.1 boolean'],
    ['on', 'a YAML 1.1 boolean'],
    ['off', 'a YAML 1.1 boolean'],
    ['True', 'a capitalised boolean'],
    ['012', 'a leading zero (12, or octal 10)'],
    ['0o17', 'an octal'],
    ['0x1F', 'a hexadecimal'],
    ['1e3', 'an exponent'],
    ['1_000', 'a separated number'],
    ['+5', 'a signed number'],
    ['.5', 'a fraction without its zero'],
    ['.inf', 'infinity'],
    ['-.Inf', 'minus infinity'],
    ['.nan', 'not a number'],
    ['12345678901234567890', 'an integer beyond 2^53'],
  ])('keeps %s (%s) as the text written', (value) => {
    expect(parseStrictYaml(`value: ${value}`)).toEqual({ value });
  });

  test.each([
    ['847', 847],
    ['0', 0],
    ['-3', -3],
    ['65.5', 65.5],
    ['true', true],
    ['false', false],
  ])('reads %s as the value it plainly is', (text, value) => {
    expect(parseStrictYaml(`value: ${text}`)).toEqual({ value });
  });

  test.each(['', '~', 'null'])('reads "%s" as empty, for the schema to refuse where a value is needed', (text) => {
    expect(parseStrictYaml(`value: ${text}`)).toEqual({ value: null });
  });

  test('keeps quoted values as text, whatever they look like', () => {
    expect(parseStrictYaml(`a: "847"\nb: '2020-10-05'\nc: "true"\nd: ""`)).toEqual({
      a: '847',
      b: '2020-10-05',
      c: 'true',
      d: '',
    });
  });

  test('keeps lists and mappings', () => {
    expect(parseStrictYaml('ids: [a, b]\nlabel: { vi: một, en: one }')).toEqual({
      ids: ['a', 'b'],
      label: { vi: 'một', en: 'one' },
    });
  });

  test('returns an empty mapping for an empty file', () => {
    expect(parseStrictYaml('')).toEqual({});
  });

  test('throws a YamlSyntaxError with the file line, offset by the first line', () => {
    expect(() => parseStrictYaml('a: 1\na: 2')).toThrow(YamlSyntaxError);
    try {
      parseStrictYaml('a: 1\nb: [unclosed', 2);
    } catch (error) {
      expect((error as YamlSyntaxError).line).toBeGreaterThanOrEqual(3);
      expect((error as YamlSyntaxError).reason).toMatch(/\S/);
    }
  });
});

describe('splitFrontmatter', () => {
  test('returns the front matter and the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nText')).toEqual({ frontmatter: 'title: A', body: 'Text' });
  });

  test('accepts Windows line ends and a byte order mark, as Astro does', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toEqual({ frontmatter: 'title: A', body: 'Text' });
  });

  test('returns null front matter when the file has none', () => {
    expect(splitFrontmatter('Text only')).toEqual({ frontmatter: null, body: 'Text only' });
  });
});
