/**
 * Card images kept between builds, named by content hash (`ogCardKey`): a
 * card whose words, template, fonts and libraries are unchanged is read from
 * the cache, never drawn again, so its bytes stay identical from build to
 * build. The build draws the missing ones in one batch, a few at a time
 * (rasterising runs off the main thread), before the first image is written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { CARD_CACHE_DIR } from '../core/config.ts';
import { ogCardKey, type OgCard } from './og-card.ts';
import { ogPng, ogRenderer } from './og-render.ts';

/** Draws one card; `og-render.ts`'s `ogPng` in the build, a stand-in in tests. */
export type DrawCard = (card: OgCard) => Promise<Uint8Array>;

export interface CardCache {
  dir: string;
  /** The renderer's id (`ogRenderer().id`): part of every key. */
  renderer: string;
  draw: DrawCard;
}

/** The cache file of a card. */
export const cardFile = (cache: CardCache, card: OgCard): string =>
  join(cache.dir, `${ogCardKey(card, cache.renderer)}.png`);

/** How a batch went: cards drawn now, cards found in the cache. */
export interface BatchReport {
  drawn: number;
  cached: number;
}

/**
 * Makes sure every card is in the cache, drawing the missing ones
 * `concurrency` at a time. Each file is written under a temporary name and
 * renamed, so a build stopped half-way never leaves a truncated image behind.
 */
export async function fillCardCache(cache: CardCache, cards: OgCard[], concurrency = 3): Promise<BatchReport> {
  mkdirSync(cache.dir, { recursive: true });
  const byFile = new Map<string, OgCard>();
  for (const card of cards) byFile.set(cardFile(cache, card), card);
  const missing = [...byFile].filter(([file]) => !existsSync(file));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const [file, card] = missing[next++] as [string, OgCard];
      const png = await cache.draw(card);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { drawn: missing.length, cached: byFile.size - missing.length };
}

/** A card's image: from the cache, drawn (and kept) when missing. */
export async function cardImage(cache: CardCache, card: OgCard): Promise<Buffer> {
  const file = cardFile(cache, card);
  if (!existsSync(file)) await fillCardCache(cache, [card], 1);
  return readFileSync(file);
}

/** The build's cache: `CARD_CACHE_DIR` (from the project root), drawn by `ogPng`. */
export function projectCardCache(): CardCache {
  const renderer = ogRenderer();
  return { dir: resolve(CARD_CACHE_DIR), renderer: renderer.id, draw: (card) => ogPng(card, renderer) };
}

/** Cards drawn at once: one more than the cores, so satori's layout overlaps resvg's rasterising. */
export const DRAW_CONCURRENCY = availableParallelism() + 1;
