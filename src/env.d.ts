/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by EntryPage before rendering MDX prose, read by <Cite> and <Quote>. */
    prose?: {
      lang: import('./core/vocabulary.ts').Lang;
      graph: import('./lib/graph.ts').Graph;
      notes: Map<string, number>;
    };
  }
}
