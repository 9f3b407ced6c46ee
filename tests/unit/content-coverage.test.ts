/**
 * The published content covers its sources completely (issue 4): every
 * source is listed by and cited inline from the record, every organization,
 * place, person, document and theme is connected to the partnerships and
 * events the site is about, and every event reaches the generated timeline.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { referencesOf, type Graph } from '../../src/lib/graph.ts';
import type { AnyEntry } from '../../src/lib/model.ts';
import type { EntryInput } from '../../src/lib/integrity.ts';
import { analyzeMdx } from '../../src/lib/mdx.ts';
import { LANGS, type CollectionName } from '../../src/core/vocabulary.ts';
import { buildTimeline } from '../../src/lib/timeline/build-timeline.ts';
import { loadGraph } from './helpers.ts';

const CONTENT = 'src/content';
let graph: Graph;
let inputs: EntryInput[];

beforeAll(async () => {
  graph = await loadGraph(CONTENT);
  inputs = (await loadContentTree(CONTENT)).entries;
});

/** Ids of the entries of `collection` that the facts of `from` reference. */
const referencedFrom = (from: CollectionName[], collection: CollectionName): Set<string> =>
  new Set(
    from
      .flatMap((c) => graph.list(c))
      .flatMap((entry) => referencesOf(entry))
      .filter(({ ref }) => ref.collection === collection)
      .map(({ ref }) => ref.id),
  );

describe('sources', () => {
  test('the record has the five seed texts', () => {
    expect(graph.list('sources')).toHaveLength(5);
  });

  test('every source is listed by at least one partnership or event', () => {
    const listed = referencedFrom(['partnerships', 'events'], 'sources');
    const unlisted = graph
      .list('sources')
      .map((s) => s.id)
      .filter((id) => !listed.has(id));
    expect(unlisted).toEqual([]);
  });

  test.each(LANGS)('every source is cited inline with <Cite> in the %s prose', async (lang) => {
    const cited = new Set<string>();
    for (const entry of inputs) {
      const prose = entry.prose[lang];
      if (prose) for (const id of (await analyzeMdx(prose.body)).citations) cited.add(id);
    }
    const uncited = graph
      .list('sources')
      .map((s) => s.id)
      .filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  test('every partnership and event lists at least one source', () => {
    const unsourced = [...graph.list('partnerships'), ...graph.list('events')]
      .filter((e) => e.facts.sources.length === 0)
      .map((e) => `${e.collection}/${e.id}`);
    expect(unsourced).toEqual([]);
  });
});

/**
 * Ids of every entry reachable from partnerships and events by following
 * references: what they cite directly, then what those entries reference
 * (a document's issuer, a place's parent, a person's organization…).
 */
function reachableFromRecord(): Set<string> {
  const key = (collection: string, id: string) => `${collection}/${id}`;
  const seen = new Set<string>();
  const queue: AnyEntry[] = [...graph.list('partnerships'), ...graph.list('events')];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    for (const { ref } of referencesOf(entry)) {
      if (seen.has(key(ref.collection, ref.id))) continue;
      seen.add(key(ref.collection, ref.id));
      queue.push(graph.resolve(ref));
    }
  }
  return seen;
}

describe('what partnerships and events connect', () => {
  test.each(['people', 'documents', 'themes'] as const)(
    'every entry of %s is referenced directly by a partnership or an event',
    (collection) => {
      const linked = referencedFrom(['partnerships', 'events'], collection);
      const orphans = graph
        .list(collection)
        .map((e) => e.id)
        .filter((id) => !linked.has(id));
      expect(orphans).toEqual([]);
    },
  );

  // Organizations and places are referenced directly, except the bodies that
  // only issue a cited document (the Politburo, the Government) and the
  // country at the top of the place hierarchy: those are reached through the
  // document's issuer and the places' parents.
  test.each(['organizations', 'places', 'people', 'documents', 'themes'] as const)(
    'every entry of %s is connected to a partnership or an event',
    (collection) => {
      const reachable = reachableFromRecord();
      const orphans = graph
        .list(collection)
        .map((e) => e.id)
        .filter((id) => !reachable.has(`${collection}/${id}`));
      expect(orphans).toEqual([]);
    },
  );

  test('only issuers and the country are connected indirectly', () => {
    const direct = new Set(
      (['organizations', 'places'] as const).flatMap((c) =>
        [...referencedFrom(['partnerships', 'events'], c)].map((id) => `${c}/${id}`),
      ),
    );
    const indirect = [...graph.list('organizations'), ...graph.list('places')]
      .map((e) => `${e.collection}/${e.id}`)
      .filter((id) => !direct.has(id));
    const issuers = new Set(
      graph.list('documents').flatMap((d) => (d.facts.issuer ? [`organizations/${d.facts.issuer.id}`] : [])),
    );
    const countries = new Set(
      graph
        .list('places')
        .filter((p) => p.facts.level === 'country')
        .map((p) => `places/${p.id}`),
    );
    expect(indirect.filter((id) => !issuers.has(id) && !countries.has(id))).toEqual([]);
  });
});

describe('timeline data', () => {
  test.each(LANGS)('every event and partnership is in the %s timeline data, dated or undated', (lang) => {
    const data = buildTimeline(graph, lang);
    const onTimeline = new Set([...data.items, ...data.undated].map((item) => item.id));
    const missing = [...graph.list('events'), ...graph.list('partnerships')]
      .map((e) => `${e.collection}/${e.id}`)
      .filter((id) => !onTimeline.has(id));
    expect(missing).toEqual([]);
    expect(graph.list('events').length).toBeGreaterThan(0);
  });
});
