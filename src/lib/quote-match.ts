/**
 * How an excerpt is compared with its source: case, Unicode normalization,
 * runs of whitespace, straight or curly quotes and the kind of dash do not
 * count; every word and diacritic does.
 * @example matchable('“Đà  Nẵng” – 2021') === matchable('"đà nẵng" - 2021') // true
 */
export const matchable = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/gu, '"')
    .replace(/[\u2018\u2019']/gu, "'")
    .replace(/[\u2010-\u2015-]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
