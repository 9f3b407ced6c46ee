/**
 * The timeline and the search page offer the same "partner" and "locality"
 * choices for every entry of the real record, so a filter selects the same
 * entries in both places.
 */
import { describe, expect, test } from 'vitest';
import { CONTENT_DIR } from '../../src/core/config.ts';
import { LANGS } from '../../src/core/vocabulary.ts';
import { shortTitleOf } from '../../src/lib/graph.ts';
import { searchFacets } from '../../src/lib/search.ts';
import { buildTimeline } from '../../src/lib/timeline/build-timeline.ts';
import { loadGraph } from './helpers.ts';

const graph = await loadGraph(CONTENT_DIR);

describe.each(LANGS)('timeline and search facets (%s)', (lang) => {
  const timeline = buildTimeline(graph, lang);
  const items = [...timeline.items, ...timeline.undated];
  /** Names of the entries behind lane and filter keys; the "none" lane names no entry. */
  const named = (collection: 'organizations' | 'places', ids: string[]) =>
    ids
      .flatMap((id) => {
        const entry = graph.get(collection, id);
        return entry ? [shortTitleOf(entry, lang)] : [];
      })
      .sort();

  test('cover every partnership and event', () => {
    expect(items.length).toBe(graph.list('partnerships').length + graph.list('events').length);
  });

  test.each(items.map((item) => [item.id, item] as const))('agree for %s', (id, item) => {
    const [collection, entryId] = id.split('/') as ['events' | 'partnerships', string];
    const filters = searchFacets(graph, graph.get(collection, entryId)!, lang).filters;
    const search = (name: string) =>
      filters
        .filter((f) => f.name === name)
        .map((f) => f.value)
        .sort();
    expect(named('organizations', item.facets.partner), 'partner').toEqual(search('partner'));
    expect(named('places', item.groups.locality), 'locality').toEqual(search('locality'));
  });
});
