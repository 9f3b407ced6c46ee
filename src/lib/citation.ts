/**
 * Citations: of an entry page, of the original reports the entry draws on,
 * and of the whole dataset. Each is a CSL-JSON item (the model reference
 * managers share), written as BibTeX, RIS and CSL-JSON by Citation.js, and
 * as a recommended citation in words for the page.
 *
 * Only what the record states goes in: a report without a headline gets no
 * title, an undated one no date, a date no more precise than its source.
 * Nothing reads a clock, so the files are identical for a given commit; the
 * reader adds the date they accessed the page.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CONTENT_DIR } from '../core/config.ts';
import { parseWhen, type When, type WhenDate } from '../core/dates.ts';
import type { Lang } from '../core/vocabulary.ts';
import { useTranslations } from '../i18n/ui.ts';
import { formatWhen } from './date-format.ts';
import { recordDate } from './exports.ts';
import { proseOf, titleOf, type Graph } from './graph.ts';
import type { AnyEntry, Entry } from './model.ts';
import { absoluteUrl, citePath, DATA_FILES, entryPath, pagePath } from './routes.ts';
import { readRecordVersion } from './version.ts';

// Citation.js escapes BibTeX to ASCII by default, which drops the horn of ơ and ư
// ("khởi" becomes "khoi"): write UTF-8, which biber and BibTeX with inputenc read,
// and escape LaTeX's special characters here instead (`bibtexSafe`).
plugins.config.get('@bibtex')['format']!['asciiOnly'] = false;

export const CITATION_FORMATS = ['bib', 'ris', 'json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** What each file holds, by the name its readers know it by. */
export const FORMAT_LABEL: Record<CitationFormat, string> = { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' };

/** The media type of each file. */
export const MEDIA_TYPE: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/** A CSL date: one date, or a range of two, at the precision known. */
export interface CslDate {
  'date-parts': number[][];
  /** The date is uncertain or approximate (EDTF `?` or `~`). */
  circa?: boolean;
}

/** A name as written, never split into given and family names (Vietnamese names put the family first). */
export interface CslName {
  literal: string;
}

/** The CSL-JSON fields this project writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage' | 'article-newspaper' | 'document' | 'dataset';
  title?: string;
  'container-title'?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  URL?: string;
  language?: string;
  version?: string;
  note?: string;
  abstract?: string;
}

/** The version a citation names: the date of the last content change and its commit. */
export interface CiteVersion {
  /** YYYY-MM-DD, or null when nothing tells. */
  date: string | null;
  commit: string | null;
}

/**
 * The record's version for citations: the last commit that changed the content;
 * without git history, the newest change date the entries carry (none without git).
 */
export function citeVersion(graph: Graph, dir: string = CONTENT_DIR): CiteVersion {
  return readRecordVersion(dir) ?? { date: recordDate(graph), commit: null };
}

/**
 * A citation key BibTeX accepts (letters, digits, underscores), from an id.
 * @example citationKey('vdp', 'events', '2020-10-05-x') // 'vdp_events_2020_10_05_x'
 */
export function citationKey(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

const partsOf = (when: WhenDate): number[] => {
  const d = new Date(when.start);
  const all = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return all.slice(0, when.precision === 'day' ? 3 : when.precision === 'month' ? 2 : 1);
};

/**
 * A date as CSL has it, never more precise than the source: a part of a month
 * ("late April") stays the month, an uncertain or approximate date is `circa`.
 * @example cslDate(parseWhen('2023?')) // { 'date-parts': [[2023]], circa: true }
 */
export function cslDate(when: When): CslDate | undefined {
  if (when.kind === 'unknown') return undefined;
  if (when.kind === 'date') {
    const circa = when.uncertain || when.approximate || when.yearUncertain;
    return { 'date-parts': [partsOf(when)], ...(circa ? { circa: true } : {}) };
  }
  const ends = [when.lower, when.upper].filter((end): end is WhenDate => end !== null);
  if (ends.length === 0) return undefined;
  const circa = ends.some((end) => end.uncertain || end.approximate || end.yearUncertain);
  return { 'date-parts': ends.map(partsOf), ...(circa ? { circa: true } : {}) };
}

/** The CSL date of a commit day (YYYY-MM-DD). */
const dayDate = (day: string): CslDate => ({ 'date-parts': [day.split('-').map(Number)] });

/** The citation of an entry page, in the page's language. */
export function pageCsl(entry: AnyEntry, lang: Lang, site: string | URL, version: CiteVersion): CslItem {
  const t = useTranslations(lang);
  const { prose, lang: textLang } = proseOf(entry, lang);
  const key = citationKey('vdp', entry.collection, entry.id);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: prose.title,
    'container-title': t('site.name'),
    author: [{ literal: t('cite.editors') }],
    ...(version.date ? { issued: dayDate(version.date) } : {}),
    ...(version.commit ? { version: version.commit } : {}),
    URL: absoluteUrl(entryPath(lang, entry.collection, entry.id), site),
    language: textLang,
  };
}

/**
 * The citation of the report a source entry records: its headline, publisher,
 * author, date and address as the record states them, and nothing more. A
 * report without a recorded headline gets a note naming this record's
 * description of it instead of a title.
 */
export function reportCsl(source: Entry<'sources'>, lang: Lang): CslItem {
  const f = source.facts;
  const key = citationKey(source.id);
  const issued = cslDate(parseWhen(f.published));
  const name = f.type === 'news' ? 'container-title' : 'publisher';
  return {
    id: key,
    'citation-key': key,
    type: f.type === 'news' ? 'article-newspaper' : 'document',
    ...(f.headline
      ? { title: f.headline }
      : { note: useTranslations(lang)('cite.noHeadline', { title: titleOf(source, lang) }) }),
    ...(f.publisher ? { [name]: f.publisher } : {}),
    ...(f.author ? { author: [{ literal: f.author }] } : {}),
    ...(issued ? { issued } : {}),
    ...(f.url ? { URL: f.url } : {}),
    language: f.language,
  };
}

/** The citation of the whole dataset, in a language. */
export function datasetCsl(lang: Lang, site: string | URL, version: CiteVersion): CslItem {
  const t = useTranslations(lang);
  const key = citationKey('vdp', 'dataset');
  return {
    id: key,
    'citation-key': key,
    type: 'dataset',
    title: t('site.name'),
    author: [{ literal: t('cite.editors') }],
    ...(version.date ? { issued: dayDate(version.date) } : {}),
    ...(version.commit ? { version: version.commit } : {}),
    URL: absoluteUrl(pagePath(lang, 'openData'), site),
    abstract: t('site.description'),
    language: lang,
  };
}

/** An entry page's citation followed by those of the reports it cites, in the order of its notes. */
export function entryCitations(
  graph: Graph,
  entry: AnyEntry,
  lang: Lang,
  site: string | URL,
  version: CiteVersion,
  sourceIds: readonly string[],
): CslItem[] {
  const reports = sourceIds.map((id) => reportCsl(graph.resolve({ collection: 'sources', id }), lang));
  return [pageCsl(entry, lang, site, version), ...reports];
}

/** LaTeX's special characters, escaped for BibTeX text fields (URLs are written verbatim). */
const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const latex = (text: string): string => text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIAL[c] ?? c);

function bibtexSafe(item: CslItem): CslItem {
  const safe: CslItem = { ...item };
  for (const field of ['title', 'container-title', 'publisher', 'note', 'abstract'] as const) {
    const value = item[field];
    if (value !== undefined) safe[field] = latex(value);
  }
  if (item.author) safe.author = item.author.map((name) => ({ literal: latex(name.literal) }));
  return safe;
}

/** A RIS record as Citation.js maps it: tag → value(s). */
type RisRecord = Record<string, string | string[]>;

/**
 * A newspaper article's byline (AU) and full date (DA), which Citation.js leaves
 * out of a NEWS record (it writes the year only) and readers such as Zotero take
 * them from.
 */
function newsTags(item: CslItem | undefined): RisRecord {
  const parts = item?.issued?.['date-parts'][0] ?? [];
  return {
    ...(item?.author ? { AU: item.author.map((name) => name.literal) } : {}),
    ...(parts.length > 1 ? { DA: `${[...parts, '', ''].slice(0, 3).join('/')}/` } : {}),
  };
}

/**
 * RIS, one line per value. Citation.js maps the fields, but its text output wraps
 * values at 70 characters, cutting words and addresses that readers rejoin with
 * a space; so its records are written here, each value on one line.
 */
function risText(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' }) as unknown as RisRecord[];
  return records
    .map((record, i) => {
      const { TY, ...mapped } = record;
      const tags = TY === 'NEWS' ? { ...newsTags(items[i]), ...mapped } : mapped;
      const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}

/**
 * Citations as a file: BibTeX (UTF-8), RIS or CSL-JSON, each ending with a newline.
 * @example formatCitations([datasetCsl('en', site, version)], 'ris') // 'TY  - DATA\n…ER  - \n'
 */
export function formatCitations(items: CslItem[], format: CitationFormat): string {
  switch (format) {
    case 'bib':
      return `${new Cite(items.map(bibtexSafe)).format('bibtex').trimEnd()}\n`;
    case 'ris':
      return `${risText(items)}\n`;
    case 'json':
      return `${new Cite(items).format('data', { format: 'text' }).trimEnd()}\n`;
  }
}

/** A piece of a citation in words; `lang` when it is in another language than the page. */
export interface CitationPart {
  text: string;
  lang?: Lang;
}

/** A citation file to download. */
export interface CitationFile {
  format: CitationFormat;
  label: string;
  href: string;
  /** Its media type, for the link's `type`. */
  type: string;
  /** File name for the `download` attribute. */
  download: string;
}

/** The "Cite this page" box of an entry page. */
export interface CitationView {
  /** The recommended citation, the accessed date left for the reader. */
  text: string;
  /** The citations of the reports the entry cites, in words. */
  reports: CitationPart[][];
  /** The page's citation and its reports', as files. */
  files: CitationFile[];
}

/** "version of 30 November 2026 (a1b2c3d)", or '' when the version is not known. */
function versionText(version: CiteVersion, lang: Lang): string {
  const t = useTranslations(lang);
  if (!version.date) return '';
  const date = formatWhen(parseWhen(version.date), lang);
  return version.commit ? t('cite.versionCommit', { date, commit: version.commit }) : t('cite.version', { date });
}

/** The recommended citation of a page (or, for a `dataset` item, of the dataset), in words. */
export function citationText(item: CslItem, lang: Lang, version: CiteVersion): string {
  const t = useTranslations(lang);
  const words = versionText(version, lang);
  const vars = {
    title: item.title ?? '',
    site: t('site.name'),
    author: item.author?.map((name) => name.literal).join(', ') ?? '',
    url: item.URL ?? '',
    date: t('cite.accessedDate'),
  };
  if (item.type === 'dataset')
    return words ? t('cite.dataset', { ...vars, version: words }) : t('cite.datasetUnversioned', vars);
  return words ? t('entry.citation', { ...vars, version: words }) : t('entry.citationUnversioned', vars);
}

/** The citation of a report in words: author, headline (in its own language), publisher, date, address. */
export function reportText(source: Entry<'sources'>, lang: Lang): CitationPart[] {
  const t = useTranslations(lang);
  const f = source.facts;
  const when = parseWhen(f.published);
  const parts: CitationPart[] = [
    ...(f.author ? [{ text: f.author }] : []),
    f.headline
      ? { text: `“${f.headline}”`, ...(f.language === lang ? {} : { lang: f.language }) }
      : { text: t('cite.noHeadline', { title: titleOf(source, lang) }) },
    ...(f.publisher ? [{ text: f.publisher }] : []),
    ...(when.kind === 'unknown' ? [] : [{ text: formatWhen(when, lang) }]),
    ...(f.url ? [{ text: f.url }] : []),
  ];
  return parts.map((part, i) => ({ ...part, text: `${part.text}${i === parts.length - 1 ? '.' : ','}` }));
}

/** The files of an entry page's citation, in every format. */
export function citationFiles(entry: AnyEntry, lang: Lang): CitationFile[] {
  return CITATION_FORMATS.map((format) => ({
    format,
    label: FORMAT_LABEL[format],
    href: citePath(lang, entry.collection, entry.id, format),
    type: MEDIA_TYPE[format],
    download: `${entry.id}.${lang}.${format === 'json' ? 'csl.json' : format}`,
  }));
}

/** The files of the dataset's citation, in every format. */
export function datasetCitationFiles(lang: Lang): CitationFile[] {
  return CITATION_FORMATS.map((format) => ({
    format,
    label: FORMAT_LABEL[format],
    href: DATA_FILES.citation(lang, format),
    type: MEDIA_TYPE[format],
    download: `vietnam-digital-partnerships.${lang}.${format === 'json' ? 'csl.json' : format}`,
  }));
}

/** The "Cite this page" box of an entry page. */
export function citationView(
  graph: Graph,
  entry: AnyEntry,
  lang: Lang,
  site: string | URL,
  version: CiteVersion,
  sourceIds: readonly string[],
): CitationView {
  return {
    text: citationText(pageCsl(entry, lang, site, version), lang, version),
    reports: sourceIds.map((id) => reportText(graph.resolve({ collection: 'sources', id }), lang)),
    files: citationFiles(entry, lang),
  };
}
