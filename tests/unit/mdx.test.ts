import { describe, expect, test } from 'vitest';
import { analyzeMdx, MdxSyntaxError } from '../../src/lib/mdx.ts';

describe('analyzeMdx', () => {
  test('returns cited sources in first-citation order, counting quotes, without repeats', async () => {
    const body =
      'A <Cite source="b" />.\n\n<Quote by="p" source="a" lang="vi">x</Quote>\n\nB <Cite source="b" /> <Cite source="c"/>';
    expect((await analyzeMdx(body)).citations).toEqual(['b', 'a', 'c']);
  });
  test('returns elements with their attributes and lines', async () => {
    const { elements } = await analyzeMdx('Line one\n\nText <Cite source="s" />');
    expect(elements).toEqual([{ name: 'Cite', attributes: { source: 's' }, line: 3 }]);
  });
  test('returns null for attribute values that are not literal', async () => {
    const { elements, citations } = await analyzeMdx('<Cite source={x} />');
    expect(elements[0]?.attributes).toEqual({ source: null });
    expect(citations).toEqual([]);
  });
  test('throws MdxSyntaxError for an unclosed tag', async () => {
    await expect(analyzeMdx('Text <Quote by="p">never closed')).rejects.toBeInstanceOf(MdxSyntaxError);
  });
});
