/**
 * The characters the site's font files hold: one Be Vietnam Pro file per
 * weight, subset at build (`scripts/lib/font-subset.ts`) to exactly these.
 * A page transfers one small file per weight instead of a Latin and a
 * Vietnamese file each, which carried Latin-1, currency and symbol glyphs
 * the site never shows.
 *
 * A character outside the set is still shown, in the fallback font of the
 * stack; `tests/unit/font-glyphs.test.ts` checks that every character of the
 * content and the UI strings is in it.
 */

/** Printable ASCII. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/** Vowels that take tone marks, with their own marks (ă â ê ô ơ ư). */
const VOWELS = 'aăâeêioôơuưy';
/** Grave, acute, tilde, hook above, dot below: the five marked tones. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Every Vietnamese letter, lower and upper case, composed (NFC). */
const VIETNAMESE = [...VOWELS]
  .flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC')))
  .concat('đ')
  .flatMap((letter) => [letter, letter.toUpperCase()])
  .join('');

/** Combining marks, for text that arrives decomposed (NFD), as pasted into the search box. */
const MARKS = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b';

/**
 * Typographic punctuation and symbols of the prose and the UI strings. Every
 * glyph costs bytes on every page: add one when the content needs it (the
 * unit test names it). ³ goes with ²: without it, the subset draws ² a
 * shade differently (a few pixels in screenshots).
 */
const PUNCTUATION = '\u00a0–—‘’“”…•·«»›€₫°²³×−→←';

/** Every character the subset holds, each once. */
export const FONT_CHARACTERS: string = [...new Set(ASCII + VIETNAMESE + MARKS + PUNCTUATION)].join('');

/**
 * The characters of a text that the font files lack, each once, in order of
 * appearance; line breaks and tabs are not drawn and never count.
 * @example missingGlyphs('Đà Nẵng ✓') // ['✓']
 */
export function missingGlyphs(text: string): string[] {
  const held = new Set(FONT_CHARACTERS);
  const missing = new Set<string>();
  for (const char of text.normalize('NFC')) if (!held.has(char) && !/\s/u.test(char)) missing.add(char);
  return [...missing];
}
