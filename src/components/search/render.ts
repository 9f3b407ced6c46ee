/**
 * DOM for search results, shared by the header box and the search page.
 * Nothing is written with innerHTML: Pagefind's excerpt (escaped text with
 * `<mark>` around matches) is parsed in an inert document and rebuilt from
 * its text and marks only.
 */
import type { searchStrings } from '../../i18n/search.ts';
import { interpolate } from '../../core/interpolate.ts';
import { isLang, type Lang } from '../../core/vocabulary.ts';
import type { PagefindResultData } from './engine.ts';

export type SearchStringKey = keyof typeof searchStrings.en;
export type Strings = Partial<Record<SearchStringKey, string>>;

/** A result as the UI shows it. */
export interface ResultView {
  href: string;
  title: string;
  /** Language of the title when the page is an untranslated fallback. */
  titleLang: string | undefined;
  /** The page's language, the first segment of its URL (`/vi/…`, `/en/…`). */
  lang: Lang | undefined;
  kind: string | undefined;
  date: string | undefined;
  excerpt: string;
}

function langOfUrl(url: string): Lang | undefined {
  const first = new URL(url, 'https://x.invalid').pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

export function resultView(data: PagefindResultData): ResultView {
  return {
    href: data.url,
    title: data.meta['title'] ?? data.url,
    titleLang: data.meta['title_lang'],
    lang: langOfUrl(data.url),
    kind: data.meta['kind'],
    date: data.meta['date'],
    excerpt: data.excerpt,
  };
}

/** A UI string with `{name}` placeholders filled. */
export function say(strings: Strings, key: SearchStringKey, vars: Record<string, string | number> = {}): string {
  return interpolate(strings[key] ?? key, vars);
}

/** The count line of a result list. */
export function countText(strings: Strings, lang: string, n: number, query: string): string {
  const count = new Intl.NumberFormat(lang).format(n);
  if (query === '') return say(strings, n === 1 ? 'search.countFilteredOne' : 'search.countFilteredMany', { n: count });
  return say(strings, n === 1 ? 'search.countOne' : 'search.countMany', { n: count, q: query });
}

/** An element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Excerpt text with its `<mark>` highlights, and nothing else. */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${excerpt}`, 'text/html');
  return [...doc.body.childNodes].map((node) =>
    node.nodeName === 'MARK' ? h('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** "Type · date" line. */
export function metaText(view: ResultView): string {
  return [view.kind, view.date].filter(Boolean).join(' · ');
}
