/**
 * British and American spellings in the browser. The build lists, per
 * language, the other spellings of the words of its pages that no page holds
 * (`/<lang>/search-spellings.json`, `src/lib/spelling-variants.ts`): the site
 * writes "organisation" and "centre", a reader may type "organization" and
 * "center". Here a query word is looked up in that table.
 */
import type { SpellingTable } from '../../lib/spelling-variants.ts';
import { searchSpellingsPath } from '../../lib/routes.ts';
import { isLang } from '../../core/vocabulary.ts';
import { spellings } from './vietnamese.ts';

export type { SpellingTable };

/** Shorter words still being typed are not looked up as the start of a listed spelling. */
const MIN_PREFIX = 4;

/**
 * How a query word is spelt in the pages, by the table: `exact` when the
 * table lists the word itself (no page holds it as typed); otherwise, for a
 * word still being typed, the same start of the words of each listed
 * spelling it begins ("organiz": "organis"), where the two spellings have
 * the same length (so their starts line up).
 * @example tableSpellings('Center', { center: ['centre'] }) // { exact: true, words: ['centre'] }
 * @example tableSpellings('organiz', { organization: ['organisation'] }) // { exact: false, words: ['organis'] }
 */
export function tableSpellings(word: string, table: SpellingTable): { exact: boolean; words: string[] } {
  const typed = word.normalize('NFC').toLowerCase();
  const listed = Object.hasOwn(table, typed) ? table[typed] : undefined;
  if (listed) return { exact: true, words: [...listed] };
  const starts = new Set<string>();
  if (typed.length >= MIN_PREFIX) {
    for (const [spelling, words] of Object.entries(table)) {
      if (!spelling.startsWith(typed)) continue;
      for (const other of words) {
        const start = other.slice(0, typed.length);
        if (other.length === spelling.length && start !== typed) starts.add(start);
      }
    }
  }
  return { exact: false, words: [...starts] };
}

/**
 * The spellings of a query word that search may use: `typed`, the reader's
 * (with "đ" for "d", see `vietnamese.ts`), which the engine keeps where they
 * occur, unless the table lists the word, and `table`, the table's.
 * @example searchSpellings('center', { center: ['centre'] }) // { typed: [], table: ['centre'] }
 * @example searchSpellings('dien', {}) // { typed: ['dien', 'đien'], table: [] }
 */
export function searchSpellings(word: string, table: SpellingTable): { typed: string[]; table: string[] } {
  const listed = tableSpellings(word, table);
  return { typed: listed.exact ? [] : spellings(word), table: listed.words };
}

const tables = new Map<string, Promise<SpellingTable>>();

/**
 * A language's table (once per page view, shared by the engine and the
 * chunk prefetch); an empty one if it cannot be read, and words are then
 * searched as typed.
 */
export function loadSpellingTable(lang: string): Promise<SpellingTable> {
  let table = tables.get(lang);
  if (!table) {
    table = isLang(lang)
      ? fetch(searchSpellingsPath(lang))
          .then((r) => (r.ok ? (r.json() as Promise<SpellingTable>) : {}))
          .catch(() => ({}))
      : Promise.resolve({});
    tables.set(lang, table);
  }
  return table;
}
