/**
 * UI strings of search, both languages. Merged into the dictionaries by
 * `en.ts` and `vi.ts`; English keys define the type.
 */
const en = {
  'search.label': 'Search the record',
  'search.placeholder': 'Search partnerships, places, people…',
  'search.submit': 'Search',
} as const;

const vi = {
  'search.label': 'Tìm trong hồ sơ',
  'search.placeholder': 'Tìm hợp tác, địa phương, nhân vật…',
  'search.submit': 'Tìm',
} as const satisfies Record<keyof typeof en, string>;

export const searchStrings = { en, vi };
