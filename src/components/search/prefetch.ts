/**
 * Index chunks fetched while Pagefind is still loading.
 *
 * Pagefind (1.6) keeps the words of a language's index in chunk files, each
 * holding an alphabetical range of words. It learns which chunks a query
 * needs only once its WebAssembly is running, and fetches them then: on a
 * phone's network that is a round trip after the runtime has arrived. The
 * ranges are in the language's metadata file, which the search box's
 * bootstrap has already fetched; this module reads them there and fetches
 * the chunks for the words in the box as soon as they are known, so that
 * Pagefind finds them in the HTTP cache. What it fetches is what Pagefind
 * itself would fetch for the same words, by the same rules
 * (`request_indexes` in Pagefind's `pagefind_web/src/lib.rs`): nothing is
 * loaded that a ready runtime would not have loaded.
 *
 * The words include every spelling the engine searches: "đ" for "d", and
 * the pages' spelling of a word in British or American spelling (from the
 * language's spelling table, `english.ts`, once it has arrived; until then
 * a word the table lists has the chunk of its typed spelling fetched too,
 * which the engine will not search).
 * English words are also looked up by their stem, which this module does
 * not compute; where a stem falls in another chunk than the word, Pagefind
 * fetches that chunk itself, as it would without this module.
 */
import { decodeCBOR } from '@levischuck/tiny-cbor';
import { loadSpellingTable, searchSpellings, type SpellingTable } from './english.ts';
import { queryWords } from './vietnamese.ts';

/** One chunk of a language's word index: the words from `from` to `to`, in `index/<hash>.pf_index`. */
export interface Chunk {
  from: string;
  to: string;
  hash: string;
}

/** What Pagefind puts before the CBOR of a file once it is decompressed. */
const SIGNATURE = 'pagefind_dcd';

function startsWithSignature(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function isChunk(value: unknown): value is [string, string, string] {
  return Array.isArray(value) && value.length >= 3 && value.slice(0, 3).every((part) => typeof part === 'string');
}

/**
 * The index chunks listed in a language's metadata file
 * (`pagefind.<hash>.pf_meta`), as fetched: gzip-compressed, or already
 * decompressed by a host that sent it with `Content-Encoding: gzip`. The
 * file is CBOR: [version, pages, chunks ([from, to, hash] each), filters,
 * sorts]. Throws on anything else.
 */
export async function readChunks(file: Uint8Array): Promise<Chunk[]> {
  const bytes = startsWithSignature(file) ? file : await gunzip(file);
  if (!startsWithSignature(bytes)) throw new Error('Not a Pagefind metadata file: no signature');
  const body = new DataView(bytes.buffer, bytes.byteOffset + SIGNATURE.length, bytes.byteLength - SIGNATURE.length);
  const meta: unknown = decodeCBOR(body);
  const chunks: unknown = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every(isChunk)) throw new Error('Not a Pagefind metadata file: no chunk list');
  return chunks.map(([from, to, hash]) => ({ from, to, hash }));
}

/** Pagefind's `normalizeDiacritics`: marks dropped (but the Japanese voicing marks), so "đổi" is looked up as "đoi". */
function withoutMarks(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** Punctuation Pagefind drops from a term: all but the connectors ("_"), which it keeps. */
const PUNCTUATION = /^[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]$/u;

/**
 * The words Pagefind looks up for a search term, as its `search()` prepares
 * them: characters in lower case, punctuation dropped, marks dropped.
 * @example lookupWords('“Chuyển đổi” số') // ['chuyen', 'đoi', 'so']
 */
export function lookupWords(term: string): string[] {
  const kept = [...term].filter((char) => !PUNCTUATION.test(char)).map((char) => char.toLocaleLowerCase());
  return kept
    .join('')
    .split(/\s+/u)
    .map(withoutMarks)
    .filter((word) => word.length > 0);
}

/** Rust's order of strings (by code point), which Pagefind's chunk ranges follow. */
function compare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

const head = (text: string, count: number): string => [...text].slice(0, count).join('');

/**
 * The chunks Pagefind loads for one looked-up word: those whose range holds
 * it, or, if none does, those whose range holds a word it begins or a word
 * that begins with it (compared on their common length).
 */
export function chunksFor(chunks: readonly Chunk[], word: string): Chunk[] {
  const strict = chunks.filter((c) => compare(word, c.from) >= 0 && compare(word, c.to) <= 0);
  if (strict.length > 0) return strict;
  const length = [...word].length;
  return chunks.filter((c) => {
    const from = Math.min(length, [...c.from].length);
    const to = Math.min(length, [...c.to].length);
    return compare(head(word, from), head(c.from, from)) >= 0 && compare(head(word, to), head(c.to, to)) <= 0;
  });
}

/**
 * The chunks the search engine's searches for a query will load: those of
 * every spelling of every word (`engine.ts` searches them all), the
 * spelling table's included. A single
 * letter is left out: it is nearly always a word still being typed ("dien
 * t"), and the chunk holding it is often not the finished word's; should
 * the reader stop there, Pagefind fetches it itself.
 */
export function chunksForQuery(chunks: readonly Chunk[], query: string, table: SpellingTable = {}): Chunk[] {
  const words = new Set(
    queryWords(query)
      .flatMap((word) => {
        const { typed, table: listed } = searchSpellings(word, table);
        return [...typed, ...listed].flatMap(lookupWords);
      })
      .filter((word) => [...word].length > 1),
  );
  const found = new Map<string, Chunk>();
  for (const word of words) for (const chunk of chunksFor(chunks, word)) found.set(chunk.hash, chunk);
  return [...found.values()];
}

interface Entry {
  languages: Record<string, { hash: string } | undefined>;
}

/**
 * Reads the index chunk ranges of the page's language and returns a
 * function that fetches the chunks of a query, each once. Resolves to a
 * function that does nothing if the files cannot be read.
 * @param entryCache how to read the entry file, which names this build's
 *   metadata file: from the HTTP cache (`default`) where the search box's
 *   bootstrap has just fetched it afresh, else checked with the host
 *   (`no-cache`), so that an older build's copy is never used.
 */
export async function chunkPrefetcher(
  entryCache: RequestCache = 'default',
  base = '/pagefind/',
): Promise<(query: string) => void> {
  try {
    const entry = (await (await fetch(`${base}pagefind-entry.json`, { cache: entryCache })).json()) as Entry;
    const lang = document.documentElement.lang;
    const index = entry.languages[lang];
    if (!index) return () => undefined;
    // The spelling table is not waited for: it arrives after the metadata (the bundle asks for it),
    // and the chunks of the words as typed are wanted at once; its spellings' chunks follow.
    const tableLoaded = loadSpellingTable(lang);
    let table: SpellingTable | undefined;
    void tableLoaded.then((loaded) => (table = loaded));
    const meta = await fetch(`${base}pagefind.${index.hash}.pf_meta`);
    if (!meta.ok) throw new Error(`the metadata file ${meta.url} answered ${meta.status}`);
    const chunks = await readChunks(new Uint8Array(await meta.arrayBuffer()));
    const fetched = new Set<string>();
    const fetchChunks = (query: string, known: SpellingTable): void => {
      for (const { hash } of chunksForQuery(chunks, query, known)) {
        if (fetched.has(hash)) continue;
        fetched.add(hash);
        void fetch(`${base}index/${hash}.pf_index`)
          .then((response) => response.arrayBuffer())
          .catch(() => undefined);
      }
    };
    return (query) => {
      fetchChunks(query, table ?? {});
      if (!table) void tableLoaded.then((loaded) => fetchChunks(query, loaded));
    };
  } catch (error) {
    console.warn('Search: index chunks not fetched ahead:', error);
    return () => undefined;
  }
}
