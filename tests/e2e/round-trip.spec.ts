/**
 * Nothing lost between the editor's files and the reader: every value of
 * every facts.yaml is in dataset.json as written (the normalization is
 * documented in tests/unit/as-written.ts), every title and summary is
 * published unchanged, and every sentence of every prose file is on its
 * page as a reader's browser shows it. Walks the real content.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { COLLECTIONS, LANGS } from '../../src/core/vocabulary.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { parseStrictYaml, splitFrontmatter } from '../../src/lib/yaml.ts';
import { differencesFromWritten } from '../unit/as-written.ts';
import { CONTENT, contentIds, readDist } from './utils.ts';

interface DatasetEntry {
  id: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  facts: Record<string, unknown>;
}
const dataset = () => JSON.parse(readDist('data/dataset.json')) as { collections: Record<string, DatasetEntry[]> };

interface Node {
  type: string;
  name?: string;
  value?: string;
  children?: Node[];
}

/**
 * The runs of text a reader must find: text joined across emphasis and links,
 * split where a component (a citation mark) or a block boundary comes between.
 */
function textRuns(body: string): string[] {
  const runs: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) runs.push(current);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.type === 'text' || node.type === 'inlineCode') current += node.value ?? '';
    else if (node.type === 'break') current += ' ';
    else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      flush();
      (node.children ?? []).forEach(visit);
      flush();
    } else {
      const block = !['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type);
      if (block) flush();
      (node.children ?? []).forEach(visit);
      if (block) flush();
    }
  };
  visit(mdxToMdast(body) as unknown as Node);
  return runs;
}

/** Text as compared: smart punctuation folded back to what editors type, spaces collapsed. */
const comparable = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/–/g, '--')
    .replace(/—/g, '---')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

for (const collection of COLLECTIONS) {
  test(`${collection}: every facts.yaml value, title and summary is in dataset.json as written`, () => {
    const records = new Map(dataset().collections[collection]?.map((entry) => [entry.id, entry]));
    for (const id of contentIds(collection)) {
      const record = records.get(id);
      expect(record, `${collection}/${id} in the dataset`).toBeDefined();
      const written = parseStrictYaml(readFileSync(join(CONTENT, collection, id, 'facts.yaml'), 'utf8'));
      expect(differencesFromWritten(written, record?.facts), `${collection}/${id}/facts.yaml`).toEqual([]);
      for (const lang of LANGS) {
        const text = readFileSync(join(CONTENT, collection, id, `${lang}.mdx`), 'utf8');
        const front = parseStrictYaml(splitFrontmatter(text).frontmatter ?? '') as Record<string, string>;
        expect(record?.title[lang], `${collection}/${id}/${lang}.mdx title`).toBe(front['title']);
        expect(record?.summary[lang], `${collection}/${id}/${lang}.mdx summary`).toBe(front['summary']);
      }
    }
  });

  test(`${collection}: every sentence of every prose file is on its page`, async ({ page }) => {
    test.slow();
    for (const id of contentIds(collection)) {
      for (const lang of LANGS) {
        const text = readFileSync(join(CONTENT, collection, id, `${lang}.mdx`), 'utf8');
        const runs = textRuns(splitFrontmatter(text).body);
        await page.goto(entryPath(lang, collection, id), { waitUntil: 'domcontentloaded' });
        const shown = comparable(await page.locator('.prose').innerText());
        for (const run of runs) expect(shown, `${lang}/${collection}/${id}`).toContain(comparable(run));
      }
    }
  });
}
