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
