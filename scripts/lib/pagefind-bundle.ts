/**
 * One Pagefind run per language, merged into one bundle (`scripts/index-search.ts`).
 *
 * Pagefind builds each language's index on its own, from that language's pages only, but one
 * run holds every page it read in memory until it writes: run per language, it holds one
 * language at a time (1.4 GB → 1.05 GB at 10,000 entries, the same files). Each run writes a
 * whole bundle: the shared runtime and UI files (the same bytes in every run), its language's
 * files (index, fragments, filters, metadata, named by language and hash), and
 * `pagefind-entry.json`, which lists its languages. Merging moves every file of one bundle into
 * the other and lists both bundles' languages in the entry file, as one run over both writes it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from './code-digest.ts';

/** Pagefind's command line, run with `node` from the project root (so it reads ./pagefind.yml). */
export const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
export const ENTRY_FILE = 'pagefind-entry.json';

/** `pagefind-entry.json`: Pagefind's version, its languages (by code, in code order), the characters it indexes. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/**
 * The entry file of one run over the languages of both: the same version and characters, the
 * languages of both in code order (Pagefind keeps them in a sorted map).
 */
export function mergeEntries(a: PagefindEntry, b: PagefindEntry): PagefindEntry {
  if (a.version !== b.version) throw new Error(`Pagefind bundles of two versions: ${a.version} and ${b.version}`);
  if (JSON.stringify(a.include_characters) !== JSON.stringify(b.include_characters))
    throw new Error('Pagefind bundles that index different characters');
  const shared = Object.keys(a.languages).filter((code) => code in b.languages);
  if (shared.length > 0) throw new Error(`Both Pagefind bundles index the language ${shared.join(', ')}`);
  const all = { ...a.languages, ...b.languages };
  const languages = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((code) => [code, all[code]]),
  );
  return { version: a.version, languages, include_characters: a.include_characters };
}

const readEntry = (bundle: string) => JSON.parse(readFileSync(join(bundle, ENTRY_FILE), 'utf8')) as PagefindEntry;

/**
 * Moves the Pagefind bundle `from` into the bundle `into` (same file system) and removes
 * `from`. A file both hold must be byte-identical in both (the runtime, the UI); the entry file
 * lists the languages of both.
 */
export function mergeBundle(from: string, into: string): void {
  const entry = mergeEntries(readEntry(into), readEntry(from));
  for (const path of filesUnder(from, '.', (path) => path !== ENTRY_FILE)) {
    const source = join(from, path);
    const target = join(into, path);
    if (existsSync(target)) {
      if (!readFileSync(source).equals(readFileSync(target)))
        throw new Error(`Two Pagefind runs wrote ${path} differently; run Pagefind once over every language instead`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }
  writeFileSync(join(into, ENTRY_FILE), JSON.stringify(entry));
  rmSync(from, { recursive: true, force: true });
}

/**
 * The glob of one language's pages: pagefind.yml's glob (every language's), whose first folder,
 * `*`, is the language's, with that folder named (`vi/…` for Vietnamese).
 */
export function languageGlob(glob: string, lang: string): string {
  if (!glob.startsWith('*/'))
    throw new Error(
      `pagefind.yml: the glob "${glob}" must start with "*/" (the language's folder), so that each language can be indexed on its own`,
    );
  return `${lang}/${glob.slice(2)}`;
}
