import { z } from 'astro/zod';
import {
  checkDate,
  datePart,
  draftField,
  edtf,
  figureSchema,
  type RefFactory,
  refs,
  sourcesField,
  evidenceField,
  parityExceptionsField,
} from './shared.ts';

export const EVENT_KINDS = ['launch', 'signing', 'opening', 'award', 'ranking', 'plan', 'training', 'result'] as const;

/** Facts of a dated happening (`src/content/events/<id>/facts.yaml`). */
export const eventSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
      draft: draftField,
      /** What kind of happening. @example 'signing' */
      kind: z.enum(EVENT_KINDS),
      /** When, as EDTF at the source's precision, or `unknown` when the source gives no date. @example '2020-10-05' */
      date: edtf,
      /** Part of the month for a month-precise date. @example 'late' */
      datePart: datePart.optional(),
      /** The partnership this event belongs to, if any. */
      partnership: ref('partnerships').optional(),
      /** Organisations taking part. */
      organizations: refs(ref, 'organizations'),
      /** Where it happened or whom it concerns. */
      places: refs(ref, 'places'),
      /** People who took part or spoke. */
      people: refs(ref, 'people'),
      /** Policy documents it implements or mentions. */
      documents: refs(ref, 'documents'),
      /** Themes it touches. */
      themes: refs(ref, 'themes'),
      /** Numbers reported about it. */
      figures: z.array(figureSchema(ref)).default([]),
      /** Sources that report it (at least one). */
      sources: sourcesField(ref),
      /** What in the sources supports each claim above (see "How we source"). */
      evidence: evidenceField(ref),
      parityExceptions: parityExceptionsField,
    })
    .superRefine((value, ctx) => checkDate(value, ctx));

export type EventFacts = z.output<ReturnType<typeof eventSchema>>;
