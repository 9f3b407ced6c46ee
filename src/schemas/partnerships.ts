import { z } from 'astro/zod';
import {
  checkDate,
  draftField,
  edtf,
  figureSchema,
  type RefFactory,
  refs,
  sourcesField,
  evidenceField,
  parityExceptionsField,
} from './shared.ts';

export const PARTNERSHIP_KINDS = ['programme', 'memorandum', 'agreement', 'project'] as const;
export const PARTNERSHIP_STATUSES = ['launched', 'signed', 'under-way', 'completed', 'not-stated'] as const;

/** Facts of an agreement or programme (`src/content/partnerships/<id>/facts.yaml`). */
export const partnershipSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
      draft: draftField,
      /** Programme, memorandum of understanding, agreement or project. */
      kind: z.enum(PARTNERSHIP_KINDS),
      /** Technology companies (or their branches) on one side. */
      partners: z.array(ref('organizations')).min(1, 'must name at least one partner organisation'),
      /** Authorities or bodies on the other side. */
      counterparts: z.array(ref('organizations')).min(1, 'must name at least one counterpart organisation'),
      /** Localities the partnership covers. */
      localities: z.array(ref('places')).min(1, 'must name at least one place'),
      /** The period, as EDTF (`2021/2025`, `2020-10-05/..`) or `unknown`. */
      period: edtf,
      /** Status as last reported by the sources; `not-stated` when no source reports one. @default 'not-stated' */
      status: z.enum(PARTNERSHIP_STATUSES).default('not-stated'),
      /** Themes or pillars it covers. */
      themes: refs(ref, 'themes'),
      /** People who spoke for it or signed it. */
      people: refs(ref, 'people'),
      /** Policy documents it serves. */
      documents: refs(ref, 'documents'),
      /** Numbers reported about it. */
      figures: z.array(figureSchema(ref)).default([]),
      /** Sources that report it (at least one). */
      sources: sourcesField(ref),
      /** What in the sources supports each claim above (see "How we source"). */
      evidence: evidenceField(ref),
      parityExceptions: parityExceptionsField,
    })
    .superRefine((value, ctx) => checkDate({ date: value.period }, ctx, 'period'));

export type PartnershipFacts = z.output<ReturnType<typeof partnershipSchema>>;
