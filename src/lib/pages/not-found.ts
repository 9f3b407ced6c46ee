/** The 404 page of one language, or the root one in both. */
import type { Lang } from '../../core/vocabulary.ts';
import type { Route } from '../routes.ts';

export interface NotFoundPageData {
  kind: 'notFound';
  route: Route & { kind: 'notFound' };
  /** Also say it in the other language (the root 404 page serves every path). */
  bilingual: boolean;
}

export function notFoundPage(lang: Lang, bilingual = false): NotFoundPageData {
  return { kind: 'notFound', route: { kind: 'notFound', lang }, bilingual };
}
