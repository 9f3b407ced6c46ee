/** The open-data page: links to the files every build writes, and about the data: licence, citation, versions, corrections. */
import { REPOSITORY_URL } from '../../core/config.ts';
import { parseWhen } from '../../core/dates.ts';
import { COLLECTIONS, LANGS, type CollectionName, type Lang } from '../../core/vocabulary.ts';
import {
  citationText,
  citeVersion,
  datasetCitationFiles,
  datasetCsl,
  type CitationFile,
  type CiteVersion,
} from '../citation.ts';
import { formatWhen } from '../date-format.ts';
import type { Graph } from '../graph.ts';
import { DATA_FILES, type Route } from '../routes.ts';

/** The record's version as the page shows it, with a link to its commit. */
export interface VersionView {
  /** The date in words. */
  date: string;
  /** Short commit id, and its page in the repository; null without git. */
  commit: { id: string; href: string } | null;
}

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
  /** The dataset's recommended citation, the accessed date left for the reader. */
  citation: string;
  citationFiles: CitationFile[];
  /** `CITATION.cff` in the repository. */
  cff: string;
  /** Null when the build had no git history. */
  version: VersionView | null;
  /** The repository's issues, where corrections are reported. */
  issues: string;
}

function versionView(version: CiteVersion, lang: Lang): VersionView | null {
  if (!version.date) return null;
  return {
    date: formatWhen(parseWhen(version.date), lang),
    commit: version.commit ? { id: version.commit, href: `${REPOSITORY_URL}/commit/${version.commit}` } : null,
  };
}

export function openDataPage(graph: Graph, route: Route & { kind: 'page' }, site: string | URL): OpenDataPageData {
  const { lang } = route;
  const version = citeVersion(graph);
  return {
    kind: 'openData',
    route,
    dataset: DATA_FILES.dataset,
    datasetSchema: DATA_FILES.datasetSchema,
    csv: COLLECTIONS.map((collection) => ({ collection, href: DATA_FILES.csv(collection) })),
    calendars: LANGS.map((lang) => ({ lang, href: DATA_FILES.calendar(lang) })),
    timelines: LANGS.map((lang) => ({ lang, href: DATA_FILES.timeline(lang) })),
    rss: DATA_FILES.rss(lang),
    citation: citationText(datasetCsl(lang, site, version), lang, version),
    citationFiles: datasetCitationFiles(lang),
    cff: `${REPOSITORY_URL}/blob/main/CITATION.cff`,
    version: versionView(version, lang),
    issues: `${REPOSITORY_URL}/issues`,
  };
}
