/** The open-data page: links to the files every build writes. */
import { COLLECTIONS, LANGS, type CollectionName, type Lang } from '../../core/vocabulary.ts';
import { DATA_FILES, type Route } from '../routes.ts';

export interface OpenDataPageData {
  kind: 'openData';
  route: Route & { kind: 'page' };
  dataset: string;
  datasetSchema: string;
  csv: { collection: CollectionName; href: string }[];
  calendars: { lang: Lang; href: string }[];
  timelines: { lang: Lang; href: string }[];
  /** The RSS feed of the page's language. */
  rss: string;
}

export function openDataPage(route: Route & { kind: 'page' }): OpenDataPageData {
  return {
    kind: 'openData',
    route,
    dataset: DATA_FILES.dataset,
    datasetSchema: DATA_FILES.datasetSchema,
    csv: COLLECTIONS.map((collection) => ({ collection, href: DATA_FILES.csv(collection) })),
    calendars: LANGS.map((lang) => ({ lang, href: DATA_FILES.calendar(lang) })),
    timelines: LANGS.map((lang) => ({ lang, href: DATA_FILES.timeline(lang) })),
    rss: DATA_FILES.rss(route.lang),
  };
}
