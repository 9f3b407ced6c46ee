/**
 * One schema factory per collection. Imported by `src/content.config.ts`
 * (with Astro's `reference`) and by the content checker (with `plainRef`).
 */
import type { CollectionName } from '../core/vocabulary.ts';
import { documentSchema } from './documents.ts';
import { eventSchema } from './events.ts';
import { organizationSchema } from './organizations.ts';
import { partnershipSchema } from './partnerships.ts';
import { personSchema } from './people.ts';
import { placeSchema } from './places.ts';
import type { RefFactory } from './shared.ts';
import { sourceSchema } from './sources.ts';
import { themeSchema } from './themes.ts';

export const FACT_SCHEMAS = {
  partnerships: partnershipSchema,
  events: eventSchema,
  organizations: organizationSchema,
  places: placeSchema,
  people: personSchema,
  documents: documentSchema,
  themes: themeSchema,
  sources: sourceSchema,
} satisfies Record<CollectionName, (ref: RefFactory) => unknown>;

export { proseSchema, type ProseData } from './prose.ts';
export { plainRef, type Ref, type RefFactory } from './shared.ts';
export type { DocumentFacts } from './documents.ts';
export type { EventFacts } from './events.ts';
export type { OrganizationFacts } from './organizations.ts';
export type { PartnershipFacts } from './partnerships.ts';
export type { PersonFacts } from './people.ts';
export type { PlaceFacts } from './places.ts';
export type { SourceFacts } from './sources.ts';
export type { ThemeFacts } from './themes.ts';
