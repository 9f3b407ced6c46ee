import { z } from 'astro/zod';
import {
  checkDate,
  draftField,
  edtf,
  type RefFactory,
  refs,
  sourcesField,
  evidenceField,
  parityExceptionsField,
} from './shared.ts';

export const DOCUMENT_KINDS = ['resolution', 'decision', 'plan', 'project', 'framework'] as const;

/** Facts of a resolution, decision, plan or project (`src/content/documents/<id>/facts.yaml`). */
export const documentSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
      draft: draftField,
      kind: z.enum(DOCUMENT_KINDS),
      /** Official number as cited. @example '06/QĐ-TTg' */
      number: z.string().min(1).optional(),
      /** Who issued it, when a source says. */
      issuer: ref('organizations').optional(),
      /** Date of issue (EDTF) or `unknown`. */
      date: edtf,
      /** Period the document covers, if stated. @example '2022/2025' */
      period: edtf.optional(),
      /** Places it concerns. */
      places: refs(ref, 'places'),
      /** Sources that mention it. */
      sources: sourcesField(ref),
      /** What in the sources supports each claim above (see "How we source"). */
      evidence: evidenceField(ref),
      parityExceptions: parityExceptionsField,
    })
    .superRefine((value, ctx) => {
      checkDate(value, ctx);
      if (value.period !== undefined) checkDate({ date: value.period }, ctx, 'period');
    });

export type DocumentFacts = z.output<ReturnType<typeof documentSchema>>;
