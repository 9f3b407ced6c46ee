/**
 * The site's font files, made at build: Be Vietnam Pro regular and bold, in
 * Fontsource's Latin and Vietnamese files, each subset by HarfBuzz
 * (`subset-font`, hb-subset compiled to WebAssembly) to the characters of
 * `FONT_CHARACTERS` and written as WOFF2 to `src/generated/fonts/`, where
 * `src/styles/fonts.css` and `BaseLayout.astro` take them from. It runs as
 * an Astro integration, so `astro dev`, `astro build` and every build
 * script get the files without a separate step.
 *
 * What goes:
 * - glyphs the site never shows (most of Latin-1, currency and symbol
 *   glyphs of the Latin file);
 * - OpenType features a browser applies only when CSS asks (`DEFAULT_FEATURES`);
 * - TrueType hinting instructions, as Google Fonts drops them for every
 *   browser but Windows': Chromium on Linux, Android and macOS draws the
 *   same pixels without them (screenshots of both languages at 375 and
 *   1280 px compared before and after), and they were over half the bytes.
 *
 * What stays: outlines, metrics, kerning and the default layout features
 * of the glyphs kept. The Latin and Vietnamese files stay separate: merged into
 * one file per weight (from Google Fonts' full release), kerning between a
 * Latin and a Vietnamese letter would apply where it does not today and
 * move text by fractions of a pixel, for no saving in bytes.
 *
 * Making the files takes about a second of every Astro build, and HarfBuzz
 * and the WOFF2 coder, once loaded, keep their WebAssembly memory (about
 * 100 MB reserved) for the rest of the build. When the four files are as the
 * last run made them from the same inputs (a stamp beside them), neither is
 * loaded and nothing is made.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_CHARACTERS } from '../../src/lib/font-glyphs.ts';
import { cacheIsStale, recordDigest } from './code-digest.ts';

const require = createRequire(import.meta.url);

/** Weights the site uses: 600 resolves to the bold face, italics are slanted from the regular one. */
export const FONT_WEIGHTS = [400, 700] as const;
/** Fontsource's subsets the site draws from; the Latin Extended one only repeats Vietnamese letters. */
export const FONT_SCRIPTS = ['latin', 'vietnamese'] as const;

export type FontWeight = (typeof FONT_WEIGHTS)[number];
export type FontScript = (typeof FONT_SCRIPTS)[number];

/** Where the files are written, from the project root. */
export const FONT_DIR = 'src/generated/fonts';

/** @example fontFile('latin', 400) // 'be-vietnam-pro-latin-400.woff2' */
export const fontFile = (script: FontScript, weight: FontWeight): string => `be-vietnam-pro-${script}-${weight}.woff2`;

/** Fontsource's file of one script and weight. */
export function sourceFont(script: FontScript, weight: FontWeight): Buffer {
  return readFileSync(
    require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${script}-${weight}-normal.woff2`),
  );
}

/**
 * The OpenType features browsers apply to text by default (kerning,
 * ligatures, contextual forms, mark positioning for stacked Vietnamese
 * diacritics); the site's CSS asks for no other (no `font-variant`, no
 * `font-feature-settings`), so fractions, superiors and alternates go.
 */
export const DEFAULT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rclt'];

/** One file's subset, as WOFF2. */
export async function subsetFile(script: FontScript, weight: FontWeight, text = FONT_CHARACTERS): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(sourceFont(script, weight), text, {
    targetFormat: 'woff2',
    noHinting: true,
    keepFeatures: DEFAULT_FEATURES,
  });
}

/** Writes a file only when its bytes change, by renaming (builds may run side by side). */
function writeIfChanged(path: string, bytes: Buffer): void {
  if (existsSync(path) && readFileSync(path).equals(bytes)) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** The stamp beside the files: what they were made from, then what they hold. */
export const FONT_STAMP = '.made-from';

const FILES = FONT_SCRIPTS.flatMap((script) => FONT_WEIGHTS.map((weight) => ({ script, weight })));

const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/**
 * A digest of what the files are made from: the source files, the characters, the options and
 * the tools (the lockfile pins HarfBuzz and the WOFF2 coder with subset-font).
 */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const { script, weight } of FILES) hash.update(sourceFont(script, weight));
  hash.update(readFileSync(require.resolve('subset-font/package.json')));
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
  return hash.update(FONT_CHARACTERS).update(JSON.stringify(DEFAULT_FEATURES)).digest('hex');
}

/** A digest of the files in `dir`, or null when one is missing. */
function outputsDigest(dir: string): string | null {
  const hash = createHash('sha256');
  for (const { script, weight } of FILES) {
    const path = join(dir, fontFile(script, weight));
    if (!existsSync(path)) return null;
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

/**
 * Writes the four files into `dir`, unless they are as the last run made them from the same
 * inputs. `subset` makes one file (`subsetFile`; tests count its calls).
 */
export async function writeFonts(dir: string, subset = subsetFile): Promise<void> {
  const inputs = inputsDigest();
  if (!cacheIsStale(dir, `${inputs}\n${outputsDigest(dir)}`, FONT_STAMP)) return;
  for (const { script, weight } of FILES)
    writeIfChanged(join(dir, fontFile(script, weight)), await subset(script, weight));
  recordDigest(dir, `${inputs}\n${outputsDigest(dir)}`, FONT_STAMP);
}

/** Astro integration: the font files exist before Vite reads the stylesheets. */
export function fontSubset() {
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:setup': ({ config }: { config: { root: URL } }) =>
        writeFonts(fileURLToPath(new URL(`${FONT_DIR}/`, config.root))),
    },
  };
}
