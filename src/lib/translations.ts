/**
 * Translation status, the way Lunaria decides it: Vietnamese is the source
 * language; an English text is outdated when the Vietnamese file has a later
 * commit than the English one. A missing file is missing in either direction.
 */
import type { Graph } from './graph.ts';
import type { AnyEntry } from './model.ts';
import { LANGS, type Lang } from '../core/vocabulary.ts';

export const SOURCE_LANG: Lang = 'vi';

export interface TranslationIssue {
  entry: AnyEntry;
  lang: Lang;
  status: 'missing' | 'outdated';
  /** Commit times (ISO) behind an "outdated" verdict. */
  sourceUpdated?: string;
  translationUpdated?: string;
}

export function translationIssues(graph: Graph): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  for (const entry of graph.all()) {
    for (const lang of LANGS) {
      const prose = entry.prose[lang];
      if (!prose) {
        issues.push({ entry, lang, status: 'missing' });
        continue;
      }
      const source = entry.prose[SOURCE_LANG];
      if (lang === SOURCE_LANG || !source?.updated || !prose.updated) continue;
      if (source.updated > prose.updated) {
        issues.push({
          entry,
          lang,
          status: 'outdated',
          sourceUpdated: source.updated,
          translationUpdated: prose.updated,
        });
      }
    }
  }
  return issues;
}
