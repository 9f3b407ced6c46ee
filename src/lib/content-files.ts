/**
 * Where content files live and what their paths mean. Shared by the Astro
 * loaders (`src/content.config.ts`) and the stand-alone checker, so the two
 * can never disagree about which files count.
 */
import { COLLECTIONS, LANGS, type CollectionName, type Lang } from '../core/vocabulary.ts';

export const FACTS_FILE = 'facts.yaml';
export const FACTS_PATTERN = `*/${FACTS_FILE}`;
export const PROSE_PATTERN = `*/*/{${LANGS.join(',')}}.mdx`;

export type ContentFile =
  | { kind: 'facts'; collection: CollectionName; id: string }
  | { kind: 'prose'; collection: CollectionName; id: string; lang: Lang };

export type Classified = ContentFile | { kind: 'stray'; fix: string };

/**
 * What a path under the content root is. Anything else is "stray": the
 * loaders would ignore it silently, so the checker reports it instead.
 * @example classifyContentPath('events/2020-10-05-x/vi.mdx') // { kind: 'prose', collection: 'events', id: '2020-10-05-x', lang: 'vi' }
 */
export function classifyContentPath(relative: string): Classified {
  const parts = relative.split('/');
  const [collection, id, file] = parts;
  if (parts.length !== 3 || !collection || !id || !file) {
    return {
      kind: 'stray',
      fix: 'Content files go in src/content/<collection>/<id>/ as facts.yaml, vi.mdx and en.mdx.',
    };
  }
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    return { kind: 'stray', fix: `"${collection}" is not a collection. Use one of: ${COLLECTIONS.join(', ')}.` };
  }
  const name = collection as CollectionName;
  if (file === FACTS_FILE) return { kind: 'facts', collection: name, id };
  const lang = file.replace(/\.mdx$/, '');
  if (file.endsWith('.mdx') && (LANGS as readonly string[]).includes(lang)) {
    return { kind: 'prose', collection: name, id, lang: lang as Lang };
  }
  return {
    kind: 'stray',
    fix: `Rename it to facts.yaml, vi.mdx or en.mdx (found "${file}"; .md, .yml and other names are not loaded).`,
  };
}

/** Path of an entry's file relative to the project. */
export function contentFilePath(root: string, file: ContentFile): string {
  const name = file.kind === 'facts' ? FACTS_FILE : `${file.lang}.mdx`;
  return `${root}/${file.collection}/${file.id}/${name}`;
}
