/**
 * The fallback faces in src/styles/fonts.css match Be Vietnam Pro's metrics
 * as Capsize computes them: if the numbers drift (edited by hand, or a new
 * metrics release), text would jump when the web font swaps in.
 */
import { readFileSync } from 'node:fs';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import beVietnamPro from '@capsizecss/metrics/beVietnamPro';
import roboto from '@capsizecss/metrics/roboto';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/styles/fonts.css', 'utf8');

/** Override descriptors of every @font-face of a family, one object per face. */
function facesOf(family: string): Record<string, string>[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.includes(`font-family: '${family}'`))
    .map((body) =>
      Object.fromEntries(
        [...body.matchAll(/(ascent-override|descent-override|line-gap-override|size-adjust):\s*([^;]+);/g)].map((m) => [
          m[1],
          m[2],
        ]),
      ),
    );
}

describe('metric-matched fallback fonts', () => {
  const { fontFaces } = createFontStack([beVietnamPro, arial, roboto], { fontFaceFormat: 'styleObject' });
  for (const [name, computed] of [
    ['Arial', fontFaces[0]],
    ['Roboto', fontFaces[1]],
  ] as const) {
    test(`${name}: every weight carries Capsize's overrides`, () => {
      const face = computed?.['@font-face'];
      expect(face).toBeDefined();
      const expected = {
        'ascent-override': face?.ascentOverride,
        'descent-override': face?.descentOverride,
        // Capsize leaves the line gap out when the fallback has none.
        'line-gap-override': face?.lineGapOverride ?? '0%',
        'size-adjust': face?.sizeAdjust,
      };
      const faces = facesOf(`Be Vietnam Pro Fallback: ${name}`);
      expect(faces).toHaveLength(2);
      for (const declared of faces) expect(declared).toEqual(expected);
    });
  }

  test('the site font stack tries the fallbacks right after Be Vietnam Pro', () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    expect(global).toMatch(
      /--font:\s*'Be Vietnam Pro',\s*'Be Vietnam Pro Fallback: Arial',\s*'Be Vietnam Pro Fallback: Roboto',/,
    );
  });
});
