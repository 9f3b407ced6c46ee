/** An entry as a card in a list (home page, indexes): kind, date, linked title, summary. */
import { proseOf } from '../graph.ts';
import { entryTime, linkTo, type EntryLink, type TimeView } from '../links.ts';
import { entryKind } from '../kind-label.ts';
import type { AnyEntry } from '../model.ts';
import type { Lang } from '../../core/vocabulary.ts';

export interface CardData {
  /** "Signing", "Province": the entry's kind or level, when it has one. */
  kind: string | null;
  link: EntryLink;
  time: TimeView | null;
  summary: string;
  /** Language of `summary` when the entry has no prose in the page's language. */
  summaryLang: Lang | undefined;
  /** A line under the date: a person's role, a theme's usage, a document's number. */
  extra: string | undefined;
}

export function entryCard(entry: AnyEntry, lang: Lang, extra?: string): CardData {
  const { prose, fallback, lang: textLang } = proseOf(entry, lang);
  return {
    kind: entryKind(entry, lang),
    link: linkTo(entry, lang),
    time: entryTime(entry, lang),
    summary: prose.summary,
    summaryLang: fallback ? textLang : undefined,
    extra,
  };
}
