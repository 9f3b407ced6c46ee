/**
 * The history page of one entry: its revisions, newest first, with the facts
 * and texts each changed and its correction, how many times each language's
 * text changed, and whether the history is complete (a shallow clone is not,
 * a build without git has none).
 */
import { entryBreadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { proseOf, type Graph } from '../graph.ts';
import { NO_RECORD_HISTORY, type RecordHistory } from '../history.ts';
import { revisionView, type RevisionView } from '../history-view.ts';
import { linkTo, timeView, type EntryLink, type TimeView } from '../links.ts';
import { keyOf } from '../model.ts';
import type { Route } from '../routes.ts';
import { MAX_DOCUMENT_TITLE } from '../seo.ts';
import { parseWhen } from '../../core/dates.ts';
import { LANGS, type Lang } from '../../core/vocabulary.ts';
import { useTranslations } from '../../i18n/ui.ts';

export interface HistoryPageData {
  kind: 'history';
  route: Route & { kind: 'history' };
  /** "History: <entry title>", for the document title; the short form when that would not fit. */
  title: string;
  /** The same with the entry's short title, cut to fit the document title (measured as HTML: `'` counts five). */
  shortTitle: string;
  /** The meta description, naming the entry. */
  description: string;
  /** The entry: its title (in the other language, said by `lang`, when it has no translation) and page. */
  entry: EntryLink;
  /** Home › section › (ancestors) › the entry. */
  crumbs: Crumb[];
  status: RecordHistory['status'];
  /** When the entry's files last changed; null when git cannot tell. */
  updated: TimeView | null;
  /** How many revisions changed each language's text. */
  textCounts: { lang: Lang; count: number }[];
  revisions: RevisionView[];
}

/**
 * Length of text as it stands in HTML, where Astro escapes `& < > " '` (`&#39;` is five
 * characters): what the long-title check measures.
 * @example htmlLength("H. Dũng's") // 13
 */
export const htmlLength = (text: string): number =>
  text.length + [...text.matchAll(/[&<>"']/g)].reduce((n, [c]) => n + ({ '&': 4, '<': 3, '>': 3, '"': 5 }[c] ?? 4), 0);

/**
 * Text cut at a word so that `measure(text)` is at most `max`, with an ellipsis.
 * @example clip('Thanh Khê and FPT sign a memorandum', 20) // 'Thanh Khê and FPT…'
 */
export function clip(text: string, max: number, measure: (text: string) => number = (t) => t.length): string {
  if (measure(text) <= max) return text;
  let cut = text;
  while (cut.length > 0 && measure(`${cut}…`) > max) {
    const space = cut.lastIndexOf(' ');
    cut = (space > cut.length / 2 ? cut.slice(0, space) : cut.slice(0, -1)).replace(/[\s,;:–—-]+$/, '');
  }
  return `${cut}…`;
}

export function historyPage(
  graph: Graph,
  route: Route & { kind: 'history' },
  history: RecordHistory = NO_RECORD_HISTORY,
): HistoryPageData {
  const { lang } = route;
  const t = useTranslations(lang);
  const entry = graph.get(route.collection, route.id);
  if (!entry) throw new Error(`No entry ${route.collection}/${route.id}`);
  const { prose } = proseOf(entry, lang);
  const revisions = history.byEntry.get(keyOf(entry.collection, entry.id)) ?? [];
  const link = linkTo(entry, lang);
  // Room for the entry's title in `<title>`: "History: … · <site name>" within MAX_DOCUMENT_TITLE.
  const full = t('history.title', { title: prose.title });
  const room = MAX_DOCUMENT_TITLE - htmlLength(t('history.title', { title: '' })) - htmlLength(` · ${t('site.name')}`);
  const short = t('history.title', { title: clip(prose.shortTitle, room, htmlLength) });
  return {
    kind: 'history',
    route,
    title: htmlLength(`${full} · ${t('site.name')}`) <= MAX_DOCUMENT_TITLE ? full : short,
    shortTitle: short,
    description: t('history.description', { title: prose.title }),
    entry: link,
    crumbs: [...entryBreadcrumbs(graph, entry, lang), { href: link.href, text: prose.shortTitle, lang: link.lang }],
    status: history.status,
    updated: entry.updated ? timeView(parseWhen(entry.updated), lang) : null,
    textCounts: LANGS.map((textLang) => ({
      lang: textLang,
      count: revisions.filter((r) => r.prose.some((p) => p.lang === textLang)).length,
    })),
    revisions: revisions.map((revision) => revisionView(graph, revision, lang)),
  };
}
