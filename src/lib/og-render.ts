/**
 * Draws a card (`og-card.ts`) as a 1200 × 630 PNG: satori lays the words
 * out in Be Vietnam Pro and writes SVG (text as paths), resvg rasterises
 * it. The same fonts the site serves (Fontsource's Latin and Vietnamese
 * subsets, regular and bold) are read from node_modules; `rendererId` hashes
 * them with this template's version and the libraries' versions, so any
 * change to how a card is drawn names every image anew.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card.ts';
import { LOCALE_TAG } from '../core/vocabulary.ts';

/** Bump when the layout below changes: every cached image is then drawn again. */
export const OG_TEMPLATE_VERSION = 1;

/** Resolves packages from the project root: the build runs from there, its bundled chunks live elsewhere. */
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

interface FontFile {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

/** Family names: one per subset, so satori looks a letter up in the next subset when one lacks it. */
const LATIN = 'Be Vietnam Pro';
const VIETNAMESE = 'Be Vietnam Pro Vietnamese';

export interface OgRenderer {
  fonts: FontFile[];
  /** Hash of everything besides the words that decides the pixels. */
  id: string;
}

let renderer: OgRenderer | undefined;

/** The fonts and the renderer's id, read once per process. */
export function ogRenderer(): OgRenderer {
  if (renderer) return renderer;
  const file = (subset: string, weight: 400 | 700) =>
    projectRequire.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`);
  const fonts: FontFile[] = [
    { name: LATIN, subset: 'latin' },
    { name: VIETNAMESE, subset: 'vietnamese' },
  ].flatMap(({ name, subset }) =>
    ([400, 700] as const).map((weight) => ({ name, weight, data: readFileSync(file(subset, weight)) })),
  );
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(projectRequire.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  hash.update(`template ${OG_TEMPLATE_VERSION} satori ${version('satori')} resvg ${version('@resvg/resvg-js')}`);
  for (const font of fonts) hash.update(font.data);
  renderer = { fonts, id: hash.digest('hex').slice(0, 16) };
  return renderer;
}

/** The element tree satori reads: React's shape, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: Child | Child[] };
}
type Child = Node | string;

const h = (type: string, style: Record<string, string | number>, children?: Child | Child[], lang?: string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...(lang ? { lang } : {}) },
});

/** Inside the accent border (16 px) and the side padding (72 px each). */
const CONTENT_WIDTH = OG_WIDTH - 16 - 2 * 72;

const COLORS = { bg: '#fbfaf7', text: '#1d232a', muted: '#4e5761', accent: '#0b5d6b', rule: '#d9d5cc' };

/**
 * Title size by length, so short titles read large and long ones still fit in four lines.
 * @example titleSize('Đà Nẵng và Viettel') // 64
 */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 50) return 64;
  if (length <= 90) return 56;
  if (length <= 140) return 48;
  return 42;
}

/** At most `lines` lines, the last one ending in an ellipsis when the text is longer. */
const clamp = (lines: number): Record<string, string | number> => ({ display: 'block', lineClamp: lines });

/** The site's mark (public/favicon.svg), drawn in the card's corner. */
const MARK = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5d6b"/><path d="M8 21 13 11l4 7 3-5 4 8" fill="none" stroke="#fbfaf7" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;

function tree(card: OgCard): Node {
  const size = titleSize(card.title);
  const head = h('div', { display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH }, [
    h('div', { fontSize: 28, fontWeight: 700, color: COLORS.accent, marginBottom: 18 }, card.kicker),
    h(
      'div',
      { ...clamp(4), fontSize: size, fontWeight: 700, lineHeight: 1.18, color: COLORS.text },
      card.title,
      card.titleLang ? LOCALE_TAG[card.titleLang] : undefined,
    ),
  ]);
  const facts = h('div', { display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH }, [
    ...(card.date ? [h('div', { fontSize: 34, fontWeight: 700, color: COLORS.text, marginBottom: 6 }, card.date)] : []),
    ...(card.parties.length > 0
      ? [h('div', { ...clamp(2), fontSize: 30, lineHeight: 1.3, color: COLORS.muted }, card.parties.join(' · '))]
      : []),
  ]);
  const footer = h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      width: CONTENT_WIDTH,
      paddingTop: 22,
      borderTop: `2px solid ${COLORS.rule}`,
    },
    [
      { type: 'img', props: { src: MARK, width: 44, height: 44, style: { marginRight: 18 } } } as unknown as Node,
      h('div', { fontSize: 30, fontWeight: 700, color: COLORS.accent }, card.siteName),
    ],
  );
  return h(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 48px',
      background: COLORS.bg,
      borderLeft: `16px solid ${COLORS.accent}`,
      fontFamily: `'${LATIN}', '${VIETNAMESE}'`,
    },
    [head, h('div', { display: 'flex', flexDirection: 'column' }, [facts, h('div', { height: 28 }), footer])],
    LOCALE_TAG[card.lang],
  );
}

/**
 * The card as SVG. Text is drawn as paths, so the words are not in it as
 * text: tests check the layout through `ogCardText` and the pixels.
 */
export async function ogSvg(card: OgCard, using: OgRenderer = ogRenderer(), missing?: string[]): Promise<string> {
  return satori(tree(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: using.fonts.map((font) => ({ ...font, style: 'normal' as const })),
    // Called for text no font has a glyph for; the fonts cover Vietnamese and English, so tests expect none.
    loadAdditionalAsset: async (_code, segment) => {
      missing?.push(segment);
      return [];
    },
  });
}

/**
 * The card as SVG with its words kept as `<text>` (satori's `embedFont: false`),
 * for tests: what is drawn, without reading pixels.
 */
export async function ogSvgText(card: OgCard, using: OgRenderer = ogRenderer()): Promise<string> {
  return satori(tree(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    embedFont: false,
    fonts: using.fonts.map((font) => ({ ...font, style: 'normal' as const })),
  });
}

/** The card as PNG. Rasterising runs off the main thread, so several cards can be drawn at once. */
export async function ogPng(card: OgCard, using: OgRenderer = ogRenderer()): Promise<Buffer> {
  const svg = await ogSvg(card, using);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}
