/**
 * Minimal types for the parts of `edtf` (EDTF.js) this project uses.
 * The package ships no declarations.
 */
declare module 'edtf' {
  export interface Bitmask {
    readonly value: number;
    is(part: 'year' | 'month' | 'day'): number;
  }
  export interface ParsedDate {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Set' | 'List';
    level: number;
    values: number[];
    uncertain?: number;
    approximate?: number;
    unspecified?: number;
  }
  export interface ParsedInterval {
    type: 'Interval';
    level: number;
    values: [ParsedDate | number | null, ParsedDate | number | null];
  }
  export type Parsed = ParsedDate | ParsedInterval;
  export interface ExtDate {
    readonly type: string;
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly precision: number;
    readonly values: number[];
    readonly uncertain: Bitmask;
    readonly approximate: Bitmask;
    readonly unspecified: Bitmask;
  }
  export interface ExtInterval {
    readonly type: 'Interval';
    readonly edtf: string;
    readonly min: number | null;
    readonly max: number | null;
    readonly lower: ExtDate | number | null;
    readonly upper: ExtDate | number | null;
  }
  export function parse(input: string, constraints?: { level?: number; types?: string[] }): Parsed;
  export default function edtf(input: string | Parsed): ExtDate | ExtInterval;
}
