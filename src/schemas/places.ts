import { z } from 'astro/zod';
import {
  draftField,
  figureSchema,
  type RefFactory,
  sourcesField,
  evidenceField,
  parityExceptionsField,
} from './shared.ts';

/** Administrative levels, from country down to commune (names in use at the time of the events). */
export const PLACE_LEVELS = [
  'country',
  'province',
  'municipality',
  'city',
  'district',
  'urban-district',
  'commune',
] as const;

/** Facts of an administrative unit (`src/content/places/<id>/facts.yaml`). */
export const placeSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
    draft: draftField,
    /** Administrative level. `municipality` is a centrally-run city such as Đà Nẵng. */
    level: z.enum(PLACE_LEVELS),
    /** The unit it belongs to, only when a source says so (with evidence); otherwise omitted. */
    parent: ref('places').optional(),
    /** Numbers reported about the place. */
    figures: z.array(figureSchema(ref)).default([]),
    /** Sources that mention it. */
    sources: sourcesField(ref),
    /** What in the sources supports each claim above (see "How we source"). */
    evidence: evidenceField(ref),
    parityExceptions: parityExceptionsField,
  });

export type PlaceFacts = z.output<ReturnType<typeof placeSchema>>;
