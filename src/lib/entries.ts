/**
 * Turns checked inputs (facts + prose per language) into the plain model
 * entries the graph is built from. Shared by the Astro build and by tests
 * that load fixture trees from disk.
 */
import { NO_HISTORY, type GitHistory } from './git.ts';
import type { EntryInput } from './integrity.ts';
import { analyzeMdx, type MdxElementUse } from './mdx.ts';
import type { AnyEntry, ProseMeta } from './model.ts';
import { LANGS, type Lang } from '../core/vocabulary.ts';

/** The speaker and source of every `<Quote>` (attributes checked by `checkIntegrity`). */
function quotesOf(elements: MdxElementUse[]): ProseMeta['quotes'] {
  return elements.flatMap(({ name, attributes: { by, source } }) =>
    name === 'Quote' && by && source ? [{ by, source }] : [],
  );
}

/**
 * @param inputs entries that passed `checkIntegrity` (facts present)
 * @param history commit times of the files (see `readGitHistory`); none outside a repository
 */
export async function buildEntries(inputs: EntryInput[], history: GitHistory = NO_HISTORY): Promise<AnyEntry[]> {
  const times = history.updated;
  const entries: AnyEntry[] = [];
  for (const input of inputs) {
    const prose: Partial<Record<Lang, ProseMeta>> = {};
    const files = [input.factsFile];
    for (const lang of LANGS) {
      const p = input.prose[lang];
      if (!p) continue;
      files.push(p.file);
      const analysis = await analyzeMdx(p.body);
      prose[lang] = {
        title: p.data.title,
        shortTitle: p.data.shortTitle ?? p.data.title,
        summary: p.data.summary,
        citations: analysis.citations,
        quotes: quotesOf(analysis.elements),
        key: `${input.collection}/${input.id}/${lang}`,
        updated: times.get(p.file) ?? null,
      };
    }
    const updated =
      files
        .map((file) => times.get(file))
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1)
        ?.slice(0, 10) ?? null;
    // An entry is added when its facts file is: the prose of a new language is a translation, not a new entry.
    const added = history.added.get(input.factsFile) ?? null;
    entries.push({ collection: input.collection, id: input.id, facts: input.facts, prose, updated, added } as AnyEntry);
  }
  return entries;
}
