/**
 * The content graph: entries by key, and backlinks computed once, so that
 * no page walks the whole collection (build time stays linear in entries).
 */
import { compareWhen, parseWhen, type When } from '../core/dates.ts';
import { keyOf, type AnyEntry, type EntryOf, type ProseMeta, type Ref } from './model.ts';
import { COLLECTIONS, LANGS, otherLang, type CollectionName, type Lang } from '../core/vocabulary.ts';

/** A link from one entry to another, with the field that makes it. */
export interface Backlink {
  from: AnyEntry;
  field: string;
}

export interface Graph {
  /** Entries of one collection, in the collection's natural order. */
  list<C extends CollectionName>(collection: C): EntryOf<C>[];
  get<C extends CollectionName>(collection: C, id: string): EntryOf<C> | undefined;
  /** Resolves a reference; references are checked at load, so this never misses. */
  resolve<C extends CollectionName>(ref: Ref<C>): EntryOf<C>;
  /** Entries that reference the given one, grouped by collection. */
  backlinks(entry: AnyEntry): Backlink[];
  /** All entries, every collection. */
  all(): AnyEntry[];
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    'collection' in value &&
    'id' in value &&
    Object.keys(value).length === 2
  );
}

/** Every reference in an entry's facts, with the top-level field it sits in. */
export function referencesOf(entry: AnyEntry): { ref: Ref; field: string }[] {
  const found: { ref: Ref; field: string }[] = [];
  const visit = (value: unknown, field: string): void => {
    if (isRef(value)) found.push({ ref: value, field });
    else if (Array.isArray(value)) value.forEach((item) => visit(item, field));
    else if (value && typeof value === 'object') for (const item of Object.values(value)) visit(item, field);
  };
  for (const [field, value] of Object.entries(entry.facts)) visit(value, field);
  return found;
}

/** The date an entry sorts by: an event's date, a partnership's period, a document's or source's date. */
export function whenOf(entry: AnyEntry): When | null {
  switch (entry.collection) {
    case 'events':
      return parseWhen(entry.facts.date, entry.facts.datePart ?? null);
    case 'partnerships':
      return parseWhen(entry.facts.period);
    case 'documents':
      return parseWhen(entry.facts.date);
    case 'sources':
      return parseWhen(entry.facts.published);
    default:
      return null;
  }
}

/** Prose in the requested language, or the other language flagged as a fallback. */
export function proseOf(entry: AnyEntry, lang: Lang): { prose: ProseMeta; lang: Lang; fallback: boolean } {
  const own = entry.prose[lang];
  if (own) return { prose: own, lang, fallback: false };
  const other = entry.prose[otherLang(lang)];
  if (!other) throw new Error(`${entry.collection}/${entry.id} has no prose`);
  return { prose: other, lang: otherLang(lang), fallback: true };
}

/** Title of an entry in a language (falling back to the other language). */
export const titleOf = (entry: AnyEntry, lang: Lang): string => proseOf(entry, lang).prose.title;
export const shortTitleOf = (entry: AnyEntry, lang: Lang): string => proseOf(entry, lang).prose.shortTitle;

function naturalOrder(a: AnyEntry, b: AnyEntry): number {
  const wa = whenOf(a);
  const wb = whenOf(b);
  if (wa && wb) {
    const byDate = compareWhen(wa, wb);
    if (byDate !== 0) return byDate;
  }
  if (a.collection === 'themes' && b.collection === 'themes') return a.facts.order - b.facts.order;
  return titleOf(a, 'vi').localeCompare(titleOf(b, 'vi'), 'vi');
}

export function buildGraph(entries: AnyEntry[]): Graph {
  const byKey = new Map<string, AnyEntry>(entries.map((e) => [keyOf(e.collection, e.id), e]));
  const byCollection = new Map<CollectionName, AnyEntry[]>(COLLECTIONS.map((c) => [c, []]));
  for (const entry of entries) byCollection.get(entry.collection)?.push(entry);
  for (const list of byCollection.values()) list.sort(naturalOrder);

  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    for (const { ref, field } of referencesOf(entry)) {
      const key = keyOf(ref.collection, ref.id);
      const list = backlinks.get(key) ?? [];
      if (!list.some((b) => b.from === entry && b.field === field)) list.push({ from: entry, field });
      backlinks.set(key, list);
    }
  }
  for (const list of backlinks.values()) list.sort((a, b) => naturalOrder(a.from, b.from));

  return {
    list: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as EntryOf<C>[],
    get: <C extends CollectionName>(collection: C, id: string) =>
      byKey.get(keyOf(collection, id)) as EntryOf<C> | undefined,
    resolve<C extends CollectionName>(ref: Ref<C>) {
      const entry = byKey.get(keyOf(ref.collection, ref.id));
      if (!entry) throw new Error(`Unknown reference ${ref.collection}/${ref.id}`);
      return entry as EntryOf<C>;
    },
    backlinks: (entry) => backlinks.get(keyOf(entry.collection, entry.id)) ?? [],
    all: () => COLLECTIONS.flatMap((c) => byCollection.get(c) ?? []),
  };
}

/** Languages an entry is missing. */
export function missingLangs(entry: AnyEntry): Lang[] {
  return LANGS.filter((lang) => !entry.prose[lang]);
}
