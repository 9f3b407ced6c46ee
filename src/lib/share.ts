/**
 * What sharing and embedding an entry needs: who the entry is between (its
 * parties), and the `<iframe>` code other sites paste to embed a view.
 * Pure functions over the model, shared by the entry page, the embeddable
 * card and the Open Graph image.
 */
import { useTranslations, type UiKey } from '../i18n/ui.ts';
import { shortTitleOf, type Graph } from './graph.ts';
import { linksTo, type EntryLink } from './links.ts';
import type { AnyEntry, Ref } from './model.ts';
import { absoluteUrl, embedEntryPath } from './routes.ts';
import type { Lang } from '../core/vocabulary.ts';

/** One side of an entry's parties, with its label ("Technology partners"). */
export interface PartyGroup {
  label: string;
  links: EntryLink[];
}

/** The fields that name an entry's parties, by collection; none for collections without parties. */
function partyRefs(entry: AnyEntry): [UiKey, readonly Ref[]][] {
  switch (entry.collection) {
    case 'partnerships':
      return [
        ['field.partners', entry.facts.partners],
        ['field.counterparts', entry.facts.counterparts],
      ];
    case 'events':
      return [['field.organizations', entry.facts.organizations]];
    case 'documents':
      return [['field.issuer', entry.facts.issuer ? [entry.facts.issuer] : []]];
    default:
      return [];
  }
}

/**
 * Who an entry is between, as its sources state it: a partnership's partners
 * and counterparts, an event's organisations, a document's issuer. Empty
 * groups are left out.
 * @example partiesOf(graph, partnership, 'en') // [{ label: 'Technology partners', links: [VNPT Đà Nẵng] }, { label: 'Local counterparts', … }]
 */
export function partiesOf(graph: Graph, entry: AnyEntry, lang: Lang): PartyGroup[] {
  const t = useTranslations(lang);
  return partyRefs(entry)
    .filter(([, refs]) => refs.length > 0)
    .map(([label, refs]) => ({ label: t(label), links: linksTo(graph, refs, lang) }));
}

/**
 * The parties' short names, partners first, for a line where space is short (the Open Graph image).
 * @example partyNames(graph, partnership, 'vi') // ['VNPT chi nhánh Đà Nẵng', 'UBND huyện Hòa Vang']
 */
export function partyNames(graph: Graph, entry: AnyEntry, lang: Lang): string[] {
  return partyRefs(entry).flatMap(([, refs]) => refs.map((ref) => shortTitleOf(graph.resolve(ref), lang)));
}

/** What the entry page offers for embedding: the card's address and the code to paste. */
export interface EmbedOffer {
  /** Site path of the embeddable card, for the preview link. */
  path: string;
  /** Absolute URL of the embeddable card. */
  url: string;
  /** The `<iframe>` element to paste, with a title for screen readers. */
  code: string;
}

/** Height of the embedded card, in CSS pixels: room for the title, date, parties and a short summary. */
export const CARD_EMBED_HEIGHT = 400;
/** Height of the embedded timeline: the drawing, its status line and the attribution. */
export const TIMELINE_EMBED_HEIGHT = 640;

/**
 * Where the timeline's `<iframe>` code takes the view's query; the timeline
 * element fills it (`embedCode` in src/components/timeline/view-state.ts,
 * which keeps its own copy so the browser bundle stays small).
 */
export const QUERY_SLOT = '{query}';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` code for an embeddable view: full width, no border, loaded
 * when scrolled near, titled for screen readers.
 * @example iframeCode('https://example.org/en/embed/timeline/', 'Timeline', 640) // '<iframe src="https://example.org/en/embed/timeline/" title="Timeline" width="100%" height="640" style="border:0" loading="lazy"></iframe>'
 */
export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The embeddable card of an entry, as the entry page offers it. */
export function embedOffer(entry: AnyEntry, lang: Lang, title: string, site: string | URL): EmbedOffer {
  const path = embedEntryPath(lang, entry.collection, entry.id);
  const url = absoluteUrl(path, site);
  const t = useTranslations(lang);
  return {
    path,
    url,
    code: iframeCode(url, t('embed.frameTitle', { title, site: t('site.name') }), CARD_EMBED_HEIGHT),
  };
}
