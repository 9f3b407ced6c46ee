/**
 * Turns checked inputs (facts + prose per language) into the plain model
 * entries the graph is built from. Shared by the Astro build and by tests
 * that load fixture trees from disk.
 */
import type { EntryInput } from './integrity.ts';
import { analyzeMdx } from './mdx.ts';
import type { AnyEntry, ProseMeta } from './model.ts';
import { LANGS, type Lang } from './routes.ts';

/**
 * @param inputs entries that passed `checkIntegrity` (facts present)
 * @param times file path → ISO time of its last commit (see `lastCommitTimes`)
 */
export async function buildEntries(inputs: EntryInput[], times: Map<string, string>): Promise<AnyEntry[]> {
  const entries: AnyEntry[] = [];
  for (const input of inputs) {
    const prose: Partial<Record<Lang, ProseMeta>> = {};
    const files = [input.factsFile];
    for (const lang of LANGS) {
      const p = input.prose[lang];
      if (!p) continue;
      files.push(p.file);
      prose[lang] = {
        title: p.data.title,
        shortTitle: p.data.shortTitle ?? p.data.title,
        summary: p.data.summary,
        citations: (await analyzeMdx(p.body)).citations,
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
    entries.push({ collection: input.collection, id: input.id, facts: input.facts, prose, updated } as AnyEntry);
  }
  return entries;
}
