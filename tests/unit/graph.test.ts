import { beforeAll, describe, expect, test } from 'vitest';
import { missingLangs, proseOf, referencesOf, shortTitleOf, titleOf, whenOf, type Graph } from '../../src/lib/graph.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleRecord } from './sample-record.ts';

const sample = sampleRecord();
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});

describe('buildGraph', () => {
  test('returns entries per collection and resolves references', () => {
    expect(graph.list('events').map((e) => e.id)).toEqual(['su-kien-a', 'su-kien-b']);
    const event = graph.get('events', 'su-kien-a');
    expect(event && graph.resolve(event.facts.organizations[0]!).id).toBe('cong-ty-a');
  });
  test('returns backlinks with the field that makes them', () => {
    const company = graph.get('organizations', 'cong-ty-a')!;
    const links = graph.backlinks(company).map((b) => `${b.from.collection}/${b.from.id}:${b.field}`);
    expect(links).toEqual(['partnerships/hop-tac-a:partners', 'events/su-kien-a:organizations']);
  });
  test('returns dated entries by date (the undated last), themes by their order and the rest by Vietnamese title', () => {
    expect(ids(sample.list('events'))).toEqual(['ky-ket', 'dao-tao', 'chua-ro-ngay']);
    expect(ids(sample.list('themes'))).toEqual(['chinh-quyen-so', 'ky-nang-so']);
    expect(ids(sample.list('places'))).toEqual(['hoa-vang', 'da-nang', 'hue', 'viet-nam', 'hoa-bac']);
  });
  test('returns a backlink for each field that references the entry, with the field named', () => {
    const source = sample.get('sources', 'nguon-hai')!;
    expect(sample.backlinks(source).map((b) => `${b.from.id}:${b.field}`)).toEqual([
      'nguoi:roles',
      'dao-tao:sources',
      'dao-tao:figures',
    ]);
  });
  test('returns every entry once from all(), collection by collection', () => {
    const all = sample.all();
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((e) => e.collection === 'events')).toEqual(sample.list('events'));
    expect(all.at(0)?.collection).toBe('partnerships');
  });
  test('throws on resolving a reference to an entry it does not hold, and get returns undefined', () => {
    expect(() => sample.resolve({ collection: 'places', id: 'ha-noi' })).toThrow('Unknown reference places/ha-noi');
    expect(sample.get('places', 'ha-noi')).toBeUndefined();
  });
});

describe('referencesOf', () => {
  test('returns nested references such as figure sources', () => {
    const partnership = graph.get('partnerships', 'hop-tac-a')!;
    expect(referencesOf(partnership).filter((r) => r.field === 'figures')).toEqual([
      { ref: { collection: 'sources', id: 'nguon-a' }, field: 'figures' },
    ]);
  });
});

describe('whenOf', () => {
  test('returns an event’s date with its part, a partnership’s period and a source’s publication date', () => {
    expect(whenOf(sample.get('events', 'ky-ket')!)).toMatchObject({ edtf: '2022-04', part: 'late' });
    expect(whenOf(sample.get('partnerships', 'hoa-vang-vnpt')!)).toMatchObject({ kind: 'interval' });
    expect(whenOf(sample.get('sources', 'nguon')!)).toMatchObject({ edtf: '2023-02-20', precision: 'day' });
  });
  test('returns null for entries that have no date of their own', () => {
    expect(whenOf(sample.get('places', 'hue')!)).toBeNull();
    expect(whenOf(sample.get('people', 'nguoi')!)).toBeNull();
  });
});

describe('shortTitleOf', () => {
  test('returns the short title in the language', () => {
    expect(shortTitleOf(sample.get('places', 'da-nang')!, 'en')).toBe('Đà Nẵng');
    expect(titleOf(sample.get('places', 'da-nang')!, 'en')).toBe('Đà Nẵng City');
  });
});

describe('proseOf / missingLangs', () => {
  test('returns the other language, flagged, when a translation is missing', () => {
    const event = graph.get('events', 'su-kien-b')!;
    expect(missingLangs(event)).toEqual(['en']);
    expect(proseOf(event, 'en')).toMatchObject({ lang: 'vi', fallback: true });
    expect(titleOf(event, 'en')).toBe('Giải thưởng thử chưa rõ ngày');
  });
  test('returns the entry’s own prose, unflagged, and no missing language when both exist', () => {
    const event = graph.get('events', 'su-kien-a')!;
    expect(missingLangs(event)).toEqual([]);
    expect(proseOf(event, 'en')).toMatchObject({ lang: 'en', fallback: false });
  });
  test('throws for an entry with no prose at all', () => {
    const bare = { ...graph.get('events', 'su-kien-a')!, prose: {} };
    expect(() => proseOf(bare, 'vi')).toThrow('events/su-kien-a has no prose');
  });
});
