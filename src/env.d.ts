/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the route before rendering an entry's MDX prose, from its page data; read by <Cite> and <Quote>. */
    prose?: {
      lang: import('./core/vocabulary.ts').Lang;
      /** Source id → note number. */
      notes: Map<string, number>;
      /** Person id → name and role, for <Quote by>. */
      speakers: Record<string, import('./lib/pages/entry.ts').Speaker>;
    };
  }
}
