/**
 * Links from a page to the repository it is edited in: "Suggest a correction"
 * (a new issue, prefilled) and "Edit this page" (the entry's prose file, and
 * its facts file). The repository's address is configured once, in
 * `src/core/config.ts`, and passed in, so these stay pure.
 */
import { DEFAULT_CONTENT_DIR } from '../core/config.ts';
import type { CollectionName, Lang } from '../core/vocabulary.ts';
import { useTranslations } from '../i18n/ui.ts';

/** The branch the site is published from, where "Edit this page" opens the files. */
export const EDIT_BRANCH = 'main';

/** The links of an entry page to its files and to the issue tracker. */
export interface ContributeLinks {
  /** A new issue, titled and prefilled with the page's address and a template. */
  suggest: string;
  /** The prose file the page shows (its language's, or the other when it falls back). */
  editText: string;
  /** The entry's facts file. */
  editFacts: string;
}

/**
 * A new issue in the repository, with its title and body filled in.
 * @example newIssueUrl('https://github.com/o/r', 'Correction: X', 'Page: …') // 'https://github.com/o/r/issues/new?title=Correction%3A%20X&body=Page%3A%20%E2%80%A6'
 */
export function newIssueUrl(repository: string, title: string, body?: string): string {
  const query = `title=${encodeURIComponent(title)}${body === undefined ? '' : `&body=${encodeURIComponent(body)}`}`;
  return `${repository}/issues/new?${query}`;
}

/**
 * The repository's editor for a file of the content.
 * @example editUrl('https://github.com/o/r', 'events', 'x', 'vi.mdx') // 'https://github.com/o/r/edit/main/src/content/events/x/vi.mdx'
 */
export function editUrl(repository: string, collection: CollectionName, id: string, file: string): string {
  return `${repository}/edit/${EDIT_BRANCH}/${DEFAULT_CONTENT_DIR}/${collection}/${id}/${file}`;
}

/** What an entry page needs to build its links. */
export interface ContributeTarget {
  collection: CollectionName;
  id: string;
  /** The page's title, as shown. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The language of the page. */
  lang: Lang;
  /** The language of the prose the page shows. */
  textLang: Lang;
}

/** "Suggest a correction" and "Edit this page" for an entry page. */
export function contributeLinks(repository: string, target: ContributeTarget): ContributeLinks {
  const t = useTranslations(target.lang);
  const { collection, id } = target;
  return {
    suggest: newIssueUrl(
      repository,
      t('contribute.issueTitle', { title: target.title }),
      t('contribute.issueBody', { url: target.url, entry: `${collection}/${id}` }),
    ),
    editText: editUrl(repository, collection, id, `${target.textLang}.mdx`),
    editFacts: editUrl(repository, collection, id, 'facts.yaml'),
  };
}
