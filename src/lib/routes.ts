/**
 * URL scheme of the site. Every link, hreflang alternate, sitemap entry and
 * test derives its path from here, so a section can be renamed in one place.
 *
 * Ids are language-neutral folder names; section names are localized:
 * `/vi/su-kien/<id>/` and `/en/events/<id>/` are the same entry.
 */
import { COLLECTIONS, isLang, otherLang, type CollectionName, type Lang } from '../core/vocabulary.ts';

/** Localized URL segment of each collection. */
export const SECTION: Record<CollectionName, Record<Lang, string>> = {
  partnerships: { vi: 'hop-tac', en: 'partnerships' },
  events: { vi: 'su-kien', en: 'events' },
  organizations: { vi: 'to-chuc', en: 'organizations' },
  places: { vi: 'dia-phuong', en: 'places' },
  people: { vi: 'nhan-vat', en: 'people' },
  documents: { vi: 'van-ban', en: 'documents' },
  themes: { vi: 'chu-de', en: 'themes' },
  sources: { vi: 'nguon', en: 'sources' },
};

/** Stand-alone pages that are neither an entry nor a collection index. */
export const PAGES = {
  timeline: { vi: 'dong-thoi-gian', en: 'timeline' },
  search: { vi: 'tim-kiem', en: 'search' },
  matrix: { vi: 'ma-tran-hop-tac', en: 'partnership-matrix' },
  openData: { vi: 'du-lieu-mo', en: 'open-data' },
  translations: { vi: 'tinh-trang-dich', en: 'translation-status' },
  about: { vi: 'gioi-thieu', en: 'about' },
  sourcing: { vi: 'cach-dan-nguon', en: 'how-we-source' },
  accessibility: { vi: 'kha-nang-tiep-can', en: 'accessibility' },
  changes: { vi: 'thay-doi', en: 'changes' },
} as const satisfies Record<string, Record<Lang, string>>;
export type PageName = keyof typeof PAGES;

/**
 * Prefix of the embeddable views (framed on other sites, kept out of search):
 * `/vi/nhung/dong-thoi-gian/`, `/en/embed/events/<id>/`.
 */
export const EMBED: Record<Lang, string> = { vi: 'nhung', en: 'embed' };

/** Last segment of an entry's history page: `/vi/su-kien/<id>/lich-su/`, `/en/events/<id>/history/`. */
export const HISTORY: Record<Lang, string> = { vi: 'lich-su', en: 'history' };

/** One page of the site, as the catch-all route `[lang]/[...slug]` receives it. */
export type Route =
  | { kind: 'home'; lang: Lang }
  | { kind: 'index'; lang: Lang; collection: CollectionName }
  | { kind: 'entry'; lang: Lang; collection: CollectionName; id: string }
  | { kind: 'history'; lang: Lang; collection: CollectionName; id: string }
  | { kind: 'page'; lang: Lang; page: PageName }
  | { kind: 'notFound'; lang: Lang }
  | { kind: 'embedTimeline'; lang: Lang }
  | { kind: 'embedEntry'; lang: Lang; collection: CollectionName; id: string };

/**
 * The path of a route, always with a trailing slash.
 * @example routePath({ kind: 'entry', lang: 'en', collection: 'events', id: 'x' }) // '/en/events/x/'
 */
export function routePath(route: Route): string {
  return `/${route.lang}/${routeSlug(route)}${route.kind === 'home' ? '' : '/'}`;
}

/**
 * The `[...slug]` parameter of a route (undefined for the home page).
 * @example routeSlug({ kind: 'index', lang: 'vi', collection: 'events' }) // 'su-kien'
 */
export function routeSlug(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '';
    case 'index':
      return SECTION[route.collection][route.lang];
    case 'entry':
      return `${SECTION[route.collection][route.lang]}/${route.id}`;
    case 'history':
      return `${SECTION[route.collection][route.lang]}/${route.id}/${HISTORY[route.lang]}`;
    case 'page':
      return PAGES[route.page][route.lang];
    case 'notFound':
      return '404';
    case 'embedTimeline':
    case 'embedEntry':
      return `${EMBED[route.lang]}/${routeSlug(embeddedRoute(route))}`;
  }
}

/**
 * The full view an embeddable view shows: the timeline page, or the entry's page.
 * @example routePath(embeddedRoute({ kind: 'embedTimeline', lang: 'en' })) // '/en/timeline/'
 */
export function embeddedRoute(
  route: Route & { kind: 'embedTimeline' | 'embedEntry' },
): Route & { kind: 'page' | 'entry' } {
  return route.kind === 'embedTimeline'
    ? { kind: 'page', lang: route.lang, page: 'timeline' }
    : { kind: 'entry', lang: route.lang, collection: route.collection, id: route.id };
}

/** The same route in the other language. */
export function counterpart(route: Route, lang: Lang = otherLang(route.lang)): Route {
  return { ...route, lang };
}

export const entryPath = (lang: Lang, collection: CollectionName, id: string): string =>
  routePath({ kind: 'entry', lang, collection, id });
/** @example historyPath('vi', 'events', 'x') // '/vi/su-kien/x/lich-su/' */
export const historyPath = (lang: Lang, collection: CollectionName, id: string): string =>
  routePath({ kind: 'history', lang, collection, id });
export const indexPath = (lang: Lang, collection: CollectionName): string =>
  routePath({ kind: 'index', lang, collection });
export const pagePath = (lang: Lang, page: PageName): string => routePath({ kind: 'page', lang, page });
export const homePath = (lang: Lang): string => routePath({ kind: 'home', lang });
/**
 * A citation file of an entry page, beside the page.
 * @example citePath('en', 'events', 'x', 'bib') // '/en/events/x/cite.bib'
 */
export const citePath = (lang: Lang, collection: CollectionName, id: string, format: string): string =>
  `${entryPath(lang, collection, id)}cite.${format}`;
export const embedEntryPath = (lang: Lang, collection: CollectionName, id: string): string =>
  routePath({ kind: 'embedEntry', lang, collection, id });
export const embedTimelinePath = (lang: Lang): string => routePath({ kind: 'embedTimeline', lang });

/**
 * The Open Graph image of an entry (partnerships and events), per language.
 * @example ogImagePath('vi', 'events', 'x') // '/og/vi/events/x.png'
 */
export const ogImagePath = (lang: Lang, collection: CollectionName, id: string): string =>
  `/og/${lang}/${collection}/${id}.png`;

/**
 * For the search engine: British and American spellings of the pages' words
 * (`spellingTable`). On its own, so the browser's search bundle takes this
 * function without the rest of `DATA_FILES`.
 */
export const searchSpellingsPath = (lang: Lang): string => `/${lang}/search-spellings.json`;

/** Site-relative paths of generated files (open data, feeds). */
export const DATA_FILES = {
  dataset: '/data/dataset.json',
  datasetSchema: '/data/dataset.schema.json',
  calendar: (lang: Lang) => `/data/events.${lang}.ics`,
  csv: (collection: CollectionName) => `/data/${collection}.csv`,
  timeline: (lang: Lang) => `/data/timeline.${lang}.json`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
  /** The dataset's citation in one language and format (bib, ris, json). */
  citation: (lang: Lang, format: string) => `/data/citation.${lang}.${format}`,
  /** Additions, edits and corrections across the record (RSS 2.0 and JSON Feed 1.1). */
  changesRss: (lang: Lang) => `/${lang}/changes.xml`,
  changesJson: (lang: Lang) => `/${lang}/changes.json`,
  /** For the search page: filter values whose name differs in the other language (`filterCounterparts`). */
  searchValues: (lang: Lang) => `/${lang}/search-values.json`,
  searchSpellings: searchSpellingsPath,
} as const;

/**
 * Absolute URL for canonical links, feeds and sitemaps.
 * @example absoluteUrl('/vi/', 'https://example.org') // 'https://example.org/vi/'
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * The route a site path belongs to, or null for paths outside the scheme
 * (files, feeds). Inverse of `routePath`; used to pair sitemap alternates.
 * @example routeFromPath('/en/events/x/') // { kind: 'entry', lang: 'en', collection: 'events', id: 'x' }
 */
export function routeFromPath(path: string): Route | null {
  const [lang, section, id, sub, ...rest] = path.split('/').filter(Boolean);
  if (isLang(lang) && section === EMBED[lang])
    return embedFromPath(lang, `/${lang}/${[id, sub, ...rest].filter((part) => part !== undefined).join('/')}/`);
  if (!isLang(lang) || rest.length > 0) return null;
  if (section === undefined) return { kind: 'home', lang };
  const collection = COLLECTIONS.find((name) => SECTION[name][lang] === section);
  if (collection && sub !== undefined)
    return id !== undefined && sub === HISTORY[lang] ? { kind: 'history', lang, collection, id } : null;
  if (collection)
    return id === undefined ? { kind: 'index', lang, collection } : { kind: 'entry', lang, collection, id };
  const page = (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name][lang] === section);
  return page && id === undefined && sub === undefined ? { kind: 'page', lang, page } : null;
}

/** The embeddable view of the page at `inner` (`/en/events/x/` for `/en/embed/events/x/`), or null. */
function embedFromPath(lang: Lang, inner: string): Route | null {
  const route = routeFromPath(inner);
  if (route?.kind === 'entry') return { kind: 'embedEntry', lang, collection: route.collection, id: route.id };
  if (route?.kind === 'page' && route.page === 'timeline') return { kind: 'embedTimeline', lang };
  return null;
}
