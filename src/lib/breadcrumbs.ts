import { useTranslations } from '../i18n/ui.ts';
import type { Graph } from './graph.ts';
import { linkTo, type EntryLink } from './links.ts';
import { ancestorsOf } from './hierarchy.ts';
import type { AnyEntry } from './model.ts';
import { homePath, indexPath } from './routes.ts';
import { type Lang } from '../core/vocabulary.ts';

export interface Crumb {
  href: string;
  text: string;
  lang?: Lang | undefined;
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
