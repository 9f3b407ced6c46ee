/**
 * Who works with whom: technology companies (columns) × localities (rows),
 * each cell the partnerships between them and the themes they cover.
 */
import type { Graph } from './graph.ts';
import { sidesOf } from './hierarchy.ts';
import { linkTo, type EntryLink } from './links.ts';
import type { Entry } from './model.ts';
import { titleOf } from './graph.ts';
import type { Lang } from '../core/vocabulary.ts';

export interface MatrixCell {
  partnerships: EntryLink[];
  themes: EntryLink[];
}

export interface Matrix {
  columns: EntryLink[];
  rows: { locality: EntryLink; cells: MatrixCell[] }[];
}

/**
 * Builds the matrix in one pass over the partnerships (each partnership's
 * companies and localities are resolved once), so it stays linear at
 * thousands of partnerships and localities.
 */
export function partnershipMatrix(graph: Graph, lang: Lang): Matrix {
  type Company = Entry<'organizations'>;
  type Locality = Entry<'places'>;
  const companies = new Set<Company>();
  /** Partnerships by locality, then by company, in the graph's order. */
  const cells = new Map<Locality, Map<Company, Entry<'partnerships'>[]>>();
  for (const p of graph.list('partnerships')) {
    const { partners, localities } = sidesOf(graph, p);
    for (const company of partners) companies.add(company);
    for (const locality of localities) {
      const row = cells.get(locality) ?? new Map<Company, Entry<'partnerships'>[]>();
      cells.set(locality, row);
      for (const company of partners) {
        const here = row.get(company) ?? [];
        if (!here.includes(p)) here.push(p);
        row.set(company, here);
      }
    }
  }
  const byName = (a: { id: string } & Parameters<typeof titleOf>[0], b: typeof a) =>
    titleOf(a, lang).localeCompare(titleOf(b, lang), lang);
  const columns = [...companies].sort(byName);
  return {
    columns: columns.map((c) => linkTo(c, lang)),
    rows: [...cells.keys()].sort(byName).map((locality) => ({
      locality: linkTo(locality, lang),
      cells: columns.map((company) => {
        const here = cells.get(locality)?.get(company) ?? [];
        const themes = [...new Map(here.flatMap((p) => p.facts.themes).map((r) => [r.id, r])).values()];
        return {
          partnerships: here.map((p) => linkTo(p, lang, true)),
          themes: themes.map((r) => linkTo(graph.resolve(r), lang)),
        };
      }),
    })),
  };
}
