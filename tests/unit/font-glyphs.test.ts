import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FONT_CHARACTERS, missingGlyphs } from '../../src/lib/font-glyphs.ts';
import {
  FONT_STAMP,
  fontFile,
  subsetFile,
  writeFonts,
  type FontScript,
  type FontWeight,
} from '../../scripts/lib/font-subset.ts';

/** Every file under `dir` whose name ends with one of `suffixes`. */
const filesUnder = (dir: string, suffixes: string[]): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => suffixes.some((suffix) => file.endsWith(suffix)))
    .map((file) => join(dir, file));

describe('FONT_CHARACTERS', () => {
  test('holds every Vietnamese letter with every tone, in both cases', () => {
    const letters = 'aăâeêioôơuưy';
    const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const letter of letters)
      for (const tone of tones) {
        const composed = (letter + tone).normalize('NFC');
        expect(FONT_CHARACTERS).toContain(composed);
        expect(FONT_CHARACTERS).toContain(composed.toUpperCase());
      }
    expect(FONT_CHARACTERS).toContain('đ');
    expect(FONT_CHARACTERS).toContain('Đ');
  });

  test('holds each character once', () => {
    expect(new Set(FONT_CHARACTERS).size).toBe([...FONT_CHARACTERS].length);
  });
});

describe('missingGlyphs', () => {
  test('returns the characters the font files lack, each once', () => {
    expect(missingGlyphs('Đà Nẵng ✓ ✓ → thủy')).toEqual(['✓']);
  });

  test('reads decomposed text as composed', () => {
    expect(missingGlyphs('Thu\u0309y Đie\u0302\u0323n')).toEqual([]);
  });

  test('returns nothing for the content, the UI strings and the templates: every character they show is in the files', () => {
    const files = [
      ...filesUnder('src/content', ['.mdx', '.yaml']),
      ...filesUnder('src/i18n', ['.ts']),
      ...filesUnder('src/components', ['.astro', '.css']),
      ...filesUnder('src/layouts', ['.astro']),
      ...filesUnder('src/styles', ['.css']),
    ];
    expect(files.length).toBeGreaterThan(100);
    const missing = files.flatMap((file) =>
      missingGlyphs(readFileSync(file, 'utf8')).map((char) => `${file}: ${char}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('subsetFile', () => {
  test('returns a WOFF2 file smaller than Fontsource’s, and smaller still for fewer characters', async () => {
    const full = await subsetFile('vietnamese', 400);
    const fewer = await subsetFile('vietnamese', 400, 'abc đĐ');
    expect(full.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(full.length).toBeLessThan(
      readFileSync('node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2').length,
    );
    expect(fewer.length).toBeLessThan(full.length);
  });
});

describe('writeFonts', () => {
  const made: string[] = [];
  const subset = (script: FontScript, weight: FontWeight) => {
    made.push(`${script}-${weight}`);
    return Promise.resolve(Buffer.from(`woff2 of ${script} ${weight}`));
  };

  test('makes the four files once; again only when one is missing or changed, never loading HarfBuzz otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdp-fonts-'));
    try {
      await writeFonts(dir, subset);
      expect(made).toEqual(['latin-400', 'latin-700', 'vietnamese-400', 'vietnamese-700']);
      expect(readFileSync(join(dir, fontFile('latin', 700)), 'utf8')).toBe('woff2 of latin 700');

      await writeFonts(dir, subset);
      expect(made).toHaveLength(4);

      writeFileSync(join(dir, fontFile('vietnamese', 400)), 'edited');
      await writeFonts(dir, subset);
      expect(made).toHaveLength(8);
      expect(readFileSync(join(dir, fontFile('vietnamese', 400)), 'utf8')).toBe('woff2 of vietnamese 400');

      rmSync(join(dir, fontFile('latin', 400)));
      await writeFonts(dir, subset);
      expect(made).toHaveLength(12);
      expect(existsSync(join(dir, fontFile('latin', 400)))).toBe(true);

      // The stamp records the inputs too: another stamp (other inputs) makes the files again.
      writeFileSync(join(dir, FONT_STAMP), 'other inputs');
      await writeFonts(dir, subset);
      expect(made).toHaveLength(16);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
