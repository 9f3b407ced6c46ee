import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardOf, type OgCard } from '../../src/lib/og-card.ts';
import { OG_TEMPLATE_VERSION, ogPng, ogRenderer, ogSvg, ogSvgText, titleSize } from '../../src/lib/og-render.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const partnership = ogCardOf(graph, graph.get('partnerships', 'hoa-vang-vnpt')!, 'vi');
const event = ogCardOf(graph, graph.get('events', 'dao-tao')!, 'en');

/** The lines satori drew with `<text>` (one element per word), top to bottom, and each word's right edge. */
function drawnLines(svg: string): { lines: string[]; rightmost: number } {
  const words = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      right: Number(m[1]) + Number(m[3]),
      text: (m[4] ?? '').replace(/&amp;/g, '&'),
    }),
  );
  const rows = new Map<number, typeof words>();
  for (const word of words) rows.set(word.y, [...(rows.get(word.y) ?? []), word]);
  const lines = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((w) => w.text)
        .join('')
        .trim(),
    );
  return { lines, rightmost: Math.max(...words.map((w) => w.right)) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('ogSvgText', () => {
  test.each([
    ['a partnership, in Vietnamese', partnership],
    ['an event, in English', event],
  ])('draws every word of %s: kind, title, date, parties and site name, inside the card', async (_name, card) => {
    const { lines, rightmost } = drawnLines(await ogSvgText(card));
    const text = lines.join(' ');
    expect(lines[0]).toBe(card.kicker);
    expect(text).toContain(card.title);
    expect(text).toContain(card.date as string);
    expect(text).toContain(card.parties.join(' · '));
    expect(lines.at(-1)).toBe(card.siteName);
    expect(rightmost).toBeLessThanOrEqual(OG_WIDTH - 72);
  });

  test('cuts a title longer than four lines with an ellipsis', async () => {
    const long: OgCard = { ...event, title: Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') };
    const { lines } = drawnLines(await ogSvgText(long));
    const titleLines = lines.slice(1, lines.indexOf(long.date as string));
    expect(titleLines).toHaveLength(4);
    expect(titleLines.at(-1)).toMatch(/…$/);
  });
});

describe('ogSvg', () => {
  test('finds a glyph for every letter of Vietnamese and English text in Be Vietnam Pro', async () => {
    const missing: string[] = [];
    const vietnamese: OgCard = {
      ...partnership,
      title: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế và Tập đoàn Bưu chính Viễn thông: “ký kết” đợt ấy, ỹ ỵ ữ ợ ặ ẫ',
      parties: ['Sở TT&TT Đà Nẵng', 'Phòng GD&ĐT huyện Hòa Vang'],
    };
    for (const card of [vietnamese, partnership, event]) await ogSvg(card, ogRenderer(), missing);
    expect(missing).toEqual([]);
  });
});

describe('ogPng', () => {
  test('returns a 1200 × 630 PNG', async () => {
    const png = await ogPng(event);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
  });
  test('returns the same bytes for the same card, and other bytes for another', async () => {
    const [a, b, c] = await Promise.all([ogPng(event), ogPng({ ...event }), ogPng(partnership)]);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, c)).not.toBe(0);
  });
});

describe('ogRenderer', () => {
  test('returns the four font files the site serves and a stable id', () => {
    const renderer = ogRenderer();
    expect(renderer.fonts.map((f) => `${f.name} ${f.weight}`)).toEqual([
      'Be Vietnam Pro 400',
      'Be Vietnam Pro 700',
      'Be Vietnam Pro Vietnamese 400',
      'Be Vietnam Pro Vietnamese 700',
    ]);
    expect(renderer.id).toMatch(/^[0-9a-f]{16}$/);
    expect(ogRenderer().id).toBe(renderer.id);
    expect(OG_TEMPLATE_VERSION).toBeGreaterThan(0);
  });
});

describe('titleSize', () => {
  test('returns smaller type for longer titles', () => {
    expect(titleSize('Đà Nẵng và Viettel')).toBe(64);
    expect(titleSize('x'.repeat(80))).toBe(56);
    expect(titleSize('x'.repeat(120))).toBe(48);
    expect(titleSize('x'.repeat(200))).toBe(42);
  });
});
