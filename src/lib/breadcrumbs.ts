import { useTranslations } from '../i18n/ui.ts';
import type { Graph } from './graph.ts';
import { linkTo, type EntryLink } from './links.ts';
import type { AnyEntry, Ref } from './model.ts';
import { homePath, indexPath } from './routes.ts';
import { type Lang } from '../core/vocabulary.ts';

export interface Crumb {
  href: string;
  text: string;
  lang?: Lang | undefined;
}

/** Parent chain of a place or organisation, outermost first, excluding the entry. */
export function ancestorsOf(graph: Graph, entry: AnyEntry): AnyEntry[] {
  const chain: AnyEntry[] = [];
  let parent = 'parent' in entry.facts ? (entry.facts.parent as Ref | undefined) : undefined;
  while (parent && chain.length < 10) {
    const next = graph.resolve(parent);
    chain.unshift(next);
    parent = 'parent' in next.facts ? (next.facts.parent as Ref | undefined) : undefined;
  }
  return chain;
}

/** Home › section › (ancestors) — the current page itself is not a link. */
export function entryBreadcrumbs(graph: Graph, entry: AnyEntry, lang: Lang): Crumb[] {
  const t = useTranslations(lang);
  const toCrumb = (link: EntryLink): Crumb => ({ href: link.href, text: link.text, lang: link.lang });
  return [
    { href: homePath(lang), text: t('nav.home') },
    { href: indexPath(lang, entry.collection), text: t(`collection.${entry.collection}`) },
    ...ancestorsOf(graph, entry).map((a) => toCrumb(linkTo(a, lang))),
  ];
}
