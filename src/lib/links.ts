/**
 * Links between entries, in the reader's language. When an entry has no
 * prose in that language, the link text is in the other language and says so
 * with `lang`, so screen readers pronounce it right.
 */
import { formatWhen } from './date-format.ts';
import { machineDate, precisionOf } from '../core/dates.ts';
import { proseOf, whenOf, type Graph } from './graph.ts';
import type { AnyEntry, Ref } from './model.ts';
import { entryPath } from './routes.ts';
import { type CollectionName, type Lang } from '../core/vocabulary.ts';

export interface EntryLink {
  href: string;
  text: string;
  /** Language of `text` when it is not the page's language. */
  lang: Lang | undefined;
  collection: CollectionName;
  id: string;
}

/** A date ready for a `<time>` element. */
export interface TimeView {
  text: string;
  /** Short form for lists and timeline labels. */
  short: string;
  datetime: string | null;
  precision: ReturnType<typeof precisionOf>;
}

export function linkTo(entry: AnyEntry, lang: Lang, short = false): EntryLink {
  const { prose, lang: textLang, fallback } = proseOf(entry, lang);
  return {
    href: entryPath(lang, entry.collection, entry.id),
    text: short ? prose.shortTitle : prose.title,
    lang: fallback ? textLang : undefined,
    collection: entry.collection,
    id: entry.id,
  };
}

export function linksTo(graph: Graph, refs: readonly Ref[], lang: Lang): EntryLink[] {
  return refs.map((ref) => linkTo(graph.resolve(ref), lang));
}

export function timeView(when: ReturnType<typeof whenOf>, lang: Lang): TimeView | null {
  if (!when) return null;
  return {
    text: formatWhen(when, lang),
    short: formatWhen(when, lang, 'short'),
    datetime: machineDate(when),
    precision: precisionOf(when),
  };
}

/** The date line of an entry (events, partnerships, documents, sources). */
export function entryTime(entry: AnyEntry, lang: Lang): TimeView | null {
  return timeView(whenOf(entry), lang);
}
