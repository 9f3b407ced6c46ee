/**
 * The page of one entry, any collection: its words, the view of its facts
 * (`buildEntryView`), breadcrumbs, JSON-LD, its mini timeline, search facets
 * and the speakers its quotes name. The body itself is rendered by the route
 * from `proseKey`.
 */
import { entryBreadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { citationView, citeVersion, type CitationView } from '../citation.ts';
import { contributeLinks, type ContributeLinks } from '../contribute.ts';
import { REPOSITORY_URL } from '../../core/config.ts';
import {
  buildEntryView,
  type BacklinkGroup,
  type FactRow,
  type EntryFigureView,
  type NoteView,
  noteSourceIds,
} from '../entry-view.ts';
import type { EvidenceView } from '../evidence-view.ts';
import { proseOf, type Graph } from '../graph.ts';
import { NO_RECORD_HISTORY, type RecordHistory } from '../history.ts';
import { correctionView, dayView, revisionHref, type CorrectionView, type DayView } from '../history-view.ts';
import { parseWhen } from '../../core/dates.ts';
import { linkTo, timeView, type EntryLink, type TimeView } from '../links.ts';
import { keyOf, type AnyEntry, type Entry, type ProseMeta } from '../model.ts';
import { roleAt } from '../people.ts';
import type { CollectionName, Lang } from '../../core/vocabulary.ts';
import { absoluteUrl, entryPath, historyPath, type Route } from '../routes.ts';
import { searchFacets, type SearchFacets } from '../search.ts';
import { entryJsonLd } from '../seo.ts';
import { ogImageMeta, type OgImageMeta } from '../og-card.ts';
import { embedOffer, type EmbedOffer } from '../share.ts';
import { entryTimeline } from '../timeline/items.ts';
import { legendKeysOf, type LegendKey } from '../timeline/legend.ts';
import { layoutMini, type MiniTimeline } from '../timeline/mini.ts';
import type { TimelineItem, UndatedItem } from '../timeline/types.ts';

/** The person a `<Quote by>` names: a link, and their role as each quoted source states it. */
export interface Speaker {
  link: EntryLink;
  /** Source id → "Vice Chairman of …" (the first role when the source states none; '' when none). */
  roles: Record<string, string>;
}

/** The events section of an entry page: a static mini timeline, its legend and the list. */
export interface EntryTimelineData {
  /** How many events concern the entry. */
  count: number;
  mini: MiniTimeline;
  legend: LegendKey[];
  /** The entry's dated events, chronological (partnerships show only on the strip). */
  items: TimelineItem[];
  undated: UndatedItem[];
}

export interface EntryPageData {
  kind: 'entry';
  route: Route & { kind: 'entry' };
  collection: CollectionName;
  title: string;
  shortTitle: string;
  summary: string;
  /** The prose is in the other language (no translation yet). */
  fallback: boolean;
  /** Language of the words when they fall back, for `lang` attributes. */
  textLang: Lang | undefined;
  /** `ProseMeta.key` of the prose the route renders. */
  proseKey: string;
  kicker: string;
  time: TimeView | null;
  facts: FactRow[];
  figures: EntryFigureView[];
  related: BacklinkGroup[];
  /** The excerpts that support the facts, lettered (`#evidence-a`…). */
  evidence: EvidenceView[];
  notes: NoteView[];
  /** Source id → note number, for `<Cite>` and `<Quote>`. */
  noteNumbers: Record<string, number>;
  /** Person id → speaker, for `<Quote>`. */
  speakers: Record<string, Speaker>;
  crumbs: Crumb[];
  jsonLd: Record<string, unknown>[];
  /** Null when the entry shows no events. */
  timeline: EntryTimelineData | null;
  search: SearchFacets;
  /** When the entry's files last changed (from git), in words and for `<time>`; null outside a repository. */
  updated: TimeView | null;
  /** "Cite this page": the recommended citation, the reports' citations and the files. */
  citation: CitationView;
  /** "Suggest a correction" and "Edit this page". */
  contribute: ContributeLinks;
  /** The Open Graph / Twitter card image (partnerships and events); null for other entries. */
  image: OgImageMeta | null;
  /** The embeddable card and its `<iframe>` code. */
  embed: EmbedOffer;
  /** The entry's history page. */
  history: string;
  /** Corrections of the entry, newest first: "Corrected on <date>: <text>", linked to the revision. */
  corrections: (CorrectionView & { date: DayView; href: string })[];
}

function timelineOf(graph: Graph, entry: AnyEntry, events: Entry<'events'>[], lang: Lang): EntryTimelineData | null {
  if (events.length === 0) return null;
  const { items, undated } = entryTimeline(lang, events, graph, entry);
  return {
    count: events.length,
    mini: layoutMini(items),
    legend: legendKeysOf(items),
    items: items.filter((item) => item.collection === 'events'),
    undated: undated.filter((item) => item.collection === 'events'),
  };
}

function speakersOf(graph: Graph, quotes: ProseMeta['quotes'], lang: Lang): Record<string, Speaker> {
  const speakers: Record<string, Speaker> = {};
  for (const { by, source } of quotes) {
    const person = graph.get('people', by);
    if (!person) throw new Error(`<Quote by="${by}">: unknown person.`);
    const speaker = (speakers[by] ??= { link: linkTo(person, lang), roles: {} });
    speaker.roles[source] = roleAt(graph, person, source, lang);
  }
  return speakers;
}

/** The corrections of an entry, newest first, in the page's language. */
function correctionsOf(history: RecordHistory, entry: AnyEntry, lang: Lang): EntryPageData['corrections'] {
  return (history.byEntry.get(keyOf(entry.collection, entry.id)) ?? []).flatMap((revision) =>
    revision.correction
      ? [
          {
            ...correctionView(revision.correction, lang),
            date: dayView(revision.date, lang),
            href: revisionHref(revision, lang),
          },
        ]
      : [],
  );
}

/**
 * @param history the record's history (`readRecordHistory`): the entry's corrections; none without git
 */
export function entryPage(
  graph: Graph,
  route: Route & { kind: 'entry' },
  site: string,
  history: RecordHistory = NO_RECORD_HISTORY,
): EntryPageData {
  const { lang } = route;
  const entry = graph.get(route.collection, route.id);
  if (!entry) throw new Error(`No entry ${route.collection}/${route.id}`);
  const { prose, lang: proseLang, fallback } = proseOf(entry, lang);
  const view = buildEntryView(graph, entry, lang);
  const crumbs = entryBreadcrumbs(graph, entry, lang);
  return {
    kind: 'entry',
    route,
    collection: entry.collection,
    title: prose.title,
    shortTitle: prose.shortTitle,
    summary: prose.summary,
    fallback,
    textLang: fallback ? proseLang : undefined,
    proseKey: prose.key,
    kicker: view.kicker,
    time: view.time,
    facts: view.facts,
    figures: view.figures,
    related: view.related,
    evidence: view.evidence,
    notes: view.notes,
    noteNumbers: Object.fromEntries(view.noteNumbers),
    speakers: speakersOf(graph, prose.quotes, lang),
    crumbs,
    jsonLd: entryJsonLd(graph, entry, lang, site, crumbs),
    timeline: timelineOf(graph, entry, view.events, lang),
    search: searchFacets(graph, entry, lang),
    updated: entry.updated ? timeView(parseWhen(entry.updated), route.lang) : null,
    citation: citationView(graph, entry, lang, site, citeVersion(graph), noteSourceIds(entry, lang)),
    contribute: contributeLinks(REPOSITORY_URL, {
      collection: entry.collection,
      id: entry.id,
      title: prose.title,
      url: absoluteUrl(entryPath(lang, entry.collection, entry.id), site),
      lang,
      textLang: proseLang,
    }),
    image: ogImageMeta(graph, entry, lang, site),
    embed: embedOffer(entry, lang, prose.title, site),
    history: historyPath(lang, entry.collection, entry.id),
    corrections: correctionsOf(history, entry, lang),
  };
}
