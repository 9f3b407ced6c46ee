/**
 * Building blocks shared by the facts schemas of every collection.
 *
 * Schemas are factories that take a `ref` function: Astro passes its own
 * `reference()`, the stand-alone checker (`npm run check:content`) passes a
 * plain one. Both produce `{ collection, id }`, and whether the id exists is
 * checked afterwards by `src/lib/integrity.ts`, which reports every problem.
 */
import { z } from 'astro/zod';
import { DATE_PARTS, DateError, parseWhen, type DatePart } from '../core/dates.ts';
import type { CollectionName } from '../core/vocabulary.ts';

/**
 * A reference to an entry of collection C, after parsing. Typed by its
 * collection, so resolving it gives an entry of that collection without a cast.
 */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Astro's `reference()` or the checker's equivalent. */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

/** The checker's `ref`: accepts an id string, like Astro's `reference()`. */
export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));

/**
 * An EDTF string or `unknown`. Validity is checked together with `datePart`
 * by `withDate()`, so a bad date and a misplaced part are reported once, where they are.
 * @example '2020-10-05' | '2022-04' | '2021/2025' | '2020-10-05/..' | '2021?' | 'unknown'
 */
export const edtf = z.preprocess(
  // Content YAML (`lib/yaml.ts`) keeps an unquoted 2020-10-05 as written and reads 2021 as a whole
  // number, whose digits are exactly the ones written; any other non-text value is refused.
  (value) => (Number.isSafeInteger(value) ? String(value) : value),
  z.string({ error: 'must be an EDTF date such as 2020-10-05, 2022-04, 2021/2025 or unknown' }).min(1),
);

/** Early (days 1–10), mid (11–20) or late (21–end) in a month-precise date. */
export const datePart = z.enum(DATE_PARTS, { error: 'must be one of early, mid, late' });

/** Text that is a fact but needs words in each language (a figure's label, a role). */
export const localized = z.strictObject({
  /** Vietnamese wording. */
  vi: z.string().min(1),
  /** English wording. */
  en: z.string().min(1),
});

export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII letters, digits and single hyphens');

/**
 * Adds a cross-field check: `date` (and `datePart`, when present) must parse.
 * Errors land on the field that needs the fix.
 */
export function checkDate(
  value: { date?: string | undefined; datePart?: DatePart | undefined },
  ctx: z.RefinementCtx,
  field = 'date',
): void {
  const date = value.date;
  if (date === undefined) return;
  try {
    parseWhen(date, value.datePart ?? null);
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    const onPart = value.datePart !== undefined && /datePart/.test(error.message + error.fix);
    ctx.addIssue({
      code: 'custom',
      path: [onPart ? 'datePart' : field],
      message: `${error.message} Fix: ${error.fix}`,
    });
  }
}

/** Longest excerpt an evidence item may quote, in words: enough to support a claim, too short to republish. */
export const MAX_QUOTE_WORDS = 20;

/** Words in an excerpt, as the word limit counts them (runs of non-space characters). */
export const wordCount = (text: string): number => text.trim().split(/\s+/u).filter(Boolean).length;

/**
 * The words of a source that support a claim: verbatim, in the source's own
 * language, at most {@link MAX_QUOTE_WORDS} words, with the site's translation
 * for readers of the other language, and the editor's reasoning when the claim
 * is an inference rather than what the words say.
 */
export const excerptFields = {
  /** The excerpt exactly as the source has it (same words, same diacritics), at most 20 words. */
  quote: z
    .string({ error: 'must be the excerpt of the source, in quotes if it contains a colon' })
    .min(1)
    .describe("The excerpt exactly as the source has it, in the source's language, at most 20 words."),
  /** The site's translation of the excerpt into the other language, shown after it and labelled as a translation. */
  translation: z
    .string()
    .min(1)
    .optional()
    .describe("The site's translation of the excerpt into the other site language; not the source's words."),
  /**
   * Present when the claim is the editor's inference from the excerpt rather than what it says:
   * the reasoning, in both languages, shown to readers. Dates inferred are also marked with `?`.
   */
  inferred: z
    .strictObject({ vi: z.string().min(1), en: z.string().min(1) })
    .optional()
    .describe("The editor's reasoning, when the claim is inferred from the excerpt rather than stated by it."),
};

/**
 * Whose claims an evidence item supports: a field (`date`, `status`, `parent`…) or,
 * for a list of references, the field and the id (`partners.vnpt-da-nang`).
 */
export const CLAIM_KEY = /^[a-zA-Z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** One piece of evidence: an excerpt of a listed source and the claims of the entry it supports. */
export const evidenceSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The claims it supports. @example [date, kind, partners.vnpt-da-nang] */
      supports: z
        .array(
          z
            .string()
            .regex(
              CLAIM_KEY,
              'must name a field (date) or a field and an id (partners.vnpt-da-nang). Fix: write the field name, a dot and the id',
            ),
        )
        .min(1, 'must name at least one claim it supports, such as [date] or [partners.vnpt-da-nang]')
        .describe('The claims supported: a field name, or field.id for one value of a list of references.'),
      /** The source the excerpt comes from; the entry must list it under `sources`. */
      source: ref('sources').describe('Id of the source (an entry of the sources collection).'),
      ...excerptFields,
    })
    .describe('An excerpt of a source supporting claims of this entry.');

/** The entry's evidence list. @default [] */
export const evidenceField = (ref: RefFactory) => z.array(evidenceSchema(ref)).default([]);

/** The checks of the Vietnamese–English comparison an exception can waive. */
export const PARITY_CHECKS = ['sources', 'numbers', 'quotations'] as const;

/** An intended difference between the Vietnamese and English prose, reviewed and explained. */
export const parityExceptionsField = z
  .array(
    z.strictObject({
      /** Which comparison the difference belongs to. */
      check: z.enum(PARITY_CHECKS),
      /** The difference exactly as the checker names it (a source id, a number, a quotation). */
      value: z.string().min(1),
      /** Why the two languages differ here, for the reviewer. */
      reason: z.string().min(1),
    }),
  )
  .default([])
  .describe('Reviewed, intended differences between the Vietnamese and English prose.');

/** A number stated by a source, with its date and the source that states it. */
export const figureSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The number as the source gives it. @example 847 */
      value: z.number({ error: 'must be a number (no quotes, no thousands separator)' }),
      /** What kind of number it is; drives formatting. @default 'count' */
      unit: z.enum(['count', 'percent', 'm2']).default('count'),
      /** What is counted, in each language. @example { vi: 'dịch vụ công trực tuyến', en: 'online public services' } */
      label: localized,
      /** When the number was true (EDTF), at the source's precision. */
      date: edtf,
      datePart: datePart.optional(),
      /** The source that states the number. */
      source: ref('sources'),
      ...excerptFields,
    })
    .superRefine((value, ctx) => {
      checkDate(value, ctx);
      if (value.unit !== 'percent' && !Number.isInteger(value.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `a ${value.unit === 'm2' ? 'area' : 'count'} must be a whole number, but got ${value.value}. Fix: write the number without separators (1920, not 1.920 or 1,920)`,
        });
      }
    });

/** `draft: true` keeps an entry out of the site while it is written. @default false (published) */
export const draftField = z.boolean().optional();

/** Every fact-bearing entry lists at least one source. */
export const sourcesField = (ref: RefFactory) =>
  z
    .array(ref('sources'))
    .min(1, 'must list at least one source id. Fix: add `sources: [<id>]` with an id from src/content/sources/');

export const refs = <C extends CollectionName>(ref: RefFactory, collection: C) => z.array(ref(collection)).default([]);
