/**
 * Who works with whom: technology companies (columns) × localities (rows),
 * each cell the partnerships between them and the themes they cover.
 */
import type { Graph } from './graph.ts';
import { topCompany, topLocality } from './indexes.ts';
import { linkTo, type EntryLink } from './links.ts';
import type { Entry, Ref } from './model.ts';
import { titleOf } from './graph.ts';
import type { Lang } from './routes.ts';

export interface MatrixCell {
  partnerships: EntryLink[];
  themes: EntryLink[];
}

export interface Matrix {
  columns: EntryLink[];
  rows: { locality: EntryLink; cells: MatrixCell[] }[];
}

export function partnershipMatrix(graph: Graph, lang: Lang): Matrix {
  const partnerships = graph.list('partnerships');
  const companiesOf = (p: Entry<'partnerships'>) => [
    ...new Set(
      p.facts.partners.map((r) => topCompany(graph, graph.resolve(r as Ref & { collection: 'organizations' }))),
    ),
  ];
  const localitiesOf = (p: Entry<'partnerships'>) => [
    ...new Set(p.facts.localities.map((r) => topLocality(graph, graph.resolve(r as Ref & { collection: 'places' })))),
  ];
  const byName = (a: { id: string } & Parameters<typeof titleOf>[0], b: typeof a) =>
    titleOf(a, lang).localeCompare(titleOf(b, lang), lang);
  const companies = [...new Set(partnerships.flatMap(companiesOf))].sort(byName);
  const localities = [...new Set(partnerships.flatMap(localitiesOf))].sort(byName);
  return {
    columns: companies.map((c) => linkTo(c, lang)),
    rows: localities.map((locality) => ({
      locality: linkTo(locality, lang),
      cells: companies.map((company) => {
        const here = partnerships.filter((p) => companiesOf(p).includes(company) && localitiesOf(p).includes(locality));
        const themes = [...new Map(here.flatMap((p) => p.facts.themes).map((r) => [r.id, r])).values()];
        return {
          partnerships: here.map((p) => linkTo(p, lang, true)),
          themes: themes.map((r) => linkTo(graph.resolve(r as Ref & { collection: 'themes' }), lang)),
        };
      }),
    })),
  };
}
