/**
 * The evidence of an entry as its page shows it: one lettered item per
 * excerpt (a, b, c…), in the order of the claims they support, each with the
 * source, the excerpt in its own language, the site's translation when the
 * page is in the other language, and the editor's note when the claim is
 * inferred. Facts rows, figures and timeline items link to the letters.
 */
import { useTranslations } from '../i18n/ui.ts';
import type { Lang } from '../core/vocabulary.ts';
import { evidenceOf, targetOf, type Claim, type Excerpt } from './evidence.ts';
import { figureView, type Figure } from './figure-view.ts';
import type { Graph } from './graph.ts';
import { linkTo, type EntryLink } from './links.ts';
import type { AnyEntry, Entry } from './model.ts';
import { roleText } from './people.ts';

export interface EvidenceView {
  /** Letter of the item (a, b, … z, aa, ab…), also its anchor `#evidence-<letter>`. */
  letter: string;
  /** The claims it supports, in words. */
  supports: string[];
  source: EntryLink;
  /** Language of the excerpt (the source's). */
  quoteLang: Lang;
  /** The excerpt as it is shown inside “…”: its own double quotation marks made single ({@link nestedQuotes}). */
  quote: string;
  /** The site's translation, when the excerpt is not in the page's language; shown inside “…” like the excerpt. */
  translation: string | null;
  /** The editor's reasoning, when a claim it supports is inferred. */
  inferred: string | null;
}

/** What the page needs: the items, and the letters and inference of each claim. */
export interface EntryEvidence {
  items: EvidenceView[];
  /** Claim key (`kind`, `partners.vnpt-da-nang`, `figures[0]`) → letters of its evidence. */
  letters: Record<string, string[]>;
  /** Claim keys whose evidence marks them as inferred. */
  inferred: string[];
}

/**
 * Letters for evidence items: a…z, then aa, ab…
 * @example evidenceLetter(0) // 'a'
 * @example evidenceLetter(27) // 'ab'
 */
export function evidenceLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(97 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A claim in words, for the "supports" line of its evidence: the field's label and, for a link, its title. */
function claimText(graph: Graph, entry: AnyEntry, claim: Claim, lang: Lang): [string, string?] {
  const t = useTranslations(lang);
  if (claim.field === 'figures') {
    const figure = (entry.facts as { figures: Figure[] }).figures[Number(/\[(\d+)\]/.exec(claim.key)?.[1])];
    if (!figure) return [t('entry.figures')];
    const view = figureView(figure, lang);
    return [`${view.value} ${view.label}`];
  }
  if (claim.field === 'roles') {
    const role = (entry as Entry<'people'>).facts.roles[Number(/\[(\d+)\]/.exec(claim.key)?.[1])];
    return [role ? roleText(graph, role, lang) : t('field.roles')];
  }
  const label = t(`field.${claim.field}` as Parameters<typeof t>[0]);
  const target =
    claim.value ?? (entry.facts as unknown as Record<string, { id?: string } | undefined>)[claim.field]?.id;
  const collection = targetOf(entry.collection, claim.field);
  if (!target || !collection) return [label];
  const linked = graph.get(collection, target);
  return linked ? [label, linkTo(linked, lang).text] : [label];
}

/**
 * The anchor of a claim's first evidence item on its entry's page (`evidence-b`), or null when
 * the claim has none (not stated). The same letters as `entryEvidence`, without building the views.
 */
export function evidenceAnchor(entry: AnyEntry, key: string): string | null {
  const seen = new Set<Excerpt>();
  for (const { claim, items } of evidenceOf(entry.collection, entry.facts as unknown as Record<string, unknown>)) {
    if (claim.key === key) {
      const first = items[0];
      if (!first) return null;
      const index = [...seen].indexOf(first);
      return `evidence-${evidenceLetter(index === -1 ? seen.size : index)}`;
    }
    for (const excerpt of items) seen.add(excerpt);
  }
  return null;
}

/** How a value shows its evidence: the letters to link to, and whether it is an inference. */
export interface EvidenceMark {
  letters: string[];
  inferred: boolean;
}

/**
 * Text to be shown inside “…”, with its own double quotation marks made single,
 * as a quotation within a quotation is written in Vietnamese and English alike.
 * For display only: the data (`facts.yaml`, the dataset) keeps the source's marks.
 * @example nestedQuotes('“Đề án truyền thông” năm 2023') // '‘Đề án truyền thông’ năm 2023'
 * @example nestedQuotes('chương trình "Dữ liệu vì Cộng đồng"') // 'chương trình ‘Dữ liệu vì Cộng đồng’'
 */
export const nestedQuotes = (text: string): string =>
  text
    .replace(/"([^"]*)"/gu, '\u2018$1\u2019')
    .replace(/(^|[\s([])["\u201c]/gu, '$1\u2018')
    .replace(/["\u201d]/gu, '\u2019');

/** The mark of one claim; no letters when the claim is recorded as not stated. */
export const markOf = (evidence: EntryEvidence, key: string): EvidenceMark => ({
  letters: evidence.letters[key] ?? [],
  inferred: evidence.inferred.includes(key),
});

/** The evidence of an entry for its page in one language. */
export function entryEvidence(graph: Graph, entry: AnyEntry, lang: Lang): EntryEvidence {
  const facts = entry.facts as unknown as Record<string, unknown>;
  const order = new Map<Excerpt, EvidenceView>();
  const claimsOfItem = new Map<EvidenceView, Map<string, string[]>>();
  const letters: Record<string, string[]> = {};
  const inferred: string[] = [];
  for (const { claim, items } of evidenceOf(entry.collection, facts)) {
    for (const excerpt of items) {
      let view = order.get(excerpt);
      if (!view) {
        const source = graph.resolve({ collection: 'sources', id: excerpt.source.id }) as Entry<'sources'>;
        const quoteLang = source.facts.language;
        view = {
          letter: evidenceLetter(order.size),
          supports: [],
          source: linkTo(source, lang),
          quoteLang,
          quote: nestedQuotes(excerpt.quote),
          translation: quoteLang !== lang && excerpt.translation ? nestedQuotes(excerpt.translation) : null,
          inferred: excerpt.inferred ? excerpt.inferred[lang] : null,
        };
        order.set(excerpt, view);
      }
      const [label, value] = claimText(graph, entry, claim, lang);
      const grouped = claimsOfItem.get(view) ?? new Map<string, string[]>();
      claimsOfItem.set(view, grouped.set(label, [...(grouped.get(label) ?? []), ...(value ? [value] : [])]));
      (letters[claim.key] ??= []).push(view.letter);
    }
    // A claim is inferred when none of its evidence states it outright.
    if (items.length > 0 && items.every((excerpt) => excerpt.inferred)) inferred.push(claim.key);
  }
  // "Themes: A, B" rather than "Themes: A; Themes: B".
  for (const [view, grouped] of claimsOfItem) {
    view.supports = [...grouped].map(([label, values]) => (values.length ? `${label}: ${values.join(', ')}` : label));
  }
  return { items: [...order.values()], letters, inferred };
}
