import { z } from 'astro/zod';
import {
  checkDate,
  datePart,
  draftField,
  edtf,
  excerptFields,
  localized,
  parityExceptionsField,
  type RefFactory,
  sourcesField,
} from './shared.ts';

/** A role a person held, as a source dates it. */
const roleSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Position, in each language. @example { vi: 'Phó Chủ tịch', en: 'Vice Chairman' } */
      title: localized,
      /** Where the person held it. */
      organization: ref('organizations'),
      /** When the source shows the person in this role (EDTF). */
      date: edtf,
      datePart: datePart.optional(),
      /** The source that gives the role. */
      source: ref('sources'),
      ...excerptFields,
    })
    .superRefine((value, ctx) => checkDate(value, ctx));

/** Facts of a person named in the sources (`src/content/people/<id>/facts.yaml`). */
export const personSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
    draft: draftField,
    /** Roles at the time of the events, at least one. */
    roles: z.array(roleSchema(ref)).min(1, 'must give at least one role with its organisation, date and source'),
    /** Sources that mention the person. */
    sources: sourcesField(ref),
    parityExceptions: parityExceptionsField,
  });

export type PersonFacts = z.output<ReturnType<typeof personSchema>>;
