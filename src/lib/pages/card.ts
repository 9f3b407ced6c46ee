/** An entry as a card in a list (home page, indexes): kind, date, linked title, summary. */
import { useTranslations, type UiKey } from '../../i18n/ui.ts';
import { proseOf } from '../graph.ts';
import { entryTime, linkTo, type EntryLink, type TimeView } from '../links.ts';
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
  const t = useTranslations(lang);
  const { prose, fallback, lang: textLang } = proseOf(entry, lang);
  const kind =
    'kind' in entry.facts
      ? t(`kind.${entry.collection}.${entry.facts.kind}` as UiKey)
      : entry.collection === 'places'
        ? t(`kind.places.${entry.facts.level}`)
        : null;
  return {
    kind,
    link: linkTo(entry, lang),
    time: entryTime(entry, lang),
    summary: prose.summary,
    summaryLang: fallback ? textLang : undefined,
    extra,
  };
}
