/**
 * Vietnamese spelling variants for search, in the browser.
 *
 * Pagefind folds tone and vowel marks ("toan dien" finds "toàn diện", and
 * "hoà" and "hòa" are the same word to it), but "đ" is a letter of its own,
 * not a "d" with a mark, so "dien tu" does not find "điện tử". Readers who
 * type without diacritics write "d" for both letters.
 *
 * The fix is on the query side: a word that starts with "d" is also searched
 * with "đ", and the result sets are merged (`engine.ts`). The index and the
 * page text stay untouched, so Pagefind's excerpts and highlighting show the
 * words as written ("<mark>điện</mark> <mark>tử</mark>"). Rewriting the text
 * before indexing (folding "đ" to "d" in the HTML, or extra hidden tokens)
 * would put folded words into excerpts; custom records through Pagefind's
 * Node API would need a second copy of every page's text for display.
 * In Vietnamese "đ" only begins a syllable, so only the first letter varies.
 */

/**
 * Text reduced to bare lower-case letters and digits, for comparing
 * spellings: marks dropped, "đ" read as "d", any order of tone marks,
 * composed or decomposed (NFD) input, punctuation as spaces.
 * @example fold('Thuỷ  Điện') === fold('thủy dien') // 'thuy dien'
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The words of a query as the reader typed them, composed (NFC), without
 * quotes (phrases are ranked first anyway) and without empty words.
 * @example queryWords(' “Da  Nang” ') // ['Da', 'Nang']
 */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .replace(/["“”„«»]/g, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
}

/**
 * Spellings of one word to search: the word itself, and, when it starts with
 * a plain "d", the same word with "đ".
 * @example spellings('Da') // ['Da', 'Đa']
 * @example spellings('điện') // ['điện']
 */
export function spellings(word: string): string[] {
  const first = word[0];
  if (first === 'd') return [word, `đ${word.slice(1)}`];
  if (first === 'D') return [word, `Đ${word.slice(1)}`];
  return [word];
}

/**
 * Every combination of one spelling per word, as query strings, the reader's
 * own spelling first.
 * @example combinations([['da', 'đa'], ['nang']]) // ['da nang', 'đa nang']
 */
export function combinations(options: readonly (readonly string[])[]): string[] {
  return options
    .reduce<string[][]>((acc, choices) => acc.flatMap((prefix) => choices.map((c) => [...prefix, c])), [[]])
    .map((words) => words.join(' '));
}

/** Marks, brackets and quotes that end a phrase: "diện. Từ" is not "diện từ". */
const BREAKS = /[.,;:!?…()[\]{}"“”‘’«»|]+/gu;

/** Folded words of a text, with `|` where punctuation breaks a phrase. */
function phraseTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(BREAKS, ' | ')
    .split(/[^\p{L}\p{N}|]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Whether a text contains the words of a query in a row, in any spelling,
 * not across punctuation; the last word may be a prefix (the reader may
 * still be typing).
 * @example containsPhrase('Chính quyền điện tử, dịch vụ công', 'dien tu') // true
 * @example containsPhrase('hợp tác toàn diện. Từ tháng 6', 'dien tu') // false
 */
export function containsPhrase(text: string, query: string): boolean {
  const needle = phraseTokens(query).filter((token) => token !== '|');
  if (needle.length === 0) return false;
  const hay = phraseTokens(text);
  const last = needle.length - 1;
  return hay.some((_, start) =>
    needle.every((word, j) => {
      const token = hay[start + j];
      return token !== undefined && token !== '|' && (j === last ? token.startsWith(word) : token === word);
    }),
  );
}
