import { z } from 'astro/zod';

/** Facts of a theme or pillar (`src/content/themes/<id>/facts.yaml`). Themes are a taxonomy, so they cite nothing. */
export const themeSchema = () =>
  z.strictObject({
    /** Position in theme lists (lower first). */
    order: z.number().int().min(0),
  });

export type ThemeFacts = z.output<ReturnType<typeof themeSchema>>;
