/**
 * Revisions in a reader's language: the facts a revision changed with their
 * labels and values, the texts it changed, its correction, and the one-line
 * summary the Changes page and the feeds give. Shared by the history page,
 * the Changes page, the entry page's corrections and the change feeds.
 */
import { REPOSITORY_URL } from '../core/config.ts';
import { parseWhen } from '../core/dates.ts';
import { otherLang, type CollectionName, type Lang } from '../core/vocabulary.ts';
import { en, type UiKey } from '../i18n/en.ts';
import { formatList, useTranslations } from '../i18n/ui.ts';
import { targetOf } from './evidence.ts';
import { pathText, type FactChange, type PathSegment } from './facts-diff.ts';
import type { Graph } from './graph.ts';
import type { CorrectionText, RecordHistory, Revision } from './history.ts';
import { linkTo, timeView, type EntryLink } from './links.ts';
import { historyPath } from './routes.ts';

/** A day for `<time>`: words in the page's language and the ISO date. */
export interface DayView {
  text: string;
  datetime: string;
}

/** A value as the data holds it; a reference to an entry of the record links to it. */
export interface ValueView {
  /** The value in one line (a mapping as `key: value; …`). */
  text: string;
  /** A mapping's fields, labelled, for a list rather than one line. */
  fields?: { label: string; value: ValueView }[];
  /** A list's items (each linked when it names an entry); `block` when one of them is a mapping, to list them one per line. */
  items?: ValueView[];
  /** The items are mappings or hold some: list them one under the other, not in a line. */
  block?: boolean;
  /** The entry a reference names, when it is in the record. */
  href?: string;
  /** Language of `text` when it is not the page's (a title without translation). */
  lang?: Lang;
}

export interface FactChangeView {
  kind: FactChange['kind'];
  /** The field in words, with the item and key inside it: "Evidence, item 3, Excerpt". */
  label: string;
  /** The path as the data names it. @example 'evidence[2].quote' */
  path: string;
  before?: ValueView;
  after?: ValueView;
}

export interface CorrectionView {
  text: string;
  /** Language of `text` when the correction is not given in the page's language. */
  lang: Lang | undefined;
}

export interface RevisionView {
  /** Fragment id on the history page. @example 'r-a1b2c3d' */
  anchor: string;
  short: string;
  /** The commit in the repository. */
  commitUrl: string;
  date: DayView;
  subject: string;
  change: Revision['change'];
  facts: FactChangeView[];
  factsUnreadable: boolean;
  /** "Vietnamese text changed", per language. */
  prose: string[];
  correction: CorrectionView | null;
}

const DICT_KEYS = new Set(Object.keys(en));
const has = (key: string): key is UiKey => DICT_KEYS.has(key);

/** A key of the facts in words: its field label, or its label inside an item, or the key as written. */
function keyLabel(key: string, lang: Lang): string {
  const t = useTranslations(lang);
  if (key === 'vi' || key === 'en') return t(`language.${key}`);
  const field = `field.${key}`;
  const inner = `history.key.${key}`;
  return has(field) ? t(field) : has(inner) ? t(inner) : key;
}

/**
 * A path in words.
 * @example pathLabel(['evidence', 2, 'quote'], 'en') // 'Evidence, item 3, Excerpt'
 */
export function pathLabel(path: readonly PathSegment[], lang: Lang): string {
  const t = useTranslations(lang);
  return path
    .map((segment) =>
      typeof segment === 'number' ? t('history.item', { n: String(segment + 1) }) : keyLabel(segment, lang),
    )
    .join(', ');
}

/** The collection a string value at `path` refers to, if any. */
function referenceTarget(collection: CollectionName, path: readonly PathSegment[]): CollectionName | null {
  const last = [...path].reverse().find((s): s is string => typeof s === 'string');
  if (last === 'source' || last === 'sources') return 'sources';
  if (last === 'organization') return 'organizations';
  return path.length <= 2 && typeof path[0] === 'string' ? targetOf(collection, path[0]) : null;
}

/** A value in one line: lists joined by commas, mappings as `key: value` pairs. */
function plainText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(plainText).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${plainText(inner)}`)
      .join('; ');
  return String(value);
}

function valueView(
  graph: Graph,
  collection: CollectionName,
  path: readonly PathSegment[],
  value: unknown,
  lang: Lang,
): ValueView {
  if (Array.isArray(value)) {
    const items = value.map((inner, i) => valueView(graph, collection, [...path, i], inner, lang));
    return { text: plainText(value), items, block: items.some((item) => item.fields || item.block) };
  }
  if (value && typeof value === 'object')
    return {
      text: plainText(value),
      fields: Object.entries(value).map(([key, inner]) => ({
        label: keyLabel(key, lang),
        value: valueView(graph, collection, [...path, key], inner, lang),
      })),
    };
  const target = referenceTarget(collection, path);
  const entry = target && typeof value === 'string' ? graph.get(target, value) : undefined;
  if (!entry) return { text: plainText(value) };
  const link = linkTo(entry, lang);
  return { text: link.text, href: link.href, ...(link.lang ? { lang: link.lang } : {}) };
}

/** The fact changes of a revision, for a page in `lang`. */
export function factChangeViews(
  graph: Graph,
  collection: CollectionName,
  changes: FactChange[],
  lang: Lang,
): FactChangeView[] {
  return changes.map(({ path, kind, before, after }) => {
    // An item added to or removed from a list of values is named by its value, not its place.
    const value = after ?? before;
    const listValue = typeof path.at(-1) === 'number' && (typeof value !== 'object' || value === null);
    const view: FactChangeView = {
      kind,
      label: pathLabel(listValue ? path.slice(0, -1) : path, lang),
      path: pathText(path),
    };
    if (kind !== 'added') view.before = valueView(graph, collection, path, before, lang);
    if (kind !== 'removed') view.after = valueView(graph, collection, path, after, lang);
    return view;
  });
}

/** A correction in the page's language, or in the other one (said with `lang`). */
export function correctionView(text: CorrectionText, lang: Lang): CorrectionView {
  const own = text[lang];
  if (own !== undefined) return { text: own, lang: undefined };
  const other = otherLang(lang);
  return { text: text[other] ?? '', lang: other };
}

/** A commit day in words. @example dayView('2026-11-30', 'en') // { text: '30 November 2026', datetime: '2026-11-30' } */
export function dayView(date: string, lang: Lang): DayView {
  return { text: timeView(parseWhen(date), lang)?.text ?? date, datetime: date };
}

/** Fragment id of a revision on its entry's history page. */
export const revisionAnchor = (revision: Pick<Revision, 'short'>): string => `r-${revision.short}`;

/** The revision on its entry's history page. */
export const revisionHref = (revision: Pick<Revision, 'collection' | 'id' | 'short'>, lang: Lang): string =>
  `${historyPath(lang, revision.collection, revision.id)}#${revisionAnchor(revision)}`;

/** The commit's page in the repository. */
export const commitUrl = (hash: string): string => `${REPOSITORY_URL}/commit/${hash}`;

function proseLines(revision: Revision, lang: Lang): string[] {
  const t = useTranslations(lang);
  return revision.prose.map(({ lang: textLang, change }) =>
    t(`history.text.${change}`, { lang: t(`language.${textLang}`) }),
  );
}

export function revisionView(graph: Graph, revision: Revision, lang: Lang): RevisionView {
  return {
    anchor: revisionAnchor(revision),
    short: revision.short,
    commitUrl: commitUrl(revision.hash),
    date: dayView(revision.date, lang),
    subject: revision.subject,
    change: revision.change,
    facts: factChangeViews(graph, revision.collection, revision.facts, lang),
    factsUnreadable: revision.factsUnreadable,
    prose: proseLines(revision, lang),
    correction: revision.correction ? correctionView(revision.correction, lang) : null,
  };
}

/** What kind of change the Changes page and the feeds call a revision. */
export function changeKind(revision: Revision): 'added' | 'removed' | 'corrected' | 'edited' {
  if (revision.change !== 'edited') return revision.change;
  return revision.correction ? 'corrected' : 'edited';
}

/**
 * A revision in one line: the fields it changed and the texts.
 * @example changeSummary(revision, 'en') // 'Facts: Period, Technology partners. Text: Vietnamese.'
 */
export function changeSummary(revision: Revision, lang: Lang): string {
  const t = useTranslations(lang);
  if (revision.change === 'added') return t('changes.newEntry');
  if (revision.change === 'removed') return t('history.removed');
  const fields = [...new Set(revision.facts.map((change) => keyLabel(String(change.path[0]), lang)))];
  const parts = [
    ...(fields.length > 0 ? [t('changes.facts', { fields: formatList(fields, lang) })] : []),
    ...(revision.prose.length > 0
      ? [
          t('changes.text', {
            langs: formatList(
              revision.prose.map((p) => t(`language.${p.lang}`)),
              lang,
            ),
          }),
        ]
      : []),
  ];
  if (revision.factsUnreadable) parts.push(t('history.factsUnreadable'));
  return parts.length > 0 ? parts.join(' ') : t('history.noValueChange');
}

/** One change across the record (a revision of one entry) in a language, for the Changes page and the feeds. */
export interface ChangeItem {
  kind: ReturnType<typeof changeKind>;
  entry: EntryLink;
  date: DayView;
  /** The revision on the entry's history page. */
  href: string;
  /** The commit message's first line. */
  subject: string;
  /** The fields and texts changed, in one line. */
  summary: string;
  correction: CorrectionView | null;
}

/** The revisions of entries in the published record, newest first. */
export function publishedRevisions(graph: Graph, history: RecordHistory): Revision[] {
  return history.revisions.filter((revision) => graph.get(revision.collection, revision.id) !== undefined);
}

/** The changes one commit made: its message, its correction, and the entries it changed. */
export interface ChangeSet {
  short: string;
  commitUrl: string;
  subject: string;
  date: DayView;
  correction: CorrectionView | null;
  items: ChangeItem[];
}

/**
 * Revisions grouped by commit, in order (revisions of a commit are adjacent in `RecordHistory.revisions`).
 * @example changeSets(graph, [r1OfA, r1OfB, r2OfA], 'en') // [{ short: r1, items: [A, B] }, { short: r2, items: [A] }]
 */
export function changeSets(graph: Graph, revisions: readonly Revision[], lang: Lang): ChangeSet[] {
  const sets: ChangeSet[] = [];
  let hash = '';
  for (const revision of revisions) {
    const item = changeItem(graph, revision, lang);
    const last = sets.at(-1);
    if (last && revision.hash === hash) last.items.push(item);
    else
      sets.push({
        short: revision.short,
        commitUrl: commitUrl(revision.hash),
        subject: revision.subject,
        date: item.date,
        correction: item.correction,
        items: [item],
      });
    hash = revision.hash;
  }
  return sets;
}

/** A revision as the Changes page and the feeds list it. */
export function changeItem(graph: Graph, revision: Revision, lang: Lang): ChangeItem {
  const entry = graph.get(revision.collection, revision.id);
  if (!entry) throw new Error(`No entry ${revision.collection}/${revision.id}`);
  return {
    kind: changeKind(revision),
    entry: linkTo(entry, lang),
    date: dayView(revision.date, lang),
    href: revisionHref(revision, lang),
    subject: revision.subject,
    summary: changeSummary(revision, lang),
    correction: revision.correction ? correctionView(revision.correction, lang) : null,
  };
}
