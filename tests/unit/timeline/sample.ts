/** A small record for the timeline's tests: places, organisations, dated, open and undated entries. */
import { buildGraph } from '../../../src/lib/graph.ts';
import type { AnyEntry, ProseMeta } from '../../../src/lib/model.ts';
import type { CollectionName } from '../../../src/core/vocabulary.ts';

export const prose = (title: string, key: string): ProseMeta => ({
  title,
  shortTitle: title,
  summary: `${title}.`,
  citations: [],
  quotes: [],
  key,
  updated: null,
});

/** An entry with prose in both languages (or only Vietnamese). */
export function entry(
  collection: CollectionName,
  id: string,
  facts: object,
  langs: ('vi' | 'en')[] = ['vi', 'en'],
): AnyEntry {
  const texts = Object.fromEntries(langs.map((l) => [l, prose(`${id} ${l}`, `${collection}/${id}/${l}`)]));
  return { collection, id, facts, prose: texts, updated: null, added: null } as AnyEntry;
}

export const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
export const refs = <C extends CollectionName>(collection: C, ...ids: string[]) => ids.map((id) => ref(collection, id));

export const event = (id: string, date: string, extra: object = {}) =>
  entry('events', id, {
    kind: 'signing',
    date,
    organizations: [],
    places: refs('places', 'huyen'),
    people: [],
    documents: [],
    themes: [],
    figures: [],
    sources: refs('sources', 'bao-2023'),
    ...extra,
  });

export const partnership = (id: string, period: string, extra: object = {}) =>
  entry('partnerships', id, {
    kind: 'memorandum',
    partners: refs('organizations', 'chi-nhanh'),
    counterparts: refs('organizations', 'ubnd'),
    localities: refs('places', 'huyen'),
    period,
    status: 'signed',
    themes: refs('themes', 'chu-de'),
    people: [],
    documents: [],
    figures: [],
    sources: refs('sources', 'bao-2020'),
    ...extra,
  });

export function sampleGraph() {
  return buildGraph([
    entry('places', 'viet-nam', { level: 'country', figures: [], sources: [] }),
    entry('places', 'tinh', { level: 'province', parent: ref('places', 'viet-nam'), figures: [], sources: [] }),
    entry('places', 'huyen', { level: 'district', parent: ref('places', 'tinh'), figures: [], sources: [] }),
    entry('places', 'thanh-pho', { level: 'city', parent: ref('places', 'viet-nam'), figures: [], sources: [] }),
    entry('organizations', 'cong-ty', { kind: 'company', places: [], sources: [] }),
    entry('organizations', 'chi-nhanh', {
      kind: 'branch',
      parent: ref('organizations', 'cong-ty'),
      places: [],
      sources: [],
    }),
    entry('organizations', 'ubnd', { kind: 'government', places: [], sources: [] }),
    entry('themes', 'chu-de', { order: 1 }),
    entry('sources', 'bao-2020', { published: '2020-10-08', language: 'vi', archiveFile: 'a.txt' }),
    entry('sources', 'bao-2023', { published: '2023?', language: 'vi', archiveFile: 'b.txt' }),
    entry('sources', 'bao-khong-ngay', { published: 'unknown', language: 'vi', archiveFile: 'c.txt' }),
    partnership('hop-tac-ky', '2021/2025'),
    partnership('hop-tac-mo', '2020-10-05/..', { sources: refs('sources', 'bao-2020', 'bao-khong-ngay') }),
    partnership('hop-tac-khong-ro', 'unknown'),
    event('ngay', '2020-10-05', { partnership: ref('partnerships', 'hop-tac-mo') }),
    event('cuoi-thang', '2022-04', { datePart: 'late', organizations: refs('organizations', 'chi-nhanh') }),
    event('thang', '2022-06'),
    event('nam', '2021', { places: refs('places', 'thanh-pho') }),
    event('nam-suy-ra', '2019?-07-31'),
    event('khong-ngay', 'unknown'),
  ]);
}
