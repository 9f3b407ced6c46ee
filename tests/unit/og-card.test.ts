import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import type { AnyEntry } from '../../src/lib/model.ts';
import {
  capitalise,
  hasOgCard,
  OG_HEIGHT,
  OG_WIDTH,
  ogAlt,
  ogCardKey,
  ogCardOf,
  ogImageMeta,
  type OgCard,
} from '../../src/lib/og-card.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const get = (collection: AnyEntry['collection'], id: string) => graph.get(collection, id) as AnyEntry;

describe('ogCardOf', () => {
  test('returns the words on a partnership’s card: site, kind, title, period, parties', () => {
    expect(ogCardOf(graph, get('partnerships', 'hoa-vang-vnpt'), 'vi')).toEqual({
      lang: 'vi',
      siteName: 'Hợp tác chuyển đổi số',
      kicker: 'Hợp tác · Biên bản ghi nhớ',
      title: 'Hòa Vang và VNPT ký ghi nhớ',
      titleLang: undefined,
      date: 'Tháng 4 năm 2022 – năm 2024',
      parties: ['VNPT Đà Nẵng', 'UBND huyện Hòa Vang'],
    });
  });
  test('keeps the date at its precision, capitalised, and marks a title in the other language', () => {
    const card = ogCardOf(graph, get('events', 'ky-ket'), 'en');
    expect(card.date).toBe('Late April 2022');
    expect(card.title).toBe('Hòa Vang ký ghi nhớ với VNPT');
    expect(card.titleLang).toBe('vi');
    expect(card.siteName).toBe('Vietnam Digital Partnerships');
  });
  test('says so when the sources give no date, rather than guess one', () => {
    expect(ogCardOf(graph, get('events', 'chua-ro-ngay'), 'en').date).toBe('Date not stated in the source');
    expect(ogCardOf(graph, get('events', 'chua-ro-ngay'), 'vi').date).toBe('Nguồn không nêu ngày');
  });
});

describe('hasOgCard', () => {
  test('returns true for partnerships and events only', () => {
    expect(hasOgCard(get('partnerships', 'hoa-vang-vnpt'))).toBe(true);
    expect(hasOgCard(get('events', 'dao-tao'))).toBe(true);
    expect(hasOgCard(get('places', 'hoa-vang'))).toBe(false);
    expect(hasOgCard(get('organizations', 'vnpt'))).toBe(false);
  });
});

describe('capitalise', () => {
  test('returns the text with its first letter in upper case, diacritics kept', () => {
    expect(capitalise('cuối tháng 4 năm 2022', 'vi')).toBe('Cuối tháng 4 năm 2022');
    expect(capitalise('đầu năm 2023', 'vi')).toBe('Đầu năm 2023');
    expect(capitalise('2021 – 2025', 'en')).toBe('2021 – 2025');
    expect(capitalise('', 'en')).toBe('');
  });
});

describe('ogAlt', () => {
  test('returns what the card shows, in reading order', () => {
    const card = ogCardOf(graph, get('partnerships', 'hoa-vang-vnpt'), 'vi');
    expect(ogAlt(card)).toBe(
      'Hợp tác · Biên bản ghi nhớ: Hòa Vang và VNPT ký ghi nhớ — Tháng 4 năm 2022 – năm 2024 — VNPT Đà Nẵng, UBND huyện Hòa Vang — Hợp tác chuyển đổi số',
    );
  });
  test('leaves out a missing date and parties', () => {
    const card: OgCard = { ...ogCardOf(graph, get('events', 'dao-tao'), 'en'), date: null, parties: [] };
    expect(ogAlt(card)).toBe(`${card.kicker}: ${card.title} — ${card.siteName}`);
  });
});

describe('ogCardKey', () => {
  const card = ogCardOf(graph, get('partnerships', 'hoa-vang-vnpt'), 'en');
  const key = ogCardKey(card, 'renderer-1');

  test('returns the same key for the same words and renderer', () => {
    expect(ogCardKey({ ...card, parties: [...card.parties] }, 'renderer-1')).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  test.each([
    ['title', { title: `${card.title}!` }],
    ['date', { date: '2023 – 2024' }],
    ['parties', { parties: [...card.parties, 'FPT'] }],
    ['party order', { parties: [...card.parties].reverse() }],
    ['kind', { kicker: 'Partnership · Programme' }],
    ['language', { lang: 'vi' as const }],
    ['site name', { siteName: 'Another site' }],
    ['title language', { titleLang: 'vi' as const }],
  ])('returns another key when the %s changes', (_name, change) => {
    expect(ogCardKey({ ...card, ...change }, 'renderer-1')).not.toBe(key);
  });

  test('returns another key for another renderer (template, fonts or libraries)', () => {
    expect(ogCardKey(card, 'renderer-2')).not.toBe(key);
  });

  test('returns the same key when something the card does not show changes (summary, sources, body)', () => {
    const entry = get('partnerships', 'hoa-vang-vnpt');
    const edited = {
      ...entry,
      facts: { ...entry.facts, sources: [{ collection: 'sources', id: 'nguon-hai' }], status: 'completed' },
      prose: {
        ...entry.prose,
        en: { ...(entry.prose.en as NonNullable<AnyEntry['prose']['en']>), summary: 'A new summary.', key: 'other' },
      },
    } as AnyEntry;
    const others = graph.all().filter((e) => !(e.collection === entry.collection && e.id === entry.id));
    const editedGraph = buildGraph([...others, edited]);
    expect(ogCardKey(ogCardOf(editedGraph, edited, 'en'), 'renderer-1')).toBe(key);
  });

  test('returns another key when a party is renamed', () => {
    const org = get('organizations', 'vnpt-da-nang');
    const renamed = {
      ...org,
      prose: { ...org.prose, en: { ...(org.prose.en as NonNullable<AnyEntry['prose']['en']>), shortTitle: 'VNPT DN' } },
    } as AnyEntry;
    const others = graph.all().filter((e) => !(e.collection === org.collection && e.id === org.id));
    const renamedGraph = buildGraph([...others, renamed]);
    const partnership = renamedGraph.get('partnerships', 'hoa-vang-vnpt') as AnyEntry;
    expect(ogCardKey(ogCardOf(renamedGraph, partnership, 'en'), 'renderer-1')).not.toBe(key);
  });
});

describe('ogImageMeta', () => {
  test('returns the absolute image URL, its size and alternative text for partnerships and events', () => {
    const meta = ogImageMeta(graph, get('events', 'dao-tao'), 'vi', 'https://example.org');
    expect(meta).toEqual({
      url: 'https://example.org/og/vi/events/dao-tao.png',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      alt: ogAlt(ogCardOf(graph, get('events', 'dao-tao'), 'vi')),
    });
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });
  test('returns null for entries without a card', () => {
    expect(ogImageMeta(graph, get('places', 'hue'), 'en', 'https://example.org')).toBeNull();
  });
});
