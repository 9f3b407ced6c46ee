import { z } from 'astro/zod';
import { checkDate, draftField, edtf, evidenceField, parityExceptionsField, type RefFactory } from './shared.ts';

export const SOURCE_TYPES = ['news', 'reference'] as const;

/** Facts of a cited text (`src/content/sources/<id>/facts.yaml`). */
export const sourceSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
      draft: draftField,
      /**
       * `news`: a report, the kind of text the record is built from. `reference`: a text cited only for
       * knowledge the reports do not give (which province a city belongs to), never from memory. @default 'news'
       */
      type: z.enum(SOURCE_TYPES).default('news'),
      /** The headline as published, in the text's own language, if the text has one. */
      headline: z.string().min(1).optional(),
      /** Publisher as the text names it. @example 'VietNamNet' */
      publisher: z.string().min(1).optional(),
      /** Author or byline as printed. @example 'H. Dũng' */
      author: z.string().min(1).optional(),
      /** Publication date at the precision the text shows, or `unknown`. */
      published: edtf,
      /** Language of the text. */
      language: z.enum(['vi', 'en']),
      /** Address of the original, only when known. Never guessed. */
      url: z.url().optional(),
      /** File name of the text in the project's archive of sources, when it is archived. @example '001_07ac073f8728004b.txt' */
      archiveFile: z
        .string()
        .regex(
          /^[\w.-]+\.txt$/,
          'must be the file name of an archived text, such as 001_07ac073f8728004b.txt. Fix: write the name of the .txt file, or delete the line',
        )
        .optional(),
      /** The words of the text that show its publication date, when it prints one. */
      evidence: evidenceField(ref),
      parityExceptions: parityExceptionsField,
    })
    .superRefine((value, ctx) => checkDate({ date: value.published }, ctx, 'published'));

export type SourceFacts = z.output<ReturnType<typeof sourceSchema>>;
