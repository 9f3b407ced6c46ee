/**
 * What changed between two versions of an entry's facts, as parsed from its
 * `facts.yaml` (`parseStrictYaml`): values added, removed and changed, each
 * with the path of the field. Lists are compared item by item: items kept
 * in both versions anchor the comparison (a longest common subsequence), so
 * an item inserted at the top is one addition, not a change of every item
 * after it; between two anchors, a removed and an added mapping in the same
 * place are one item whose fields changed (an excerpt corrected inside an
 * evidence item), and other items are removed or added.
 */

/** A key of a mapping or an index (0-based) in a list. */
export type PathSegment = string | number;

export interface FactChange {
  /** Where the value sits. @example ['evidence', 2, 'quote'] */
  path: PathSegment[];
  kind: 'added' | 'removed' | 'changed';
  /** The old value (removed, changed). */
  before?: unknown;
  /** The new value (added, changed). */
  after?: unknown;
}

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A canonical text of a value: equal values, equal texts (mapping keys sorted). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isMapping(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Whether two parsed values are equal (mapping keys in any order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

/** Index pairs of a longest common subsequence of two lists of canonical texts, in order. */
function commonItems(a: string[], b: string[]): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * cols + j] =
        a[i] === b[j]
          ? (table[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(table[(i + 1) * cols + j] as number, table[i * cols + j + 1] as number);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * cols + j] as number) >= (table[i * cols + j + 1] as number)) i += 1;
    else j += 1;
  }
  return pairs;
}

function diffLists(path: PathSegment[], before: unknown[], after: unknown[], out: FactChange[]): void {
  const anchors = [...commonItems(before.map(canonical), after.map(canonical)), [before.length, after.length]];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of anchors as [number, number][]) {
    const removed = before.slice(i, nextI);
    const added = after.slice(j, nextJ);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < removed.length; k += 1) {
      const old = removed[k];
      const now = added[k];
      if (k < paired && isMapping(old) && isMapping(now)) diffValue([...path, j + k], old, now, out);
      else out.push({ path: [...path, i + k], kind: 'removed', before: old });
    }
    for (let k = 0; k < added.length; k += 1) {
      const now = added[k];
      if (!(k < paired && isMapping(removed[k]) && isMapping(now)))
        out.push({ path: [...path, j + k], kind: 'added', after: now });
    }
    i = nextI + 1;
    j = nextJ + 1;
  }
}

function diffValue(path: PathSegment[], before: unknown, after: unknown, out: FactChange[]): void {
  if (same(before, after)) return;
  if (isMapping(before) && isMapping(after)) {
    for (const key of Object.keys(after)) {
      if (!(key in before)) out.push({ path: [...path, key], kind: 'added', after: after[key] });
      else diffValue([...path, key], before[key], after[key], out);
    }
    for (const key of Object.keys(before))
      if (!(key in after)) out.push({ path: [...path, key], kind: 'removed', before: before[key] });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffLists(path, before, after, out);
    return;
  }
  out.push({ path, kind: 'changed', before, after });
}

/**
 * The changes from one version of the facts to the next, in the order of the
 * new version's fields (removed fields last).
 * @example diffFacts({ period: '2021/2024', partners: ['a'] }, { period: '2021/2025', partners: ['a', 'b'] })
 * // [{ path: ['period'], kind: 'changed', before: '2021/2024', after: '2021/2025' },
 * //  { path: ['partners', 1], kind: 'added', after: 'b' }]
 */
export function diffFacts(before: unknown, after: unknown): FactChange[] {
  const out: FactChange[] = [];
  diffValue([], isMapping(before) ? before : {}, isMapping(after) ? after : {}, out);
  return out;
}

/**
 * A path as the dataset and the YAML name it.
 * @example pathText(['evidence', 2, 'quote']) // 'evidence[2].quote'
 */
export function pathText(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * The top-level fields of a facts file as text, one block per field (its
 * key line and the indented, blank and comment lines after it), or null when
 * the file uses what would make a block mean something else alone: a
 * document marker or directive, an anchor or alias, a field not in
 * `key:` form. Two equal blocks hold equal values, so only changed blocks
 * need parsing.
 * @example topLevelBlocks('kind: launch\nthemes:\n  - a\n') // Map { 'kind' => 'kind: launch', 'themes' => 'themes:\n  - a' }
 */
export function topLevelBlocks(text: string): Map<string, string> | null {
  if (/^(---|\.\.\.|%)/m.test(text)) return null;
  if ((text.includes('&') || text.includes('*')) && /(^|[\s[{,:-])[&*][^\s]/m.test(text)) return null;
  const blocks = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line === '' || /^\s/.test(line) || line.startsWith('#')) {
      current?.push(line);
      continue;
    }
    const key = /^([A-Za-z_][\w-]*):(\s|$)/.exec(line)?.[1];
    if (!key || blocks.has(key)) return null;
    current = [line];
    blocks.set(key, current);
  }
  return new Map([...blocks].map(([key, lines]) => [key, lines.join('\n').trimEnd()]));
}

/**
 * `diffFacts` of two versions of a facts file, given as text: fields whose
 * text did not change are not parsed (the cost of history at scale is the
 * parsing), the others are parsed with `parse` and compared. Falls back to
 * parsing both files whole when `topLevelBlocks` cannot split one.
 * @throws what `parse` throws for a version that is not valid YAML
 */
export function diffFactsText(before: string, after: string, parse: (text: string) => unknown): FactChange[] {
  const a = topLevelBlocks(before);
  const b = topLevelBlocks(after);
  if (!a || !b) return diffFacts(parse(before), parse(after));
  const value = (block: string, key: string): unknown => {
    const parsed = parse(block);
    return isMapping(parsed) ? parsed[key] : undefined;
  };
  const out: FactChange[] = [];
  for (const [key, text] of b) {
    const old = a.get(key);
    if (old === text) continue;
    if (old === undefined) out.push({ path: [key], kind: 'added', after: value(text, key) });
    else diffValue([key], value(old, key), value(text, key), out);
  }
  for (const [key, text] of a) if (!b.has(key)) out.push({ path: [key], kind: 'removed', before: value(text, key) });
  return out;
}
