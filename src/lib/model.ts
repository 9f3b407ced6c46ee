/**
 * The plain-data model every page, feed and export is computed from.
 * Built once per build by `src/lib/content.ts`; no Astro types leak in, so
 * everything downstream is unit-testable with hand-made entries.
 */
import type {
  DocumentFacts,
  EventFacts,
  OrganizationFacts,
  PartnershipFacts,
  PersonFacts,
  PlaceFacts,
  Ref,
  SourceFacts,
  ThemeFacts,
} from '../schemas/index.ts';
import type { CollectionName, Lang } from '../core/vocabulary.ts';

export type { Ref };

export interface FactsOf {
  partnerships: PartnershipFacts;
  events: EventFacts;
  organizations: OrganizationFacts;
  places: PlaceFacts;
  people: PersonFacts;
  documents: DocumentFacts;
  themes: ThemeFacts;
  sources: SourceFacts;
}

/** The words of an entry in one language. */
export interface ProseMeta {
  title: string;
  shortTitle: string;
  summary: string;
  /** Source ids in the order the body first cites them; numbered notes follow this order. */
  citations: string[];
  /** Who the body quotes (`<Quote by source>`), in reading order, for the speaker lines of its quotes. */
  quotes: { by: string; source: string }[];
  /** Key of the prose entry, for rendering the body. */
  key: string;
  /** Last commit time (ISO) of this language's file, if known. */
  updated: string | null;
}

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  facts: FactsOf[C];
  prose: Partial<Record<Lang, ProseMeta>>;
  /** Last commit date (YYYY-MM-DD) touching any file of the entry, if known. */
  updated: string | null;
  /**
   * When the entry was added to the record: the time (ISO 8601, UTC) of the first
   * commit that added its facts file; null when git cannot tell (not committed
   * yet, no repository, or before the cut-off of a shallow clone).
   */
  added: string | null;
}

/** An entry of collection C; distributes over unions, so `EntryOf<CollectionName>` is `AnyEntry`. */
export type EntryOf<C extends CollectionName> = C extends CollectionName ? Entry<C> : never;

export type AnyEntry = EntryOf<CollectionName>;

/** Key of an entry across collections. */
export const keyOf = (collection: string, id: string): string => `${collection}/${id}`;
