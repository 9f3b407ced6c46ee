/**
 * What an entry page shows, computed from the graph: the facts table,
 * figures, linked events, backlinks and numbered sources. Templates only
 * render these lists.
 */
import { useTranslations, type Translate, type UiKey } from '../i18n/ui.ts';
import { compareWhen, parseWhen } from '../core/dates.ts';
import { proseOf, whenOf, type Graph } from './graph.ts';
import { entryTime, linkTo, linksTo, timeView, type EntryLink, type TimeView } from './links.ts';
import type { AnyEntry, Entry, Ref } from './model.ts';
import { childrenOf, placeAndDescendants } from './hierarchy.ts';
import { roleText } from './people.ts';
import { figureView, type Figure, type FigureView } from './figure-view.ts';
import { entryKicker, entryKind } from './kind-label.ts';
import { COLLECTIONS, type CollectionName, type Lang } from '../core/vocabulary.ts';
import { entryEvidence, markOf, type EntryEvidence, type EvidenceMark, type EvidenceView } from './evidence-view.ts';

/** One row of the key-facts table. */
export interface FactRow {
  label: string;
  text?: string;
  links?: EntryLink[];
  time?: TimeView;
  href?: string;
  /** Evidence of the row's value (rows with one value). */
  mark?: EvidenceMark;
  /** Evidence of each link, in the order of `links`. */
  linkMarks?: EvidenceMark[];
}

/** A figure of the entry page: as shown everywhere (`figureView`), with its source's note number. */
export interface EntryFigureView extends FigureView {
  /** Number of the source in the page's notes. */
  note: number;
  /** Its evidence: the excerpt that states it. */
  mark: EvidenceMark;
}

export interface NoteView {
  n: number;
  link: EntryLink;
  /** Publisher and date, for the reader to judge the source at a glance. */
  detail: string;
}

export interface BacklinkGroup {
  collection: CollectionName;
  heading: string;
  links: EntryLink[];
}

export interface EntryView {
  kicker: string;
  time: TimeView | null;
  facts: FactRow[];
  figures: EntryFigureView[];
  /** Events linked to this entry, chronological (for the mini timeline and its list). */
  events: Entry<'events'>[];
  related: BacklinkGroup[];
  /** The excerpts that support the facts, lettered. */
  evidence: EvidenceView[];
  notes: NoteView[];
  /** Source id → note number, for inline citations. */
  noteNumbers: Map<string, number>;
}

const row = (label: string, value: Omit<FactRow, 'label'>): FactRow => ({ label, ...value });

/** The reference to an entry, as facts hold it. */
const refTo = (entry: AnyEntry): Ref => ({ collection: entry.collection, id: entry.id });

function linkRow(
  graph: Graph,
  t: Translate,
  key: UiKey,
  refs: readonly Ref[] | undefined,
  lang: Lang,
  marks?: EvidenceMark[],
): FactRow[] {
  return refs && refs.length > 0
    ? [row(t(key), { links: linksTo(graph, refs, lang), ...(marks ? { linkMarks: marks } : {}) })]
    : [];
}

function factRows(graph: Graph, entry: AnyEntry, lang: Lang, evidence: EntryEvidence): FactRow[] {
  const t = useTranslations(lang);
  const time = entryTime(entry, lang);
  const mark = (claim: string) => markOf(evidence, claim);
  /** A row of references, each value marked with the evidence of `<field>.<id>` (or of `<field>` for one value). */
  const links = (key: UiKey, refs: readonly Ref[] | undefined, single = false) => {
    const field = key.slice('field.'.length);
    const marks = (refs ?? []).map((ref) => mark(single ? field : `${field}.${ref.id}`));
    return linkRow(graph, t, key, refs, lang, marks);
  };
  switch (entry.collection) {
    case 'partnerships': {
      const f = entry.facts;
      return [
        row(t('field.kind'), { text: entryKind(entry, lang), mark: mark('kind') }),
        ...(time ? [row(t('field.period'), { time, mark: mark('period') })] : []),
        row(t('field.status'), { text: t(`status.${f.status}`), mark: mark('status') }),
        ...links('field.partners', f.partners),
        ...links('field.counterparts', f.counterparts),
        ...links('field.localities', f.localities),
        ...links('field.themes', f.themes),
        ...links('field.people', f.people),
        ...links('field.documents', f.documents),
      ];
    }
    case 'events': {
      const f = entry.facts;
      return [
        row(t('field.kind'), { text: entryKind(entry, lang), mark: mark('kind') }),
        ...(time
          ? [
              row(t('field.date'), { time, mark: mark('date') }),
              row(t('field.datePrecision'), { text: t(`precision.${time.precision}`) }),
            ]
          : []),
        ...links('field.partnership', f.partnership ? [f.partnership] : [], true),
        ...links('field.organizations', f.organizations),
        ...links('field.places', f.places),
        ...links('field.people', f.people),
        ...links('field.documents', f.documents),
        ...links('field.themes', f.themes),
      ];
    }
    case 'organizations': {
      const f = entry.facts;
      return [
        row(t('field.kind'), { text: entryKind(entry, lang), mark: mark('kind') }),
        ...(f.acronym ? [row(t('field.acronym'), { text: f.acronym, mark: mark('acronym') })] : []),
        ...links('field.parent', f.parent ? [f.parent] : [], true),
        ...linkRow(graph, t, 'field.children', childrenOf(graph, entry).map(refTo), lang),
        ...links('field.places', f.places),
      ];
    }
    case 'places': {
      const f = entry.facts;
      return [
        row(t('field.level'), { text: entryKind(entry, lang), mark: mark('level') }),
        ...links('field.parent', f.parent ? [f.parent] : [], true),
        ...linkRow(graph, t, 'field.children', childrenOf(graph, entry).map(refTo), lang),
      ];
    }
    case 'people':
      return entry.facts.roles.map((role, i) => {
        const when = timeView(parseWhen(role.date, role.datePart ?? null), lang);
        return row(t('field.roles'), {
          text: roleText(graph, role, lang),
          ...(when ? { time: when } : {}),
          mark: mark(`roles[${i}]`),
        });
      });
    case 'documents': {
      const f = entry.facts;
      return [
        row(t('field.kind'), { text: entryKind(entry, lang), mark: mark('kind') }),
        ...(f.number ? [row(t('field.number'), { text: f.number, mark: mark('number') })] : []),
        ...(f.issuer
          ? links('field.issuer', [f.issuer], true)
          : [row(t('field.issuer'), { text: t('field.notStated') })]),
        ...(time ? [row(t('field.date'), { time, mark: mark('date') })] : []),
        ...(f.period
          ? [row(t('field.period'), { time: timeView(parseWhen(f.period), lang) as TimeView, mark: mark('period') })]
          : []),
        ...links('field.places', f.places),
      ];
    }
    case 'sources': {
      const f = entry.facts;
      return [
        ...(f.headline ? [row(t('field.headline'), { text: f.headline })] : []),
        row(t('field.publisher'), { text: f.publisher ?? t('field.notStated') }),
        row(t('field.author'), { text: f.author ?? t('field.notStated') }),
        ...(time ? [row(t('field.published'), { time, mark: mark('published') })] : []),
        row(t('field.language'), { text: t(`language.${f.language}`) }),
        ...(f.url ? [row(t('field.url'), { text: f.url, href: f.url })] : []),
        ...(f.archiveFile ? [row(t('field.archiveFile'), { text: f.archiveFile })] : []),
      ];
    }
    case 'themes':
      return [];
  }
}

/** Events that concern an entry: directly linked, or (for places) linked to a place within it. */
export function eventsOf(graph: Graph, entry: AnyEntry): Entry<'events'>[] {
  const byDate = (a: Entry<'events'>, b: Entry<'events'>) =>
    compareWhen(whenOf(a) ?? parseWhen('unknown'), whenOf(b) ?? parseWhen('unknown')) || a.id.localeCompare(b.id);
  if (entry.collection === 'places') {
    const ids = placeAndDescendants(graph, entry);
    return graph
      .list('events')
      .filter((e) => e.facts.places.some((p) => ids.has(p.id)))
      .sort(byDate);
  }
  const direct = graph.backlinks(entry).flatMap((b) => (b.from.collection === 'events' ? [b.from] : []));
  const viaPartnerships =
    entry.collection === 'organizations'
      ? graph.backlinks(entry).flatMap((b) => (b.from.collection === 'partnerships' ? eventsOf(graph, b.from) : []))
      : [];
  return [...new Set([...direct, ...viaPartnerships])].sort(byDate);
}

function relatedGroups(graph: Graph, entry: AnyEntry, lang: Lang, shownEvents: boolean): BacklinkGroup[] {
  const t = useTranslations(lang);
  const groups: BacklinkGroup[] = [];
  for (const collection of COLLECTIONS) {
    if (collection === 'events' && shownEvents) continue;
    const from = graph
      .backlinks(entry)
      .filter((b) => b.from.collection === collection && !(b.field === 'parent' && collection === entry.collection))
      .map((b) => b.from);
    const unique = [...new Set(from)];
    if (unique.length > 0)
      groups.push({ collection, heading: t(`collection.${collection}`), links: unique.map((e) => linkTo(e, lang)) });
  }
  return groups;
}

function sourceDetail(source: Entry<'sources'>, lang: Lang): string {
  const t = useTranslations(lang);
  const parts = [source.facts.publisher ?? source.facts.author, entryTime(source, lang)?.text].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : t('field.notStated');
}

/**
 * The sources of an entry page, in the order of its numbered notes: those its
 * prose cites first, then its listed sources, its figures' sources and, for a
 * source, itself.
 */
export function noteSourceIds(entry: AnyEntry, lang: Lang): string[] {
  const cited = proseOf(entry, lang).prose.citations;
  const listed =
    entry.collection === 'themes' || entry.collection === 'sources' ? [] : entry.facts.sources.map((s) => s.id);
  const figureSources = 'figures' in entry.facts ? (entry.facts.figures as Figure[]).map((f) => f.source.id) : [];
  const self = entry.collection === 'sources' ? [entry.id] : [];
  return [...new Set([...cited, ...listed, ...figureSources, ...self])];
}

function notesOf(graph: Graph, entry: AnyEntry, lang: Lang): NoteView[] {
  return noteSourceIds(entry, lang).map((id, i) => {
    const source = graph.resolve({ collection: 'sources', id });
    return { n: i + 1, link: linkTo(source, lang), detail: sourceDetail(source, lang) };
  });
}

export function buildEntryView(graph: Graph, entry: AnyEntry, lang: Lang): EntryView {
  const notes = notesOf(graph, entry, lang);
  const noteNumbers = new Map(notes.map((note) => [note.link.id, note.n]));
  const evidence = entryEvidence(graph, entry, lang);
  const figures = ('figures' in entry.facts ? (entry.facts.figures as Figure[]) : []).map((f, i) => ({
    ...figureView(f, lang),
    note: noteNumbers.get(f.source.id) ?? 0,
    mark: markOf(evidence, `figures[${i}]`),
  }));
  const showsEvents = ['partnerships', 'places', 'organizations', 'people', 'themes', 'documents'].includes(
    entry.collection,
  );
  return {
    kicker: entryKicker(entry, lang),
    time: entryTime(entry, lang),
    facts: factRows(graph, entry, lang, evidence),
    figures,
    evidence: evidence.items,
    events: showsEvents ? eventsOf(graph, entry) : [],
    related: relatedGroups(graph, entry, lang, showsEvents),
    notes,
    noteNumbers,
  };
}
