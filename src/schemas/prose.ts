import { z } from 'astro/zod';

/**
 * Front matter of an entry's prose file (`vi.mdx` or `en.mdx`).
 * Facts live in `facts.yaml`; this holds only words in one language.
 */
/** Titles longer than this need a `shortTitle` for timelines, tables and the browser tab. */
export const LONG_TITLE = 70;

export const proseSchema = z
  .strictObject({
    /** Page title and heading. @example 'Facebook và Thừa Thiên Huế khởi động hợp tác toàn diện' */
    title: z.string().min(3).max(160),
    /** One or two sentences in your own words: used in lists, meta descriptions and search results. */
    summary: z.string().min(20).max(360),
    /** A shorter title for timeline labels and tables. @default title */
    shortTitle: z.string().min(2).max(LONG_TITLE).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.title.length > LONG_TITLE && value.shortTitle === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['shortTitle'],
        message: `is required when the title is longer than ${LONG_TITLE} characters (this one has ${value.title.length}). Fix: add \`shortTitle:\` with a name of at most ${LONG_TITLE} characters`,
      });
    }
  });

export type ProseData = z.infer<typeof proseSchema>;
