/**
 * Nothing an editor can write is lost or changed silently. A seeded
 * generator applies random edits to copies of the real entries (keys
 * deleted or duplicated, wrong types, empty and huge values, NFD text,
 * invisible characters, a byte order mark, CRLF, tabs, truncation, broken
 * MDX, and plain valid edits). After each edit the checker must either
 *
 * - pass, and then the record publishes exactly the edited values (facts and
 *   titles in `dataset.json` as written, per the normalization in
 *   `tests/unit/as-written.ts`; the body the build renders is the body the
 *   checker read), or
 * - fail with every problem naming a file, a field and a fix,
 *
 * and never throw. The figures are printed and recorded in BENCHMARKS.md.
 * Each edit runs against the entry and the entries it links to, copied to a
 * temporary folder, so a run takes milliseconds; the seed makes it repeatable.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { splitDrafts } from '../../src/lib/drafts.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import { buildDataset } from '../../src/lib/exports.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { checkIntegrity, type EntryInput, type Problem } from '../../src/lib/integrity.ts';
import { analyzeMdx } from '../../src/lib/mdx.ts';
import { LANGS, type Lang } from '../../src/core/vocabulary.ts';
import { parseStrictYaml, splitFrontmatter } from '../../src/lib/yaml.ts';
import { random } from '../../scripts/lib/synthetic.ts';
import { differencesFromWritten } from '../unit/as-written.ts';

const CONTENT = 'src/content';
const EDITS = 1_000;
const SEED = 20261130;

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

/** An edit: its name (for the report) and the file's new text. */
type Edit = { name: string; apply: (text: string, rng: Rng) => string };

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u202E', '\u2066', '\uFEFF', '\u00AD'];
const WRONG_VALUES = [
  '42',
  '[a, b]',
  '{ x: 1 }',
  'true',
  '"text"',
  '2022-02-30',
  'yes',
  'off',
  '012',
  '1e3',
  '.inf',
  '~',
];
const EMPTY_VALUES = ['""', '[]', '{}', ''];

const lines = (text: string) => text.split('\n');
const topLevelKeys = (text: string) =>
  lines(text)
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => /^[A-Za-z]\w*:/.test(line));

/** Replaces the value of a random top-level key (the rest of its line; nested lines are left). */
function setValue(text: string, rng: Rng, value: string): string {
  const keys = topLevelKeys(text);
  if (keys.length === 0) return text;
  const { line, i } = pick(rng, keys);
  const all = lines(text);
  all[i] = `${line.slice(0, line.indexOf(':'))}: ${value}`;
  return all.join('\n');
}

const insertAt = (text: string, rng: Rng, insert: string) => {
  const at = Math.floor(rng() * (text.length + 1));
  return text.slice(0, at) + insert + text.slice(at);
};

/** Edits that apply to any file, YAML or MDX. */
const ANY_FILE: Edit[] = [
  { name: 'NFD text', apply: (text) => text.normalize('NFD') },
  { name: 'invisible character', apply: (text, rng) => insertAt(text, rng, pick(rng, INVISIBLE)) },
  { name: 'byte order mark', apply: (text) => `\uFEFF${text}` },
  { name: 'CRLF line ends', apply: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'tab indentation', apply: (text) => text.replace(/^( {2,})/m, '\t') },
  { name: 'tab in a line', apply: (text, rng) => insertAt(text, rng, '\t') },
  { name: 'truncated', apply: (text, rng) => text.slice(0, Math.floor(rng() * text.length)) },
  { name: 'emptied', apply: () => '' },
];

const FACTS: Edit[] = [
  ...ANY_FILE,
  {
    name: 'key deleted',
    apply: (text, rng) => {
      const keys = topLevelKeys(text);
      if (keys.length === 0) return text;
      const { i } = pick(rng, keys);
      const all = lines(text);
      let end = i + 1;
      while (end < all.length && /^(\s|-)/.test(all[end] ?? '')) end++;
      all.splice(i, end - i);
      return all.join('\n');
    },
  },
  {
    name: 'key duplicated',
    apply: (text, rng) => {
      const keys = topLevelKeys(text);
      if (keys.length === 0) return text;
      const { line } = pick(rng, keys);
      return `${text.trimEnd()}\n${line}\n`;
    },
  },
  { name: 'wrong type', apply: (text, rng) => setValue(text, rng, pick(rng, WRONG_VALUES)) },
  { name: 'empty value', apply: (text, rng) => setValue(text, rng, pick(rng, EMPTY_VALUES)) },
  { name: 'huge text value', apply: (text, rng) => setValue(text, rng, `"${'Đà Nẵng '.repeat(12_500)}"`) },
  {
    name: 'huge list',
    apply: (text, rng) => setValue(text, rng, `[${Array.from({ length: 5000 }, (_, i) => `id-${i}`).join(', ')}]`),
  },
  {
    name: 'huge number',
    apply: (text, rng) => setValue(text, rng, pick(rng, ['12345678901234567890', '1' + '0'.repeat(400)])),
  },
  {
    name: 'valid: a figure changed',
    apply: (text, rng) => text.replace(/value: \d+/, `value: ${1 + Math.floor(rng() * 100_000)}`),
  },
  {
    name: 'valid: a label reworded',
    apply: (text, rng) =>
      text.replace(/(\n\s+en: )(.+)/, (_, head: string) => `${head}reworded ${Math.floor(rng() * 1000)}`),
  },
];

const PROSE: Edit[] = [
  ...ANY_FILE,
  {
    name: 'front matter key deleted',
    apply: (text, rng) => text.replace(new RegExp(`^${pick(rng, ['title', 'summary', 'shortTitle'])}:.*\\n`, 'm'), ''),
  },
  {
    name: 'front matter wrong type',
    apply: (text, rng) =>
      text.replace(/^(title|summary): .*$/m, (_, key: string) => `${key}: ${pick(rng, WRONG_VALUES)}`),
  },
  { name: 'huge title', apply: (text) => text.replace(/^title: .*$/m, `title: ${'Hợp tác '.repeat(80)}`) },
  { name: 'front matter unclosed', apply: (text) => text.replace(/\n---\n/, '\n') },
  {
    name: 'invalid MDX',
    apply: (text, rng) =>
      `${text.trimEnd()}\n\n${pick(rng, ['<Cite source="x"', '{', '<div>', '</p>', '<!-- comment -->', 'a < b', '<Quote by="x">'])}\n`,
  },
  {
    name: 'valid: a sentence added',
    apply: (text, rng) => `${text.trimEnd()}\n\nMột câu thêm ${Math.floor(rng() * 1000)}, added for the test.\n`,
  },
  {
    name: 'valid: the title reworded',
    apply: (text, rng) =>
      text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} ${Math.floor(rng() * 1000)}`),
  },
];

/** The entry's key and every entry it links to, directly or through the entries it links to. */
async function closure(start: string, inputs: Map<string, EntryInput>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const key = queue.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const input = inputs.get(key);
    if (!input) continue;
    const visit = (value: unknown): void => {
      if (value && typeof value === 'object' && 'collection' in value && 'id' in value) {
        queue.push(`${String(value.collection)}/${String(value.id)}`);
      } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    visit(input.facts);
    for (const lang of LANGS) {
      const prose = input.prose[lang];
      if (!prose) continue;
      for (const element of (await analyzeMdx(prose.body)).elements) {
        if (element.attributes['source']) queue.push(`sources/${element.attributes['source']}`);
        if (element.attributes['by']) queue.push(`people/${element.attributes['by']}`);
      }
    }
  }
  return seen;
}

const isClear = (problem: Problem) =>
  problem.file.length > 0 &&
  problem.field.length > 0 &&
  /Fix: \S/.test(problem.message) &&
  !/\n\s+at /.test(problem.message);

/** What a passing edit must publish: the file's values exactly as written. */
async function silentChanges(
  root: string,
  entries: EntryInput[],
  key: string,
  file: string,
  text: string,
): Promise<string[]> {
  const [collection, id] = key.split('/') as [string, string];
  const graph = buildGraph(await buildEntries(splitDrafts(entries).published));
  const record = buildDataset(graph, 'https://example.org').collections[collection as 'events'].find(
    (e) => e.id === id,
  );
  if (file === 'facts.yaml') {
    if (!record)
      return parseStrictYaml(text) && (parseStrictYaml(text) as { draft?: boolean }).draft
        ? []
        : ['entry missing from the dataset'];
    return differencesFromWritten(parseStrictYaml(text), record.facts);
  }
  const lang = file.replace('.mdx', '') as Lang;
  const front = parseStrictYaml(splitFrontmatter(text).frontmatter ?? '') as Record<string, unknown>;
  const loaded = entries.find((e) => `${e.collection}/${e.id}` === key)?.prose[lang];
  const differences = [
    ...(record
      ? differencesFromWritten(
          { title: front['title'], summary: front['summary'] },
          {
            title: record.title[lang],
            summary: record.summary[lang],
          },
        )
      : []),
    ...differencesFromWritten(
      front['shortTitle'] ?? front['title'],
      graph.get(collection as 'events', id)?.prose[lang]?.shortTitle,
      'shortTitle',
    ),
  ];
  // The body Astro renders (its front matter parser, then trimmed) is the body the checker read.
  const rendered = parseFrontmatter(text).content.trim();
  if (extractFrontmatter(text) === undefined || rendered !== loaded?.body.trim()) {
    differences.push(
      `body: the build would render ${JSON.stringify(rendered.slice(0, 60))}, the checker read ${JSON.stringify(loaded?.body.trim().slice(0, 60))}`,
    );
  }
  void root;
  return differences;
}

describe('random edits of real entries', () => {
  test(`${EDITS} edits: each passes and publishes exactly what was written, or fails with file, field and fix`, async () => {
    const { entries } = await loadContentTree(CONTENT);
    const inputs = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
    const keys = [...inputs.keys()].sort();
    const trees = new Map<string, string>();
    const treeFor = async (key: string): Promise<string> => {
      let root = trees.get(key);
      if (!root) {
        root = mkdtempSync(join(tmpdir(), 'vdp-mutation-'));
        for (const linked of await closure(key, inputs))
          cpSync(join(CONTENT, linked), join(root, linked), { recursive: true });
        trees.set(key, root);
      }
      return root;
    };

    const rng = random(SEED);
    const figures = { tried: 0, passed: 0, clearFailures: 0, crashes: 0, silentChanges: 0, unclear: 0 };
    const failures: string[] = [];
    const byEdit = new Map<string, { passed: number; failed: number }>();
    for (let n = 0; n < EDITS; n++) {
      const key = pick(rng, keys);
      const root = await treeFor(key);
      const file = pick(
        rng,
        ['facts.yaml', 'vi.mdx', 'en.mdx'].filter((name) => {
          const input = inputs.get(key);
          return name === 'facts.yaml' || Boolean(input?.prose[name.replace('.mdx', '') as Lang]);
        }),
      );
      const path = join(root, key, file);
      const original = readFileSync(path, 'utf8');
      const edit = pick(rng, file === 'facts.yaml' ? FACTS : PROSE);
      const text = edit.apply(original, rng);
      const label = `#${n} ${edit.name} in ${key}/${file}`;
      const tally = byEdit.get(edit.name) ?? { passed: 0, failed: 0 };
      byEdit.set(edit.name, tally);
      figures.tried++;
      writeFileSync(path, text);
      try {
        const loaded = await loadContentTree(root);
        const problems = [...loaded.problems, ...(await checkIntegrity(loaded.entries))];
        if (problems.length === 0) {
          figures.passed++;
          tally.passed++;
          const changes = await silentChanges(root, loaded.entries, key, file, text);
          if (changes.length) {
            figures.silentChanges++;
            failures.push(`${label}: silent change: ${changes.slice(0, 3).join('; ')}`);
          }
        } else if (problems.every(isClear)) {
          figures.clearFailures++;
          tally.failed++;
        } else {
          figures.unclear++;
          failures.push(
            `${label}: unclear problem: ${JSON.stringify(problems.find((p) => !isClear(p))).slice(0, 300)}`,
          );
        }
      } catch (error) {
        figures.crashes++;
        failures.push(`${label}: crash: ${error instanceof Error ? error.stack?.slice(0, 400) : String(error)}`);
      } finally {
        writeFileSync(path, original);
      }
    }

    console.log(
      `Mutation test (seed ${SEED}): ${figures.tried} edits tried, ${figures.passed} passed, ` +
        `${figures.clearFailures} clear failures, ${figures.crashes} crashes, ${figures.silentChanges} silent changes, ` +
        `${figures.unclear} unclear failures.\n` +
        [...byEdit].map(([name, t]) => `  ${name}: ${t.passed} passed, ${t.failed} failed clearly`).join('\n'),
    );
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
    expect(figures.tried).toBeGreaterThanOrEqual(1000);
    // The generator must exercise both outcomes, or the test proves nothing.
    expect(figures.passed).toBeGreaterThan(20);
    expect(figures.clearFailures).toBeGreaterThan(500);
  });
});
