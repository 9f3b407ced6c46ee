import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ogCardKey, ogCardOf, type OgCard } from '../../src/lib/og-card.ts';
import {
  cardFile,
  cardImage,
  DRAW_CONCURRENCY,
  fillCardCache,
  projectCardCache,
  type CardCache,
} from '../../src/lib/og-cache.ts';
import { ogRenderer } from '../../src/lib/og-render.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const cards = (['vi', 'en'] as const).flatMap((lang) =>
  graph
    .all()
    .filter((e) => e.collection === 'events' || e.collection === 'partnerships')
    .map((e) => ogCardOf(graph, e, lang)),
);

/** A cache in a fresh folder whose stand-in drawing records what it draws. */
function stubCache(renderer = 'r1'): CardCache & { drawn: OgCard[] } {
  const drawn: OgCard[] = [];
  return {
    dir: join(mkdtempSync(join(tmpdir(), 'vdp-cards-')), 'cards'),
    renderer,
    drawn,
    draw: async (card) => {
      drawn.push(card);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return new TextEncoder().encode(`png of ${card.lang} ${card.title}`);
    },
  };
}

describe('fillCardCache', () => {
  test('draws every card once on a cold cache, then none while nothing changes', async () => {
    const cache = stubCache();
    expect(await fillCardCache(cache, cards, 3)).toEqual({ drawn: cards.length, cached: 0 });
    expect(cache.drawn).toHaveLength(cards.length);
    expect(await fillCardCache(cache, cards, 3)).toEqual({ drawn: 0, cached: cards.length });
    expect(cache.drawn).toHaveLength(cards.length);
  });

  test('draws only the card whose words changed', async () => {
    const cache = stubCache();
    await fillCardCache(cache, cards);
    const changed = cards.map((card, i) => (i === 0 ? { ...card, title: `${card.title} (sửa)` } : card));
    expect(await fillCardCache(cache, changed)).toEqual({ drawn: 1, cached: cards.length - 1 });
    expect(cache.drawn.at(-1)?.title).toMatch(/\(sửa\)$/);
  });

  test('draws everything again for another renderer', async () => {
    const cache = stubCache('r1');
    await fillCardCache(cache, cards);
    const next = { ...cache, renderer: 'r2' };
    expect((await fillCardCache(next, cards)).drawn).toBe(cards.length);
  });

  test('draws a card shown twice once, names files by key and leaves no temporary file', async () => {
    const cache = stubCache();
    const first = cards[0] as OgCard;
    expect(await fillCardCache(cache, [first, { ...first }], 2)).toEqual({ drawn: 1, cached: 0 });
    expect(readdirSync(cache.dir)).toEqual([`${ogCardKey(first, 'r1')}.png`]);
  });
});

describe('cardImage', () => {
  test('returns the cached bytes without drawing, and draws a card the cache lacks', async () => {
    const cache = stubCache();
    const [first, second] = cards as [OgCard, OgCard];
    await fillCardCache(cache, [first]);
    expect((await cardImage(cache, first)).toString()).toBe(`png of ${first.lang} ${first.title}`);
    expect(cache.drawn).toHaveLength(1);
    expect(existsSync(cardFile(cache, second))).toBe(false);
    expect((await cardImage(cache, second)).toString()).toBe(`png of ${second.lang} ${second.title}`);
    expect(readFileSync(cardFile(cache, second)).toString()).toBe(`png of ${second.lang} ${second.title}`);
  });
});

describe('projectCardCache', () => {
  test('returns the configured folder and the renderer’s id', () => {
    const cache = projectCardCache();
    expect(cache.dir).toMatch(/node_modules\/\.cache\/vdp-cards$|vdp-cards/);
    expect(cache.renderer).toBe(ogRenderer().id);
    expect(DRAW_CONCURRENCY).toBeGreaterThanOrEqual(2);
  });
});
