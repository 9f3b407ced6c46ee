/** The translation status page: missing and outdated translations, and drafts for editors. */
import type { Draft } from '../drafts.ts';
import type { Graph } from '../graph.ts';
import { linkTo, type EntryLink } from '../links.ts';
import { otherLang, type CollectionName, type Lang } from '../../core/vocabulary.ts';
import { type Route } from '../routes.ts';
import { translationIssues, type TranslationIssue } from '../translations.ts';

export interface TranslationsPageData {
  kind: 'translations';
  route: Route & { kind: 'page' };
  counts: { missing: number; outdated: number; total: number };
  issues: { link: EntryLink; lang: Lang; status: TranslationIssue['status'] }[];
  drafts: {
    collection: CollectionName;
    /** The facts file, relative to the project. */
    file: string;
    /** In the page's language if the draft has it, else in the other; undefined when it has none yet. */
    title: string | undefined;
    titleLang: Lang;
  }[];
}

export function translationsPage(
  graph: Graph,
  drafts: readonly Draft[],
  route: Route & { kind: 'page' },
): TranslationsPageData {
  const { lang } = route;
  const issues = translationIssues(graph).map((issue) => ({
    link: linkTo(issue.entry, lang),
    lang: issue.lang,
    status: issue.status,
  }));
  const count = (status: TranslationIssue['status']) => issues.filter((i) => i.status === status).length;
  return {
    kind: 'translations',
    route,
    counts: { missing: count('missing'), outdated: count('outdated'), total: graph.all().length },
    issues,
    drafts: drafts.map((draft) => ({
      collection: draft.collection,
      file: draft.file,
      title: draft.titles[lang] ?? draft.titles[otherLang(lang)],
      titleLang: draft.titles[lang] === undefined ? otherLang(lang) : lang,
    })),
  };
}
