/**
 * The Open Graph / Twitter card image of a partnership or an event, as data:
 * the words the image shows (site name, kind, title, date at its precision,
 * parties), its alternative text, and the content hash that names it in the
 * render cache. Drawing it is `og-render.ts`; caching it is `og-cache.ts`.
 */
import { createHash } from 'node:crypto';
import { useTranslations } from '../i18n/ui.ts';
import { proseOf, type Graph } from './graph.ts';
import { entryKicker } from './kind-label.ts';
import { entryTime } from './links.ts';
import type { AnyEntry } from './model.ts';
import { absoluteUrl, ogImagePath } from './routes.ts';
import { partyNames } from './share.ts';
import { LOCALE_TAG, type CollectionName, type Lang } from '../core/vocabulary.ts';

/** Size of every card, the size Open Graph and Twitter recommend for large images. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Collections whose entries get a card image. */
export const OG_COLLECTIONS = ['partnerships', 'events'] as const satisfies readonly CollectionName[];

/** The words on one card, in one language: everything the image shows, and nothing else. */
export interface OgCard {
  lang: Lang;
  siteName: string;
  /** "Event · Signing". */
  kicker: string;
  title: string;
  /** Language of the title when the entry has no prose in `lang` (it falls back to the other). */
  titleLang: Lang | undefined;
  /** The date or period in words, at its precision, capitalised; null when the entry has none. */
  date: string | null;
  /** Short names of the parties, partners first. */
  parties: string[];
}

/** Whether an entry has a card image: partnerships and events. */
export const hasOgCard = (entry: AnyEntry): boolean =>
  (OG_COLLECTIONS as readonly CollectionName[]).includes(entry.collection);

/**
 * First letter in upper case, for a date that opens a line.
 * @example capitalise('cuối tháng 4 năm 2022', 'vi') // 'Cuối tháng 4 năm 2022'
 */
export function capitalise(text: string, lang: Lang): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(LOCALE_TAG[lang]) + text.slice(letter.length);
}

/** The card of an entry in a language. */
export function ogCardOf(graph: Graph, entry: AnyEntry, lang: Lang): OgCard {
  const t = useTranslations(lang);
  const { prose, fallback, lang: textLang } = proseOf(entry, lang);
  const time = entryTime(entry, lang);
  return {
    lang,
    siteName: t('site.name'),
    kicker: entryKicker(entry, lang),
    title: prose.title,
    titleLang: fallback ? textLang : undefined,
    date: time ? capitalise(time.text, lang) : null,
    parties: partyNames(graph, entry, lang),
  };
}

/**
 * What a screen reader hears for the image, and what a site shows when it cannot load it.
 * @example ogAlt(card) // 'Event · Signing: Hòa Vang and VNPT sign … — Late April 2022 — UBND huyện Hòa Vang, VNPT Đà Nẵng — Vietnam Digital Partnerships'
 */
export function ogAlt(card: OgCard): string {
  return [
    `${card.kicker}: ${card.title}`,
    ...(card.date ? [card.date] : []),
    ...(card.parties.length > 0 ? [card.parties.join(', ')] : []),
    card.siteName,
  ].join(' — ');
}

/**
 * The content hash that names a card's image in the cache: every input that
 * changes its pixels (the words on it and the renderer: template version,
 * fonts, library versions), in a fixed order. Anything else about the entry
 * (its summary, sources, body) leaves the key, and so the image, as it was.
 */
export function ogCardKey(card: OgCard, renderer: string): string {
  const inputs = [
    renderer,
    card.lang,
    card.siteName,
    card.kicker,
    card.title,
    card.titleLang ?? '',
    card.date ?? '',
    card.parties,
  ];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/** The `<meta>` tags' view of an entry's image. */
export interface OgImageMeta {
  /** Absolute URL: Open Graph requires one. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export function ogImageMeta(graph: Graph, entry: AnyEntry, lang: Lang, site: string | URL): OgImageMeta | null {
  if (!hasOgCard(entry)) return null;
  return {
    url: absoluteUrl(ogImagePath(lang, entry.collection, entry.id), site),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    alt: ogAlt(ogCardOf(graph, entry, lang)),
  };
}
