/**
 * The evidence rule: every structured claim of an entry is supported by an
 * excerpt of a source the entry lists, or is recorded as not stated.
 *
 * `claimsOf()` lists the claims a reader sees, `checkEvidence()` reports every
 * claim without support and every evidence item that is malformed, and
 * `evidenceOf()` joins them for the pages. Figures and roles carry their
 * excerpt inline (next to the source they already name); everything else is
 * supported from the entry's `evidence:` list, whose items name the claims.
 */
import { closest } from 'fastest-levenshtein';
import { tryParseWhen } from '../core/dates.ts';
import type { CollectionName } from '../core/vocabulary.ts';
import { MAX_QUOTE_WORDS, wordCount } from '../schemas/shared.ts';

/** Values that record that no source states the claim. */
export const NOT_STATED = { date: 'unknown', status: 'not-stated' } as const;

interface RefLike {
  id: string;
}

/** An excerpt as facts hold it, inline (figures, roles) or in the evidence list. */
export interface Excerpt {
  source: RefLike;
  quote: string;
  translation?: string | undefined;
  inferred?: { vi: string; en: string } | undefined;
}

export interface EvidenceItem extends Excerpt {
  supports: string[];
}

/** One structured claim of an entry. */
export interface Claim {
  /** What evidence names to support it: `date`, `partners.vnpt-da-nang`, `figures[0]`. */
  key: string;
  /** The facts field it belongs to (for labels and error messages). */
  field: string;
  /** For a list of references: the id of the value. */
  value?: string;
  /** Recorded as not stated: needs no evidence, and may have none. */
  notStated: boolean;
  /** A date marked uncertain (`?`) or approximate (`~`): its evidence must say why. */
  uncertain: boolean;
  /** Inline excerpt (figures, roles): the claim carries its own evidence. */
  inline?: Excerpt;
}

/** Scalar claims, in the order pages show them. */
const SCALARS: Partial<Record<CollectionName, string[]>> = {
  partnerships: ['kind', 'period', 'status'],
  events: ['kind', 'date', 'partnership'],
  organizations: ['kind', 'acronym', 'parent'],
  places: ['level', 'parent'],
  documents: ['kind', 'number', 'issuer', 'date', 'period'],
  sources: ['published'],
};

/** Lists of references: each value is a claim of its own. */
const LISTS: Partial<Record<CollectionName, string[]>> = {
  partnerships: ['partners', 'counterparts', 'localities', 'themes', 'people', 'documents'],
  events: ['organizations', 'places', 'people', 'documents', 'themes'],
  organizations: ['places'],
  documents: ['places'],
};

const DATE_FIELDS = new Set(['date', 'period', 'published']);

/**
 * The collection a reference claim points into, or null for a claim that is not a reference.
 * @example targetOf('events', 'localities') // 'places'
 */
export function targetOf(collection: CollectionName, field: string): CollectionName | null {
  switch (field) {
    case 'partners':
    case 'counterparts':
    case 'organizations':
    case 'issuer':
      return 'organizations';
    case 'localities':
    case 'places':
      return 'places';
    case 'partnership':
      return 'partnerships';
    case 'parent':
      return collection;
    case 'themes':
    case 'people':
    case 'documents':
      return field;
    default:
      return null;
  }
}

const isUncertain = (edtf: string): boolean => {
  const when = tryParseWhen(edtf);
  const dates = when?.kind === 'date' ? [when] : when?.kind === 'interval' ? [when.lower, when.upper] : [];
  return dates.some((date) => date && (date.uncertain || date.approximate || date.yearUncertain));
};

const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String(value.id) : null;

/**
 * Every claim an entry's facts make, in display order.
 * @example claimsOf('places', { level: 'district', parent: { id: 'da-nang' } }).map((c) => c.key) // ['level', 'parent']
 */
export function claimsOf(collection: CollectionName, facts: Record<string, unknown>): Claim[] {
  const claims: Claim[] = [];
  for (const field of SCALARS[collection] ?? []) {
    const raw = facts[field];
    if (raw === undefined || raw === null) continue;
    const value = typeof raw === 'string' ? raw : (idOf(raw) ?? String(raw));
    const notStated =
      (DATE_FIELDS.has(field) && value === NOT_STATED.date) || (field === 'status' && value === NOT_STATED.status);
    claims.push({ key: field, field, notStated, uncertain: DATE_FIELDS.has(field) && isUncertain(value) });
  }
  for (const field of LISTS[collection] ?? []) {
    const list = facts[field];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const id = idOf(item);
      if (id) claims.push({ key: `${field}.${id}`, field, value: id, notStated: false, uncertain: false });
    }
  }
  for (const field of ['figures', 'roles']) {
    const list = facts[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: Excerpt & { date: string }, i) => {
      claims.push({
        key: `${field}[${i}]`,
        field,
        notStated: false,
        uncertain: isUncertain(item.date),
        inline: item,
      });
    });
  }
  return claims;
}

export interface EvidenceProblem {
  /** Dotted path of the field that needs the fix. */
  field: string;
  message: string;
}

const UNCERTAIN_FIX =
  'Fix: add `inferred:` with `vi:` and `en:` notes saying how the date was worked out (for example "the year is not printed; the report covers 2023"), or, if the source gives it plainly, remove the ?.';

/**
 * Problems with an entry's evidence: unsupported claims, evidence naming no claim,
 * unlisted sources, long excerpts, unexplained uncertainty.
 * @param listed ids of the sources the entry lists (for a source entry: its own id)
 */
export function checkEvidence(
  collection: CollectionName,
  facts: Record<string, unknown>,
  listed: ReadonlySet<string>,
  exists: (collection: CollectionName, id: string) => boolean = () => true,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const claims = claimsOf(collection, facts);
  const byKey = new Map(claims.map((claim) => [claim.key, claim]));
  const evidence = (facts['evidence'] ?? []) as EvidenceItem[];
  const supported = new Map<string, EvidenceItem[]>();
  const own = collection === 'sources';

  const checkExcerpt = (excerpt: Excerpt, at: string) => {
    if (!listed.has(excerpt.source.id)) {
      problems.push({
        field: `${at}.source`,
        message: own
          ? `a source's evidence must quote the source itself ("${[...listed][0]}"), not "${excerpt.source.id}". Fix: quote the words of this text that show the date.`
          : `quotes source "${excerpt.source.id}", which the entry does not list. Fix: add "${excerpt.source.id}" to \`sources:\`, or quote a listed source.`,
      });
    }
    const words = wordCount(excerpt.quote);
    if (words > MAX_QUOTE_WORDS) {
      problems.push({
        field: `${at}.quote`,
        message: `the excerpt has ${words} words; at most ${MAX_QUOTE_WORDS} are allowed, so that the site quotes rather than republishes. Fix: keep only the words that support the claim.`,
      });
    }
  };

  evidence.forEach((item, i) => {
    const at = `evidence[${i}]`;
    checkExcerpt(item, at);
    for (const key of item.supports) {
      const claim = byKey.get(key);
      if (!claim || claim.inline) {
        const known = claims.filter((c) => !c.inline).map((c) => c.key);
        const hint = claim?.inline
          ? ` A ${claim.field === 'figures' ? 'figure' : 'role'} carries its own \`quote:\`; remove "${key}" here.`
          : known.length
            ? ` The entry's claims are: ${known.join(', ')}. Did you mean "${closest(key, known)}"?`
            : ' This entry makes no claim that evidence supports.';
        problems.push({
          field: `${at}.supports`,
          message: `"${key}" is not a claim of this entry.${hint} Fix: name a field (date) or a field and an id (partners.vnpt-da-nang) that facts.yaml states.`,
        });
        continue;
      }
      if (claim.notStated) {
        problems.push({
          field: `${at}.supports`,
          message: `supports "${key}", which is recorded as not stated. Fix: if the source states it, write the value in \`${claim.field}:\`; otherwise remove "${key}" here.`,
        });
        continue;
      }
      supported.set(key, [...(supported.get(key) ?? []), item]);
    }
  });

  for (const claim of claims) {
    if (claim.inline) {
      const at = `${claim.key}`;
      checkExcerpt(claim.inline, at);
      if (claim.uncertain && !claim.inline.inferred)
        problems.push({
          field: `${at}.inferred`,
          message: `the date is marked uncertain, but nothing says why. ${UNCERTAIN_FIX}`,
        });
      continue;
    }
    if (claim.notStated) continue;
    // A reference to an entry that does not exist is reported as such; its evidence waits for the right id.
    const target = targetOf(collection, claim.field);
    const id = claim.value ?? idOf(facts[claim.field]);
    if (target && id && !exists(target, id)) continue;
    const items = supported.get(claim.key) ?? [];
    if (items.length === 0) {
      const stated = claim.field === 'status' || DATE_FIELDS.has(claim.field);
      problems.push({
        field: claim.key,
        message:
          `has no evidence. Fix: add an item to \`evidence:\` with \`supports: [${claim.key}]\`, the \`source:\` and a \`quote:\` of at most ${MAX_QUOTE_WORDS} words that supports it` +
          (stated
            ? `; if no source states it, write \`${claim.field}: ${claim.field === 'status' ? NOT_STATED.status : NOT_STATED.date}\`.`
            : claim.field === 'parent'
              ? '; if no source states it, delete the line (the page then shows no parent). Knowledge that is not in the reports needs a source of `type: reference`.'
              : '; if no source supports it, remove it.'),
      });
      continue;
    }
    if (claim.uncertain && !items.some((item) => item.inferred)) {
      problems.push({ field: claim.key, message: `is marked uncertain, but no evidence says why. ${UNCERTAIN_FIX}` });
    }
    if (DATE_FIELDS.has(claim.field) && !claim.uncertain && items.every((item) => item.inferred)) {
      problems.push({
        field: claim.key,
        message: `is inferred (its evidence has \`inferred:\`) but written as if a source stated it. Fix: mark the inferred part with ? (2023?-02-20 when only the year is inferred, 2023? for a year).`,
      });
    }
  }
  return problems;
}

/** The evidence of one claim, as pages show it. */
export interface ClaimEvidence {
  claim: Claim;
  items: Excerpt[];
}

/**
 * Claims joined with their excerpts, in display order; claims recorded as
 * not stated have no items.
 */
export function evidenceOf(collection: CollectionName, facts: Record<string, unknown>): ClaimEvidence[] {
  const evidence = (facts['evidence'] ?? []) as EvidenceItem[];
  return claimsOf(collection, facts).map((claim) => ({
    claim,
    items: claim.inline
      ? [claim.inline]
      : claim.notStated
        ? []
        : evidence.filter((item) => item.supports.includes(claim.key)),
  }));
}
