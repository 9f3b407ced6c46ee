import { z } from 'astro/zod';
import { draftField, parityExceptionsField } from './shared.ts';

/** Facts of a theme or pillar (`src/content/themes/<id>/facts.yaml`). Themes are a taxonomy, so they cite nothing. */
export const themeSchema = () =>
  z.strictObject({
    /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
    draft: draftField,
    /** Position in theme lists (lower first). */
    order: z.number().int().min(0),
    parityExceptions: parityExceptionsField,
  });

export type ThemeFacts = z.output<ReturnType<typeof themeSchema>>;
