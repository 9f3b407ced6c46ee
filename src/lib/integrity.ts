/**
 * Integrity checks over the whole content graph. Run by the build
 * (`src/lib/content.ts`) and by `npm run check:content`; both report every
 * problem at once, each naming the file, the field and the fix.
 */
import { closest } from 'fastest-levenshtein';
import type { ProseData } from '../schemas/prose.ts';
import { parseWhen, fitsWithin, type DatePart } from '../core/dates.ts';
import { COLLECTIONS, LANGS, type CollectionName, type Lang } from '../core/vocabulary.ts';
import { isDraft, scaffoldLeftovers } from './drafts.ts';
import { checkEvidence } from './evidence.ts';
import { compareParity, parityFacts } from './parity.ts';
import { analyzeTree } from './mdx.ts';
import {
  INVALID_MDX_FIX,
  MdxSyntaxError,
  parseProse,
  type MdxNode,
  PROSE_COMPONENTS,
  violationMessage,
  violationsIn,
} from './prose-rules.ts';

export interface ProseInput {
  file: string;
  data: ProseData;
  body: string;
  /** Line of the file on which the body starts (1 when unknown), so MDX errors point at file lines. */
  bodyLine: number;
}

/** One entry as loaded: facts validated by its schema, prose per language. */
export interface EntryInput {
  collection: CollectionName;
  id: string;
  /** Path of facts.yaml relative to the project. */
  factsFile: string;
  /** Parsed facts (references as `{ collection, id }`), or null when missing or invalid. */
  facts: Record<string, unknown> | null;
  /** `invalid` entries were already reported by the schema check; they still count as existing. */
  factsStatus: 'ok' | 'invalid' | 'missing';
  prose: Partial<Record<Lang, ProseInput>>;
  /** Languages whose prose file exists, valid or not (invalid ones were reported already). */
  proseFiles?: Lang[];
}

export interface Problem {
  file: string;
  /** Dotted path of the field, or a line reference for MDX bodies. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

type Index = Map<CollectionName, Set<string>>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRef(value: unknown): value is { collection: CollectionName; id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (COLLECTIONS as readonly string[]).includes((value as { collection?: unknown }).collection as string)
  );
}

/** Visits every leaf of plain data with its dotted path. */
function walk(value: unknown, path: string, visit: (value: unknown, path: string) => boolean | void): void {
  if (visit(value, path) === false) return;
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, visit);
  }
}

function unknownRef(index: Index, collection: CollectionName, id: string): string {
  const known = [...(index.get(collection) ?? [])];
  const hint = known.length ? ` Did you mean "${closest(id, known)}"?` : '';
  return `unknown ${collection} id "${id}". Fix: use the folder name of an entry in src/content/${collection}/.${hint}`;
}

function checkReferences(entry: EntryInput, index: Index, drafts: Set<string>, problems: Problem[]): void {
  const published = !isDraft(entry);
  walk(entry.facts, '', (value, path) => {
    if (!isRef(value)) return;
    if (!index.get(value.collection)?.has(value.id)) {
      problems.push({ file: entry.factsFile, field: path, message: unknownRef(index, value.collection, value.id) });
    } else if (published && drafts.has(`${value.collection}/${value.id}`)) {
      problems.push({ file: entry.factsFile, field: path, message: refersToDraft(value.collection, value.id) });
    }
    return false;
  });
}

function refersToDraft(collection: CollectionName, id: string): string {
  return `refers to ${collection} "${id}", which is a draft and not published. Fix: publish it (delete \`draft: true\` from src/content/${collection}/${id}/facts.yaml) or remove the reference.`;
}

/** A published entry must not carry the text `npm run new` wrote. */
function checkScaffold(entry: EntryInput, problems: Problem[]): void {
  if (isDraft(entry)) return;
  for (const lang of LANGS) {
    const prose = entry.prose[lang];
    if (!prose) continue;
    for (const { field, text } of scaffoldLeftovers(prose)) {
      problems.push({
        file: prose.file,
        field,
        message: `still has the example text that \`npm run new\` wrote ("${text}"). Fix: write the entry's own ${field === 'body' ? 'text' : field}, or put \`draft: true\` back in ${entry.factsFile} until it is ready.`,
      });
    }
  }
}

/** Characters that change text without showing: zero-width, bidirectional controls, byte order marks, soft hyphens, C0/C1 controls but tab and line ends. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero width space',
  '\u200C': 'zero width non-joiner',
  '\u200D': 'zero width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'byte order mark',
};

/**
 * Where an invisible character sits in a string, as an editor finds it.
 * @example invisibleAt('Đà\u200BNẵng') // 'U+200B (zero width space) after "Đà"'
 */
export function invisibleAt(text: string): string | null {
  const match = INVISIBLE.exec(text);
  if (!match) return null;
  const char = match[0];
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const context = before.split('\n').at(-1)?.slice(-20) ?? '';
  const place = context ? `after "${context}"` : 'at the start';
  return `${code} (${INVISIBLE_NAMES[char] ?? 'control character'}) ${place}${line > 1 ? ` on line ${line}` : ''}`;
}

/** Text must be NFC and free of invisible characters, which change how it sorts, searches and reads. */
function checkText(file: string, data: unknown, problems: Problem[], bodyLine = 1): void {
  walk(data, '', (value, path) => {
    if (typeof value !== 'string') return;
    const field = path || 'body';
    if (value !== value.normalize('NFC')) {
      problems.push({
        file,
        field,
        message:
          'text is not in Unicode NFC (letters with decomposed diacritics, often pasted from another editor). ' +
          'Fix: run `npm run fix:nfc`, or retype the accented letters.',
      });
    }
    const invisible = invisibleAt(value);
    if (invisible) {
      const line = field === 'body' ? /on line (\d+)$/.exec(invisible) : null;
      problems.push({
        file,
        field: line ? `body, line ${Number(line[1]) + bodyLine - 1}` : field,
        message: `contains an invisible character, ${line ? invisible.replace(/ on line \d+$/, '') : invisible}. Fix: delete it (retype the words around it); text pasted from web pages or chat apps often carries such characters.`,
      });
    }
  });
}

function checkIds(entries: EntryInput[], problems: Problem[]): void {
  const seen = new Map<string, EntryInput>();
  for (const entry of entries) {
    if (!ID_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.factsFile,
        field: 'id (folder name)',
        message: `"${entry.id}" is not a valid id. Fix: rename the folder to lowercase ASCII words joined by single hyphens, without diacritics (e.g. "da-nang").`,
      });
    }
    const key = `${entry.collection}/${entry.id.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.factsFile,
        field: 'id (folder name)',
        message: `duplicate id: "${entry.id}" is the same id as "${first.id}" (${first.factsFile}). Fix: merge the two entries or rename one folder.`,
      });
    } else seen.set(key, entry);
  }
}

function checkEventInPeriod(entry: EntryInput, byKey: Map<string, EntryInput>, problems: Problem[]): void {
  const facts = entry.facts as { date?: string; datePart?: DatePart; partnership?: { id: string } } | null;
  if (entry.collection !== 'events' || !facts?.partnership || !facts.date) return;
  const partnership = byKey.get(`partnerships/${facts.partnership.id}`)?.facts as { period?: string } | undefined;
  if (!partnership?.period) return;
  try {
    const date = parseWhen(facts.date, facts.datePart ?? null);
    if (!fitsWithin(date, parseWhen(partnership.period))) {
      problems.push({
        file: entry.factsFile,
        field: 'date',
        message: `${facts.date}${facts.datePart ? ` (${facts.datePart})` : ''} is outside the period ${partnership.period} of partnership "${facts.partnership.id}". Fix: correct the date, the partnership's period, or the partnership link.`,
      });
    }
  } catch {
    // An unparseable date is already reported by the schema check.
  }
}

function checkParents(entries: EntryInput[], byKey: Map<string, EntryInput>, problems: Problem[]): void {
  for (const entry of entries) {
    if (entry.collection !== 'places' && entry.collection !== 'organizations') continue;
    const seen = new Set<string>([entry.id]);
    let parent = (entry.facts as { parent?: { id: string } } | null)?.parent;
    while (parent) {
      if (seen.has(parent.id)) {
        problems.push({
          file: entry.factsFile,
          field: 'parent',
          message: `parent chain loops back to "${parent.id}". Fix: a ${entry.collection === 'places' ? 'place' : 'body'} cannot contain itself; correct the parent.`,
        });
        break;
      }
      seen.add(parent.id);
      parent = (byKey.get(`${entry.collection}/${parent.id}`)?.facts as { parent?: { id: string } } | null)?.parent;
    }
  }
}

/** Sources cited in prose must be among the entry's listed sources, so the record's source list is complete. */
function checkCitedAreListed(
  entry: EntryInput,
  prose: ProseInput,
  cited: string[],
  index: Index,
  problems: Problem[],
): void {
  if (entry.collection === 'sources' || entry.collection === 'themes') return;
  const listed = new Set<string>();
  walk(entry.facts, '', (value) => {
    if (isRef(value) && value.collection === 'sources') listed.add(value.id);
  });
  for (const id of cited.filter((c) => !listed.has(c) && index.get('sources')?.has(c))) {
    problems.push({
      file: prose.file,
      field: 'body',
      message: `cites source "${id}", which facts.yaml does not list. Fix: add "${id}" to \`sources:\` in ${entry.factsFile}.`,
    });
  }
}

/**
 * Checks an MDX body: the prose rule (`prose-rules.ts`, which the build
 * applies too), then the ids it cites and quotes. Returns the sources it cites.
 * @param drafts keys of draft entries a published entry's prose may not cite or quote; empty for a draft's own prose
 */
function checkProseBody(
  prose: ProseInput,
  lang: Lang,
  index: Index,
  drafts: Set<string>,
  problems: Problem[],
  trees: Map<ProseInput, MdxNode>,
): string[] {
  const at = (line: number | null) => (line === null ? '' : `, line ${line + prose.bodyLine - 1}`);
  let tree;
  try {
    tree = parseProse(prose.body);
    trees.set(prose, tree);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push({
      file: prose.file,
      field: `body${at(error.line)}`,
      message: `invalid MDX: ${error.message}. Fix: ${INVALID_MDX_FIX}.`,
    });
    return [];
  }
  for (const violation of violationsIn(tree)) {
    problems.push({ file: prose.file, field: `body${at(violation.line)}`, message: violationMessage(violation) });
  }
  const analysis = analyzeTree(tree);
  for (const use of analysis.elements) {
    const where = `<${use.name}>${at(use.line)}`;
    if (use.name === 'Quote') checkTranslation(prose, lang, use, where, problems);
    if (!PROSE_COMPONENTS.includes(use.name as never)) continue;
    const needs: [string, CollectionName][] =
      use.name === 'Cite'
        ? [['source', 'sources']]
        : [
            ['source', 'sources'],
            ['by', 'people'],
          ];
    // A missing or non-literal id is a violation of the prose rule, reported above.
    for (const [attribute, collection] of needs) {
      const id = use.attributes[attribute];
      if (id && !index.get(collection)?.has(id)) {
        problems.push({ file: prose.file, field: `${where} ${attribute}`, message: unknownRef(index, collection, id) });
      } else if (id && drafts.has(`${collection}/${id}`)) {
        problems.push({ file: prose.file, field: `${where} ${attribute}`, message: refersToDraft(collection, id) });
      }
    }
  }
  return analysis.citations;
}

/** A quote keeps its own language; a quote in the other language needs a translation. */
function checkTranslation(
  prose: ProseInput,
  lang: Lang,
  use: { attributes: Record<string, string | null> },
  where: string,
  problems: Problem[],
): void {
  // Any other value of lang is a violation of the prose rule, reported already.
  const spoken = use.attributes['lang'];
  if ((spoken === 'vi' || spoken === 'en') && spoken !== lang && !use.attributes['translation']) {
    problems.push({
      file: prose.file,
      field: `${where} translation`,
      message: `a quote in ${spoken === 'vi' ? 'Vietnamese' : 'English'} on ${lang === 'vi' ? 'a Vietnamese' : 'an English'} page needs a translation. Fix: add translation="…" with your rendering.`,
    });
  }
}

/** Every structured claim has evidence from a listed source, or is recorded as not stated (`evidence.ts`). */
function checkEntryEvidence(entry: EntryInput, index: Index, problems: Problem[]): void {
  if (!entry.facts || entry.collection === 'themes') return;
  const listed = new Set<string>(
    entry.collection === 'sources'
      ? [entry.id]
      : ((entry.facts['sources'] ?? []) as { id: string }[]).map((source) => source.id),
  );
  const exists = (collection: CollectionName, id: string) => index.get(collection)?.has(id) ?? false;
  for (const problem of checkEvidence(entry.collection, entry.facts, listed, exists)) {
    // A draft is checked like any entry, but may still lack evidence while it is written.
    if (isDraft(entry) && problem.message.startsWith('has no evidence')) continue;
    problems.push({ file: entry.factsFile, ...problem });
  }
}

interface ParityException {
  check: string;
  value: string;
}

/** The Vietnamese and English versions cite, count and quote alike, or record why not (`parity.ts`). */
function checkParity(entry: EntryInput, trees: Map<ProseInput, MdxNode>, problems: Problem[]): void {
  const { vi, en } = entry.prose;
  // Invalid MDX is reported by the prose check; there is nothing to compare.
  const [viTree, enTree] = [vi && trees.get(vi), en && trees.get(en)];
  if (!vi || !en || !viTree || !enTree) return;
  const differences = compareParity(parityFacts(viTree, vi.data, 'vi'), parityFacts(enTree, en.data, 'en'));
  const exceptions = ((entry.facts?.['parityExceptions'] ?? []) as ParityException[]).map((e) => ({
    ...e,
    used: false,
  }));
  for (const difference of differences) {
    const exception = exceptions.find((e) => e.check === difference.check && e.value === difference.value);
    if (exception) {
      exception.used = true;
      continue;
    }
    problems.push({
      file: en.file,
      field: `body (${difference.check}, compared with vi.mdx)`,
      message: `${difference.message} Fix: make the two versions agree; if the difference is intended, record it in ${entry.factsFile} under \`parityExceptions:\` as \`- { check: ${difference.check}, value: "${difference.value}", reason: … }\`.`,
    });
  }
  exceptions.forEach((exception, i) => {
    if (exception.used) return;
    problems.push({
      file: entry.factsFile,
      field: `parityExceptions[${i}]`,
      message: `no ${exception.check} difference "${exception.value}" exists between vi.mdx and en.mdx any more. Fix: delete this exception.`,
    });
  });
}

/** Runs every cross-entry check and returns all problems found. */
export async function checkIntegrity(entries: EntryInput[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const index: Index = new Map(COLLECTIONS.map((name) => [name, new Set<string>()]));
  const byKey = new Map<string, EntryInput>();
  const drafts = new Set<string>();
  for (const entry of entries) {
    if (entry.factsStatus !== 'missing') index.get(entry.collection)?.add(entry.id);
    if (isDraft(entry)) drafts.add(`${entry.collection}/${entry.id}`);
    byKey.set(`${entry.collection}/${entry.id}`, entry);
  }
  checkIds(entries, problems);
  checkParents(entries, byKey, problems);
  for (const entry of entries) {
    if (LANGS.every((lang) => !entry.prose[lang]) && (entry.proseFiles ?? []).length === 0) {
      problems.push({
        file: entry.factsFile,
        field: 'prose',
        message: `entry "${entry.id}" has no prose. Fix: add vi.mdx and en.mdx next to facts.yaml (run \`npm run new -- ${entry.collection} ${entry.id}\` to scaffold them).`,
      });
    }
    if (entry.factsStatus === 'missing') {
      problems.push({
        file: entry.factsFile,
        field: '(file)',
        message: `facts.yaml is missing for "${entry.id}". Fix: add it (run \`npm run new -- ${entry.collection} ${entry.id}\` for a template).`,
      });
    }
    if (entry.facts) {
      checkReferences(entry, index, drafts, problems);
      checkEventInPeriod(entry, byKey, problems);
      checkText(entry.factsFile, entry.facts, problems);
      checkEntryEvidence(entry, index, problems);
    }
    const trees = new Map<ProseInput, MdxNode>();
    checkScaffold(entry, problems);
    for (const lang of LANGS) {
      const prose = entry.prose[lang];
      if (!prose) continue;
      checkText(prose.file, { ...prose.data, body: prose.body }, problems, prose.bodyLine);
      const cited = checkProseBody(prose, lang, index, isDraft(entry) ? new Set() : drafts, problems, trees);
      if (entry.facts) checkCitedAreListed(entry, prose, cited, index, problems);
    }
    checkParity(entry, trees, problems);
  }
  return problems;
}

/**
 * Problems as an editor reads them: grouped by file, one line per field.
 * @example formatProblems([{ file: 'a.yaml', field: 'date', message: 'bad' }]) // '✖ a.yaml\n    date: bad'
 */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => [`✖ ${file}`, ...list.map((p) => `    ${p.field}: ${p.message}`)].join('\n'))
    .join('\n');
}
