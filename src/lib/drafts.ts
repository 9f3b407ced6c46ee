/**
 * Drafts and scaffolds. `npm run new` writes an entry with `draft: true`
 * and placeholder prose; a draft is checked like any entry but never
 * published (no page, no data, no search, no feed), and is listed for
 * editors on the translation status page. Example text in a published
 * entry is an error, so a forgotten scaffold cannot reach readers.
 */
import type { EntryInput, ProseInput } from './integrity.ts';
import { LANGS, type CollectionName, type Lang } from '../core/vocabulary.ts';

/** The text `npm run new` writes into each prose file, for the editor to replace. */
export const SCAFFOLD_TEXT: Record<Lang, { title: string; summary: string; body: string }> = {
  vi: {
    title: 'Tiêu đề của mục mới',
    summary: 'Viết một hai câu tóm tắt bằng lời của bạn rồi thay câu này.',
    body: 'Viết nội dung bằng lời của bạn; đặt thẻ trích nguồn ngay sau câu mà nguồn xác nhận.',
  },
  en: {
    title: 'Title of the new entry',
    summary: 'Write a one or two sentence summary in your own words and replace this one.',
    body: 'Write the text in your own words; put the citation right after the sentence the source supports.',
  },
};

const PLACEHOLDERS = LANGS.flatMap((lang) => Object.values(SCAFFOLD_TEXT[lang]));

/**
 * The fields of a prose file that still hold scaffold text, with the text found.
 * @example scaffoldLeftovers({ data: { title: 'Title of the new entry', summary: '…' }, body: '' }) // [{ field: 'title', text: 'Title of the new entry' }]
 */
export function scaffoldLeftovers(prose: Pick<ProseInput, 'data' | 'body'>): { field: string; text: string }[] {
  const fields: [string, string | undefined][] = [
    ['title', prose.data.title],
    ['shortTitle', prose.data.shortTitle],
    ['summary', prose.data.summary],
    ['body', prose.body],
  ];
  return fields.flatMap(([field, value]) => {
    const text = value === undefined ? undefined : PLACEHOLDERS.find((placeholder) => value.includes(placeholder));
    return text ? [{ field, text }] : [];
  });
}

export const isDraft = (entry: Pick<EntryInput, 'facts'>): boolean => entry.facts?.['draft'] === true;

/** A draft as editors see it listed: where it is and what it is called so far. */
export interface Draft {
  collection: CollectionName;
  id: string;
  /** The facts file, relative to the project. */
  file: string;
  titles: Partial<Record<Lang, string>>;
}

/** Separates the entries to publish from the drafts, in the order given. */
export function splitDrafts(entries: EntryInput[]): { published: EntryInput[]; drafts: Draft[] } {
  const published: EntryInput[] = [];
  const drafts: Draft[] = [];
  for (const entry of entries) {
    if (!isDraft(entry)) {
      published.push(entry);
      continue;
    }
    const titles: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const title = entry.prose[lang]?.data.title;
      if (title !== undefined) titles[lang] = title;
    }
    drafts.push({ collection: entry.collection, id: entry.id, file: entry.factsFile, titles });
  }
  return { published, drafts };
}
