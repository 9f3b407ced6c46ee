/**
 * UI strings of search, both languages. Merged into the dictionaries by
 * `en.ts` and `vi.ts`; English keys define the type.
 *
 * Pagefind ships its own UI strings, but this site draws its own search UI
 * and uses none of them. They were checked anyway (Pagefind 1.6.0,
 * `pagefind_ui/translations/vi.json`, compiled into the binary in
 * `node_modules/@pagefind/linux-x64/bin/pagefind_extended` and written to
 * `dist/pagefind/pagefind-ui.js`):
 * - `alt_search` reads "Không tìm thấy kết quả cho [SEARCH_TERM]. Kiểm thị kết
 *   quả thay thế với [DIFFERENT_TERM]". "Kiểm thị" is not a Vietnamese word
 *   (a slip for "Hiển thị", "showing"); the English is "Showing results for
 *   [DIFFERENT_TERM] instead". This UI never swaps the query for another
 *   one (it searches the "d" and "đ" spellings together and highlights what
 *   matched), so it shows no such message; the right wording would be
 *   "Hiển thị kết quả cho [DIFFERENT_TERM]".
 * - `search_label` "Tìm kiếm trong trang này" says "search this page" where the
 *   English says "search this site"; `search.label` is "Tìm trên trang".
 */
const en = {
  'search.label': 'Search the record',
  'search.placeholder': 'Search partnerships, places, people…',
  'search.submit': 'Search',
  'search.intro':
    'Search partnerships, events, organisations, places, people, documents, themes and sources. Diacritics are optional: “da nang” finds “Đà Nẵng”.',
  'search.noScript':
    'Search runs in your browser and needs JavaScript. Without it, browse the partnerships, events and places from the menu.',
  'search.resultsLabel': 'Search suggestions',
  'search.results': 'Results',
  'search.seeAll': 'See all results for “{q}”',
  'search.loading': 'Searching…',
  'search.error': 'Search could not be loaded. Reload the page to try again.',
  'search.countOne': '1 result for “{q}”',
  'search.countMany': '{n} results for “{q}”',
  'search.countFilteredOne': '1 result',
  'search.countFilteredMany': '{n} results',
  'search.none': 'No results for “{q}”.',
  'search.noneFiltered': 'No page matches these filters.',
  'search.prompt': 'Type a word or a name, or choose a filter.',
  'search.filters': 'Filter and sort',
  'search.filter.type': 'Type',
  'search.filter.locality': 'Locality',
  'search.filter.partner': 'Technology partner',
  'search.filter.theme': 'Theme',
  'search.filter.year': 'Year',
  'search.filter.all': 'All',
  'search.filter.option': '{value} ({n})',
  'search.sort': 'Sort by',
  'search.sort.relevance': 'Relevance',
  'search.sort.newest': 'Date, newest first',
  'search.sort.oldest': 'Date, oldest first',
  'search.clearFilters': 'Clear filters',
  'search.more': 'Show more results',
  'search.undated': 'No date',
  'search.both': 'Include pages in Vietnamese',
  'search.noneHere': 'No page in English matches “{q}”.',
  'search.otherOne': '1 page in Vietnamese does.',
  'search.otherMany': '{n} pages in Vietnamese do.',
  'search.showOther': 'Show the pages in Vietnamese',
  'search.seeOther': 'Search the pages in Vietnamese for “{q}”',
  'search.lang.vi': 'Vietnamese',
  'search.lang.en': 'English',
} as const;

const vi = {
  'search.label': 'Tìm trên trang',
  'search.placeholder': 'Tìm hợp tác, địa phương, nhân vật…',
  'search.submit': 'Tìm',
  'search.intro':
    'Tìm các chương trình hợp tác, sự kiện, tổ chức, địa phương, nhân vật, văn bản, chủ đề và nguồn. Có thể gõ không dấu: “da nang” tìm được “Đà Nẵng”.',
  'search.noScript':
    'Chức năng tìm kiếm chạy trong trình duyệt và cần JavaScript. Khi không có JavaScript, hãy duyệt các chương trình hợp tác, sự kiện và địa phương từ trình đơn.',
  'search.resultsLabel': 'Gợi ý tìm kiếm',
  'search.results': 'Kết quả',
  'search.seeAll': 'Xem tất cả kết quả cho “{q}”',
  'search.loading': 'Đang tìm…',
  'search.error': 'Không tải được chức năng tìm kiếm. Hãy tải lại trang để thử lại.',
  'search.countOne': '1 kết quả cho “{q}”',
  'search.countMany': '{n} kết quả cho “{q}”',
  'search.countFilteredOne': '1 kết quả',
  'search.countFilteredMany': '{n} kết quả',
  'search.none': 'Không tìm thấy kết quả cho “{q}”.',
  'search.noneFiltered': 'Không có trang nào khớp với các bộ lọc này.',
  'search.prompt': 'Gõ một từ hoặc một tên, hoặc chọn bộ lọc.',
  'search.filters': 'Lọc và sắp xếp',
  'search.filter.type': 'Loại',
  'search.filter.locality': 'Địa phương',
  'search.filter.partner': 'Đối tác công nghệ',
  'search.filter.theme': 'Chủ đề',
  'search.filter.year': 'Năm',
  'search.filter.all': 'Tất cả',
  'search.filter.option': '{value} ({n})',
  'search.sort': 'Sắp xếp theo',
  'search.sort.relevance': 'Mức độ liên quan',
  'search.sort.newest': 'Ngày, mới nhất trước',
  'search.sort.oldest': 'Ngày, cũ nhất trước',
  'search.clearFilters': 'Xóa bộ lọc',
  'search.more': 'Xem thêm kết quả',
  'search.undated': 'Không rõ ngày',
  'search.both': 'Tìm cả các trang tiếng Anh',
  'search.noneHere': 'Không có trang tiếng Việt nào khớp với “{q}”.',
  'search.otherOne': 'Có 1 trang tiếng Anh khớp.',
  'search.otherMany': 'Có {n} trang tiếng Anh khớp.',
  'search.showOther': 'Xem các trang tiếng Anh',
  'search.seeOther': 'Tìm “{q}” trong các trang tiếng Anh',
  'search.lang.vi': 'Tiếng Việt',
  'search.lang.en': 'Tiếng Anh',
} as const satisfies Record<keyof typeof en, string>;

export const searchStrings = { en, vi };
