/**
 * Vietnamese–English parity: the two versions of an entry must cite the same
 * sources section by section, state the same numbers and quote the same words.
 * A difference is a problem unless the entry records it as a reviewed
 * exception (`parityExceptions:` in facts.yaml).
 */
import type { Lang } from '../core/vocabulary.ts';
import { parseProse, PROSE_COMPONENTS, type MdxNode } from './prose-rules.ts';

export type ParityCheck = 'sources' | 'numbers' | 'quotations';

/** What the comparison reads from one language's prose. */
export interface ParityFacts {
  /** Sources cited (`<Cite>`, `<Quote>`) in each section, the part before the first heading first. */
  sections: string[][];
  /** Every number of the title, summary and body (dates included), normalized. */
  numbers: string[];
  /** The words of every `<Quote>`, whitespace collapsed. */
  quotations: string[];
}

export interface ParityDifference {
  check: ParityCheck;
  /** The value an exception names to waive this difference. */
  value: string;
  message: string;
}

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** English month names, capitalised as English writes them (so the verb "may" is not May). */
const MONTH_NAME = new RegExp(`\\b(${ENGLISH_MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})\\b`, 'gu');

/** Numbers as each language writes them: thousands 1.920 (vi) or 1,920 (en), decimals 2,5 (vi) or 2.5 (en). */
const NUMBER: Record<Lang, RegExp> = {
  vi: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d{1,2}(?!\d))?/gu,
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu,
};

/**
 * The numbers of a text, normalized so that both languages compare equal:
 * separators removed, decimals with a point, English month names as their number.
 * @example numbersIn('1.920 thành viên, 65%, cuối tháng 4-2022', 'vi') // ['1920', '65', '4', '2022']
 * @example numbersIn('1,920 members, 65 %, late April 2022', 'en') // ['1920', '65', '4', '2022']
 */
export function numbersIn(text: string, lang: Lang): string[] {
  const withMonths =
    lang === 'en' ? text.replace(MONTH_NAME, (name) => ` ${ENGLISH_MONTHS.indexOf(name.toLowerCase()) + 1} `) : text;
  return [...withMonths.matchAll(NUMBER[lang])].map(([raw]) => {
    const plain =
      lang === 'vi'
        ? /\.\d{3}/.test(raw)
          ? raw.replaceAll('.', '').replace(',', '.')
          : raw.replace(',', '.')
        : raw.replaceAll(',', '');
    return String(Number(plain));
  });
}

const isElement = (node: MdxNode): boolean =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && Boolean(node.name);

const attribute = (node: MdxNode, name: string): string | null => {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
};

function textOf(node: MdxNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join(node.type === 'paragraph' || node.type === 'listItem' ? '\n' : '');
}

/**
 * What parity compares, read from one language's front matter and body (its text, or the tree
 * `parseProse` made of it, so that the checker parses each body once).
 * @throws MdxSyntaxError when the body is not valid MDX (reported by the prose check)
 */
export function parityFacts(
  body: string | MdxNode,
  words: { title: string; summary: string },
  lang: Lang,
): ParityFacts {
  const tree = typeof body === 'string' ? parseProse(body) : body;
  const sections: string[][] = [[]];
  const quotations: string[] = [];
  const prose: string[] = [words.title, words.summary];
  const visit = (node: MdxNode, inQuote: boolean) => {
    if (isElement(node) && PROSE_COMPONENTS.includes(node.name as never)) {
      const source = attribute(node, 'source');
      const section = sections.at(-1) as string[];
      if (source && !section.includes(source)) section.push(source);
      if (node.name === 'Quote') {
        quotations.push(textOf(node).replace(/\s+/gu, ' ').trim());
        return;
      }
    }
    if (!inQuote && typeof node.value === 'string' && node.type === 'text') prose.push(node.value);
    for (const child of node.children ?? []) visit(child, inQuote);
  };
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') sections.push([]);
    visit(node, false);
  }
  return { sections, numbers: prose.flatMap((text) => numbersIn(text, lang)), quotations };
}

const LANGUAGE = { vi: 'Vietnamese', en: 'English' } as const;

function countDifferences(check: ParityCheck, vi: string[], en: string[], what: (value: string) => string) {
  const differences: ParityDifference[] = [];
  const count = (list: string[]) => list.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
  const [a, b] = [count(vi), count(en)];
  for (const value of new Set([...vi, ...en])) {
    const [n, m] = [a.get(value) ?? 0, b.get(value) ?? 0];
    if (n === m) continue;
    differences.push({
      check,
      value,
      message: `${what(value)} appears ${n}× in the Vietnamese and ${m}× in the English.`,
    });
  }
  return differences;
}

/**
 * Differences between the two versions of an entry.
 * @example compareParity(vi, en) // [{ check: 'numbers', value: '100', message: '100 appears 1× in the Vietnamese and 0× in the English.' }]
 */
export function compareParity(vi: ParityFacts, en: ParityFacts): ParityDifference[] {
  const differences: ParityDifference[] = [];
  if (vi.sections.length !== en.sections.length) {
    differences.push({
      check: 'sources',
      value: 'sections',
      message: `the Vietnamese has ${vi.sections.length - 1} headed sections and the English ${en.sections.length - 1}, so their citations cannot be compared section by section.`,
    });
  } else {
    vi.sections.forEach((viSources, i) => {
      const enSources = en.sections[i] ?? [];
      const where = i === 0 ? 'before the first heading' : `in section ${i}`;
      for (const [lang, here, there] of [
        ['vi', viSources, enSources],
        ['en', enSources, viSources],
      ] as const) {
        for (const id of here.filter((s) => !there.includes(s))) {
          differences.push({
            check: 'sources',
            value: id,
            message: `source "${id}" is cited ${where} only in the ${LANGUAGE[lang]}.`,
          });
        }
      }
    });
  }
  differences.push(...countDifferences('numbers', vi.numbers, en.numbers, (n) => `the number ${n}`));
  differences.push(...countDifferences('quotations', vi.quotations, en.quotations, (q) => `the quotation "${q}"`));
  return differences;
}
