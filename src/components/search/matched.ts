/**
 * Whether Pagefind matched the words of a query, or stand-ins for them.
 *
 * Pagefind 1.6 (`find_word_extensions`) matches a query word to every
 * indexed word that starts with it, and, when no indexed word does, to the
 * longest indexed word that the query word starts with. Meant for stems, that
 * fallback turns a word the record does not hold into results that do not
 * hold it either: on the Vietnamese index "disaster" finds the syllable "di"
 * (10 pages on the real site), on the English one "axolotl" finds the article
 * "a" (84 pages). A reader then sees pages that have nothing to do with the
 * query, and never hears that the other language has some (`engine.ts`).
 *
 * In a query of several words, Pagefind leaves out a word that neither
 * starts nor extends an indexed word, and returns the pages of the others;
 * a result must hold every word of the query, so those go too.
 *
 * The fallback is all or nothing for a word: either every page found holds
 * an indexed word starting with it, or none does. So one page's matched
 * words tell for the whole search: the words of its text at the positions
 * Pagefind reports (split as Pagefind splits them for its excerpts), each
 * read as Pagefind indexes it: punctuation removed, lower case, marks
 * folded, stemmed in English. `stem` is the index's stemmer: Pagefind stems
 * English words with Snowball's English stemmer (Porter2, the `porter2`
 * package here) and leaves Vietnamese ones as they are.
 */
import { fold } from './vietnamese.ts';

/** What Pagefind's query reader drops (dashes, brackets, quotes, other punctuation). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * A query's words as Pagefind searches them: punctuation removed (so
 * "smart-city" is one word, "smartcity"), lower case, quotes gone.
 * @example pagefindTerms('"Smart-city" 3.5') // ['smartcity', '35']
 */
export function pagefindTerms(query: string): string[] {
  return query
    .replace(PUNCTUATION, '')
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/** A word reduced to bare letters and digits, "đ" read as "d" (see `fold`). */
const bare = (word: string): string => fold(word).replace(/ /g, '');

/** The words of a page's indexed text at Pagefind's word positions (as its excerpts mark them). */
export function wordsAt(content: string, positions: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return positions.flatMap((position) => {
    const word = words[position];
    return word === undefined ? [] : [word];
  });
}

/**
 * Whether a word of a page's text is one Pagefind found for a query term
 * because it extends the term (the term, a longer word, or the same stem),
 * and not as the stand-in for a term no indexed word extends. A word with
 * inner punctuation ("smart-city") is indexed whole ("smartcity") and in
 * its parts, as Pagefind does.
 * @example extendsTerm('chuyển', 'chuy') // true
 * @example extendsTerm('di', 'disaster') // false
 * @example extendsTerm('partnership', 'partnerships', stem) // true
 */
export function extendsTerm(word: string, term: string, stem?: (word: string) => string): boolean {
  const wanted = bare(term.replace(PUNCTUATION, ''));
  if (wanted === '') return true;
  const forms = [bare(word.replace(PUNCTUATION, '')), ...fold(word).split(' ')].filter((form) => form !== '');
  const stemmed = stem?.(wanted) ?? '';
  const sameStem = (form: string): boolean => stem !== undefined && stemmed !== '' && stem(form).startsWith(stemmed);
  return forms.some((form) => form.startsWith(wanted) || sameStem(form));
}

/** Whether the words Pagefind matched in a page cover every term of the query it was found by. */
export function coversTerms(
  matched: readonly string[],
  terms: readonly string[],
  stem?: (word: string) => string,
): boolean {
  return terms.every((term) => matched.some((word) => extendsTerm(word, term, stem)));
}
