/**
 * Minimal types for the parts of Citation.js (`@citation-js/core` and its
 * BibTeX, RIS and CSL plugins) this project uses. The packages ship no
 * declarations; the plugins register themselves with the core on import.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The items as CSL-JSON objects. */
    readonly data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: string): Record<string, Record<string, unknown>>;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
