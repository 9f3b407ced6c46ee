import { describe, expect, test } from 'vitest';
import { analyzeMdx, isAllowedImport, MdxSyntaxError, needsModule } from '../../src/lib/mdx.ts';

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
  test('returns import specifiers', async () => {
    const { imports } = await analyzeMdx("import A from '~/components/A.astro';\nimport fs from 'node:fs';\n\nText");
    expect(imports.map((i) => i.specifier)).toEqual(['~/components/A.astro', 'node:fs']);
  });
  test('throws MdxSyntaxError for an unclosed tag', async () => {
    await expect(analyzeMdx('Text <Quote by="p">never closed')).rejects.toBeInstanceOf(MdxSyntaxError);
  });
});

describe('isAllowedImport', () => {
  const from = 'src/content/events/x/vi.mdx';
  test('returns true only for project components', () => {
    expect(isAllowedImport('~/components/Chart.astro', from)).toBe(true);
    expect(isAllowedImport('../../../components/Chart.astro', from)).toBe(true);
    expect(isAllowedImport('node:fs', from)).toBe(false);
    expect(isAllowedImport('lodash', from)).toBe(false);
    expect(isAllowedImport('../../../lib/content.ts', from)).toBe(false);
    expect(isAllowedImport('~/components/../lib/content.ts', from)).toBe(false);
    expect(isAllowedImport('../other/vi.mdx', from)).toBe(false);
  });
});

describe('needsModule', () => {
  test('sends ESM and Markdown images to Astro’s MDX modules', () => {
    expect(needsModule('import Chart from "~/components/Chart.astro";\n\n<Chart />')).toBe(true);
    expect(needsModule('export const year = 2020;\n\nText.')).toBe(true);
    expect(needsModule('A photo: ![Trung tâm IOC](./ioc.jpg)')).toBe(true);
  });

  test('compiles plain prose with citations and quotes at render time', () => {
    const body = 'Đà Nẵng ra mắt ứng dụng. <Cite source="x" />\n\n<Quote by="p" source="x" lang="vi">Lời</Quote>';
    expect(needsModule(body)).toBe(false);
    expect(needsModule('We import data from [the report](https://example.org/).')).toBe(false);
  });

  test('never misses ESM the MDX parser finds', async () => {
    const bodies = [
      'import A from "~/components/A.astro";\nexport const b = 1;\n\n<A />',
      'Text first.\n\nimport A from "~/components/A.astro";\n\n<A />',
      'export { default as X } from "~/components/X.astro";\n\n<X />',
    ];
    for (const body of bodies) {
      expect((await analyzeMdx(body)).imports.length > 0 || body.includes('export ')).toBe(true);
      expect(needsModule(body)).toBe(true);
    }
  });
});
