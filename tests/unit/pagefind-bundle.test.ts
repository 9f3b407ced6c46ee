import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { filesUnder } from '../../scripts/lib/code-digest.ts';
import {
  ENTRY_FILE,
  languageGlob,
  mergeBundle,
  mergeEntries,
  type PagefindEntry,
} from '../../scripts/lib/pagefind-bundle.ts';

const entry = (languages: Record<string, unknown>, version = '1.6.0'): PagefindEntry => ({
  version,
  languages,
  include_characters: ['_', '‿'],
});
const vi = { hash: 'vi_466d689d4f', wasm: null, page_count: 3 };
const en = { hash: 'en_2ddba6443a', wasm: 'en', page_count: 2 };

describe('mergeEntries', () => {
  test('lists the languages of both in code order, as one run over both writes them', () => {
    const merged = mergeEntries(entry({ vi }), entry({ en }));
    expect(JSON.stringify(merged)).toBe(
      '{"version":"1.6.0","languages":{"en":{"hash":"en_2ddba6443a","wasm":"en","page_count":2},"vi":{"hash":"vi_466d689d4f","wasm":null,"page_count":3}},"include_characters":["_","‿"]}',
    );
  });

  test('refuses bundles of two Pagefind versions, different characters, or one language twice', () => {
    expect(() => mergeEntries(entry({ vi }), entry({ en }, '1.5.0'))).toThrow(/two versions: 1.6.0 and 1.5.0/);
    expect(() => mergeEntries(entry({ vi }), { ...entry({ en }), include_characters: ['_'] })).toThrow(/characters/);
    expect(() => mergeEntries(entry({ vi }), entry({ vi: en }))).toThrow(/language vi/);
  });
});

describe('languageGlob', () => {
  test("names the language's folder in place of the glob's first folder", () => {
    expect(languageGlob('*/{*,*/*}/index.html', 'vi')).toBe('vi/{*,*/*}/index.html');
  });

  test('refuses a glob whose first folder is not any language', () => {
    expect(() => languageGlob('**/*.html', 'vi')).toThrow(
      /pagefind.yml: the glob "\*\*\/\*\.html" must start with "\*\/"/,
    );
  });
});

describe('mergeBundle', () => {
  let work = '';
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  function bundle(name: string, files: Record<string, string>, languages: Record<string, unknown>): string {
    const dir = join(work, name);
    for (const [path, text] of Object.entries({ ...files, [ENTRY_FILE]: JSON.stringify(entry(languages)) })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  test('moves every file into one bundle, keeps one copy of the shared ones, lists both languages', () => {
    work = mkdtempSync(join(tmpdir(), 'vdp-pagefind-bundle-'));
    const into = bundle(
      'pagefind',
      { 'pagefind.js': 'runtime', 'fragment/vi_1.pf_fragment': 'vi page', 'wasm.unknown.pagefind': 'wasm' },
      { vi },
    );
    const from = bundle(
      'pagefind.en',
      { 'pagefind.js': 'runtime', 'fragment/en_1.pf_fragment': 'en page', 'wasm.en.pagefind': 'en wasm' },
      { en },
    );
    mergeBundle(from, into);
    expect(existsSync(from)).toBe(false);
    expect(filesUnder(into, '.')).toEqual([
      'fragment/en_1.pf_fragment',
      'fragment/vi_1.pf_fragment',
      ENTRY_FILE,
      'pagefind.js',
      'wasm.en.pagefind',
      'wasm.unknown.pagefind',
    ]);
    expect(readFileSync(join(into, 'fragment/en_1.pf_fragment'), 'utf8')).toBe('en page');
    expect(Object.keys((JSON.parse(readFileSync(join(into, ENTRY_FILE), 'utf8')) as PagefindEntry).languages)).toEqual([
      'en',
      'vi',
    ]);
  });

  test('stops when two runs wrote a shared file differently, naming it', () => {
    work = mkdtempSync(join(tmpdir(), 'vdp-pagefind-bundle-'));
    const into = bundle('pagefind', { 'pagefind.js': 'runtime 1' }, { vi });
    const from = bundle('pagefind.en', { 'pagefind.js': 'runtime 2' }, { en });
    expect(() => mergeBundle(from, into)).toThrow(/wrote pagefind.js differently/);
  });
});
