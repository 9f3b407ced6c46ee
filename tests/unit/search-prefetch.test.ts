/**
 * The search box's early fetch of index chunks (`src/components/search/prefetch.ts`):
 * its reading of Pagefind's metadata and its choice of chunks, checked against an
 * index that Pagefind itself writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  chunksFor,
  chunksForQuery,
  lookupWords,
  readChunks,
  type Chunk,
} from '../../src/components/search/prefetch.ts';

/** Distinct words, enough for Pagefind to split the index into several chunks. */
const WORDS = Array.from({ length: 6000 }, (_, i) => `từ${i.toString(36)}x`);

let dir = '';
let metaFile: Uint8Array;
let chunkFiles: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vdp-prefetch-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error('Pagefind did not create an index');
  for (let page = 0; page < 20; page++)
    await index.addCustomRecord({
      url: `/p${page}/`,
      content: WORDS.slice(page * 300, page * 300 + 300).join(' '),
      language: 'vi',
    });
  await index.writeFiles({ outputPath: dir });
  await pagefind.close();
  const meta = readdirSync(dir).find((name) => name.endsWith('.pf_meta'));
  if (!meta) throw new Error('Pagefind wrote no metadata file');
  metaFile = readFileSync(join(dir, meta));
  chunkFiles = readdirSync(join(dir, 'index'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A chunk file's text, decompressed: its words appear in it as written. */
const chunkText = (chunk: Chunk): string =>
  gunzipSync(readFileSync(join(dir, 'index', `${chunk.hash}.pf_index`))).toString('utf8');

describe('readChunks', () => {
  test('lists the chunk files Pagefind wrote, in order of their word ranges', async () => {
    const chunks = await readChunks(metaFile);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => `${c.hash}.pf_index`).sort()).toEqual([...chunkFiles].sort());
    for (const [i, chunk] of chunks.entries()) {
      expect(chunk.from <= chunk.to).toBe(true);
      const next = chunks[i + 1];
      if (next) expect(chunk.to < next.from).toBe(true);
    }
  });

  test('reads a file the host has already decompressed', async () => {
    expect(await readChunks(gunzipSync(metaFile))).toEqual(await readChunks(metaFile));
  });

  test('rejects a file that is not Pagefind metadata', async () => {
    await expect(readChunks(new TextEncoder().encode('<!doctype html>'))).rejects.toThrow();
    const chunk = readFileSync(join(dir, 'index', chunkFiles[0] ?? ''));
    await expect(readChunks(chunk)).rejects.toThrow(/chunk list/);
  });
});

describe('chunksFor', () => {
  test('finds, for every word of the index, the one chunk that holds it', async () => {
    const chunks = await readChunks(metaFile);
    const texts = new Map(chunks.map((c) => [c.hash, chunkText(c)]));
    for (const word of WORDS.filter((_, i) => i % 97 === 0)) {
      const [looked] = lookupWords(word);
      const found = chunksFor(chunks, looked ?? '');
      expect(found, word).toHaveLength(1);
      expect(texts.get(found[0]?.hash ?? '')).toContain(looked);
    }
  });

  const ranges: Chunk[] = [
    { from: 'a', to: 'ch', hash: 'one' },
    { from: 'ci', to: 'f', hash: 'two' },
    { from: 'g', to: 'đinh', hash: 'three' },
  ];

  test('a word inside a range, or on its edge, takes that chunk', () => {
    expect(chunksFor(ranges, 'b').map((c) => c.hash)).toEqual(['one']);
    expect(chunksFor(ranges, 'ch').map((c) => c.hash)).toEqual(['one']);
    expect(chunksFor(ranges, 'ci').map((c) => c.hash)).toEqual(['two']);
  });

  test('a word between ranges takes those that hold its start, as Pagefind does', () => {
    // "chuyen" sorts after "ch" and before "ci": no range holds it; cut to the
    // length of "ch" it is "ch", the end of the first range.
    expect(chunksFor(ranges, 'chuyen').map((c) => c.hash)).toEqual(['one']);
  });

  test('orders by code point, as Rust does: "đ" after every Latin letter', () => {
    expect(chunksFor(ranges, 'đa').map((c) => c.hash)).toEqual(['three']);
    expect(chunksFor(ranges, 'đoi')).toEqual([]);
  });
});

describe('lookupWords', () => {
  test('lower case, punctuation and marks dropped, "đ" kept', () => {
    expect(lookupWords('“Chuyển đổi” số')).toEqual(['chuyen', 'đoi', 'so']);
    expect(lookupWords('Đà  Nẵng, smart-city')).toEqual(['đa', 'nang', 'smartcity']);
    expect(lookupWords('mã_số')).toEqual(['ma_so']);
  });

  test('composed and decomposed input look up the same words', () => {
    expect(lookupWords('Thuỷ'.normalize('NFD'))).toEqual(lookupWords('Thuỷ'));
  });
});

describe('chunksForQuery', () => {
  test("covers every spelling the engine searches: a word in 'd' also in 'đ'", () => {
    const chunks: Chunk[] = [
      { from: 'a', to: 'e', hash: 'd-words' },
      { from: 'f', to: 'z', hash: 'latin' },
      { from: 'đ', to: 'đz', hash: 'đ-words' },
    ];
    expect(
      chunksForQuery(chunks, 'dien tu')
        .map((c) => c.hash)
        .sort(),
    ).toEqual(['d-words', 'latin', 'đ-words']);
    expect(chunksForQuery(chunks, 'tu').map((c) => c.hash)).toEqual(['latin']);
    expect(chunksForQuery(chunks, '  ')).toEqual([]);
  });

  test("covers the spelling table's words instead of a word the table lists", () => {
    const chunks: Chunk[] = [
      { from: 'a', to: 'centerz', hash: 'center' },
      { from: 'centr', to: 'nz', hash: 'centre' },
      { from: 'o', to: 'z', hash: 'operations' },
    ];
    const table = { center: ['centre'], organization: ['organisation'] };
    const hashes = (query: string) =>
      chunksForQuery(chunks, query, table)
        .map((c) => c.hash)
        .sort();
    expect(hashes('operations center')).toEqual(['centre', 'operations']);
    // A word being typed: its own chunk, and that of the start of its other spelling.
    expect(hashes('organiz')).toEqual(['operations']);
    expect(hashes('cente')).toEqual(['center', 'centre']);
    expect(chunksForQuery(chunks, 'operations center').map((c) => c.hash)).toEqual(['operations', 'center']);
  });

  test('leaves out a single letter, a word still being typed', () => {
    const chunks: Chunk[] = [
      { from: 'a', to: 'm', hash: 'first' },
      { from: 'n', to: 'z', hash: 'second' },
    ];
    expect(chunksForQuery(chunks, 'dien t').map((c) => c.hash)).toEqual(['first']);
    expect(chunksForQuery(chunks, 'dien tu').map((c) => c.hash)).toEqual(['first', 'second']);
  });
});
