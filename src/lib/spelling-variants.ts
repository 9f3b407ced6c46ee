/**
 * The other spelling, British or American, of the words of the site's text,
 * for search (`/<lang>/search-spellings.json`, read by the search engine in
 * the browser: `src/components/search/english.ts`).
 *
 * The site writes British English ("organisation", "centre", "licence");
 * readers type either. Pagefind matches word prefixes and stems, so "program"
 * finds "programme", but "organization" and "center" find no page. At build,
 * each word of a language's text that has another spelling by the rules
 * below, which is not itself a word of that text, is listed under that
 * spelling; a query word found in the list is searched in both. Only the
 * text's own words are listed, so the browser never searches a spelling that
 * no page holds, and the list stays small: the rules' odd outputs (such as
 * "enterprize" from "enterprise") cost a few bytes and are never typed.
 */

import { proseOf, type Graph } from './graph.ts';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import type { Lang } from '../core/vocabulary.ts';

/** A rewrite of whole lower-case words: a pattern and its replacement. */
type Rewrite = readonly [RegExp, string];

/** Endings after the -ise/-ize, -our/-or and -ell/-el stems. */
const IZE = '(e|es|ed|ing|er|ers|ation|ations|ational)';
const OUR = '(|s|ed|ing|ite|ites|able|er|ers)';
const ELL = '(ed|ing|er|ers)';

/** Rewrites whole words, once each: tried in turn, every one that matches gives a spelling. */
const rewrites = (pairs: readonly (readonly [string, string])[]): Rewrite[] =>
  pairs.map(([pattern, replacement]) => [new RegExp(`^${pattern}$`, 'u'), replacement]);

/** British spellings to American ones. */
const TO_AMERICAN: readonly Rewrite[] = rewrites([
  // organise, organisation, digitised (three letters first: not "rise")
  [`(\\p{L}{3,})is${IZE}`, '$1iz$2'],
  ['(\\p{L}{2,})ys(e|es|ed|ing)', '$1yz$2'], // analyse
  ['(\\p{L}{2,}[bt])re(s?)', '$1er$2'], // centre, metre, fibre
  [`(\\p{L}{3,})our${OUR}`, '$1or$2'], // colour, labour, favourite (not "four", "hour", "your")
  ['(lic|def|off|pret)ence(s?)', '$1ense$2'], // licence, defence
  ['(\\p{L}{3,})ogue(s?)', '$1og$2'], // catalogue, dialogue
  [`(\\p{L}{2,})ell${ELL}`, '$1el$2'], // travelled, modelling, cancelled
  ['(enrol|fulfil)(ment|ments)?', '$1l$2'],
  ['judgement(s?)', 'judgment$1'],
  ['ageing', 'aging'],
  ['grey', 'gray'],
  ['aluminium', 'aluminum'],
  ['sceptic(al|s)?', 'skeptic$1'],
]);

/** American spellings to British ones: the same differences the other way. */
const TO_BRITISH: readonly Rewrite[] = rewrites([
  [`(\\p{L}{3,})iz${IZE}`, '$1is$2'],
  ['(\\p{L}{2,})yz(e|es|ed|ing)', '$1ys$2'],
  ['(\\p{L}{2,}[bt])er(s?)', '$1re$2'],
  [`(\\p{L}{3,})or${OUR}`, '$1our$2'],
  ['(lic|def|off|pret)ense(s?)', '$1ence$2'],
  ['(\\p{L}{3,})og(s?)', '$1ogue$2'],
  [`(\\p{L}{2,}[^l])el${ELL}`, '$1ell$2'],
  ['(enrol|fulfil)l(ment|ments)?', '$1$2'],
  ['judgment(s?)', 'judgement$1'],
  ['aging', 'ageing'],
  ['gray', 'grey'],
  ['aluminum', 'aluminium'],
  ['skeptic(al|s)?', 'sceptic$1'],
]);

/**
 * The other spellings of one lower-case word, British to American and back.
 * @example otherSpellings('organisations') // ['organizations']
 * @example otherSpellings('center') // ['centre']
 */
export function otherSpellings(word: string): string[] {
  const found = new Set<string>();
  for (const [pattern, replacement] of [...TO_AMERICAN, ...TO_BRITISH]) {
    if (pattern.test(word)) found.add(word.replace(pattern, replacement));
  }
  found.delete(word);
  return [...found];
}

/** The lower-case words of a text (letters only, as Pagefind splits English). */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/** Spelling → the text's words spelt otherwise, keys and words sorted (a stable file). */
export type SpellingTable = Readonly<Record<string, readonly string[]>>;

/**
 * For the words of some texts: every other spelling that is not itself one
 * of their words, with the words it stands for.
 * @example spellingTable(['The Operations Centre', 'centres']) // { center: ['centre'], centers: ['centres'] }
 */
export function spellingTable(texts: Iterable<string>): SpellingTable {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) vocabulary.add(word);
  const table = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    for (const other of otherSpellings(word)) {
      if (vocabulary.has(other)) continue;
      const words = table.get(other) ?? new Set<string>();
      words.add(word);
      table.set(other, words);
    }
  }
  return Object.fromEntries([...table.keys()].sort().map((key) => [key, [...(table.get(key) ?? [])].sort()] as const));
}

/**
 * The text of structured values shown on pages (names, evidence excerpts and
 * their translations), without identifiers and references: a value without
 * a space that is a lower-case slug ("ubnd-thu-duc", "organizations.vnpt")
 * is not text a reader sees.
 */
export function* textValues(value: unknown): Generator<string> {
  if (typeof value === 'string') {
    if (!/^[a-z0-9._/-]*$/u.test(value)) yield value;
  } else if (Array.isArray(value)) {
    for (const item of value) yield* textValues(item);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) yield* textValues(item);
  }
}

const UI = { vi, en } as const;

/**
 * The texts of a language's pages whose words the table covers: the UI
 * strings (without their placeholders, "{organization}", which no reader
 * sees), and each entry's title, short title, summary, prose body (`bodyOf`
 * its prose key) and facts text.
 */
export function* searchTexts(graph: Graph, lang: Lang, bodyOf: (key: string) => string): Generator<string> {
  for (const text of Object.values(UI[lang])) yield text.replace(/\{[^}]*\}/gu, ' ');
  for (const entry of graph.all()) {
    const shown = proseOf(entry, lang).prose;
    yield shown.title;
    yield shown.shortTitle;
    yield shown.summary;
    yield bodyOf(shown.key);
    yield* textValues(entry.facts);
  }
}
