import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { buildEntryView, eventsOf } from '../../src/lib/entry-view.ts';
import { missingLangs, proseOf, referencesOf, titleOf, type Graph } from '../../src/lib/graph.ts';
import { eventsByYear, partnershipsByLocality, partnershipsByPartner, placeTree } from '../../src/lib/indexes.ts';
import { partnershipMatrix } from '../../src/lib/matrix.ts';
import { translationIssues } from '../../src/lib/translations.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

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
  test('referencesOf returns nested references such as figure sources', () => {
    const partnership = graph.get('partnerships', 'hop-tac-a')!;
    expect(referencesOf(partnership).filter((r) => r.field === 'figures')).toEqual([
      { ref: { collection: 'sources', id: 'nguon-a' }, field: 'figures' },
    ]);
  });
});

describe('proseOf / missingLangs', () => {
  test('returns the other language, flagged, when a translation is missing', () => {
    const event = graph.get('events', 'su-kien-b')!;
    expect(missingLangs(event)).toEqual(['en']);
    expect(proseOf(event, 'en')).toMatchObject({ lang: 'vi', fallback: true });
    expect(titleOf(event, 'en')).toBe('Giải thưởng thử chưa rõ ngày');
  });
});

describe('buildEntryView', () => {
  test('returns facts, numbered notes and figures for a partnership', () => {
    const view = buildEntryView(graph, graph.get('partnerships', 'hop-tac-a')!, 'en');
    expect(view.kicker).toBe('Partnership · Memorandum of understanding');
    expect(view.facts.map((f) => f.label)).toEqual([
      'Type',
      'Period',
      'Status',
      'Technology partners',
      'Local counterparts',
      'Localities',
      'Themes',
      'People',
      'Documents',
    ]);
    expect(view.notes).toEqual([
      { n: 1, link: expect.objectContaining({ href: '/en/sources/nguon-a/' }), detail: 'Báo Thử, 2 May 2022' },
    ]);
    expect(view.figures).toEqual([
      { value: '1,920', label: 'members', asOf: expect.objectContaining({ text: '2022' }), note: 1 },
    ]);
    expect(view.events.map((e) => e.id)).toEqual(['su-kien-a']);
  });
  test('returns the date with its precision for an event', () => {
    const view = buildEntryView(graph, graph.get('events', 'su-kien-a')!, 'vi');
    expect(view.time).toMatchObject({ text: 'cuối tháng 4 năm 2022', datetime: '2022-04', precision: 'part' });
    expect(view.facts.find((f) => f.label === 'Độ chính xác')?.text).toBe('một phần của tháng');
  });
});

describe('eventsOf', () => {
  test('returns events of a place and of the places within it', () => {
    expect(eventsOf(graph, graph.get('places', 'viet-nam')!).map((e) => e.id)).toEqual(['su-kien-a', 'su-kien-b']);
  });
});

describe('index groupings', () => {
  test('returns partnerships by top-level locality and by company', () => {
    expect(partnershipsByLocality(graph, 'vi').map((g) => [g.key, g.items.length])).toEqual([['tinh-a', 1]]);
    expect(partnershipsByPartner(graph, 'vi').map((g) => g.key)).toEqual(['cong-ty-a']);
  });
  test('returns events by year with the undated last', () => {
    expect(eventsByYear(graph, 'en').map((g) => g.heading)).toEqual(['2022', 'Date not stated in the sources']);
  });
  test('returns places as a tree', () => {
    const tree = placeTree(graph, 'vi');
    expect(tree.map((n) => [n.entry.id, n.children.map((c) => c.entry.id)])).toEqual([['viet-nam', ['tinh-a']]]);
  });
  test('builds the matrix in time linear in the partnerships, not per cell', async () => {
    // Reference lookups made for the matrix of a small and a 4× larger synthetic record.
    const lookups = async (size: number) => {
      const root = mkdtempSync(join(tmpdir(), 'vdp-matrix-'));
      writeSyntheticContent(root, size, 7);
      const big = await loadGraph(root);
      let calls = 0;
      const counting: Graph = Object.assign(Object.create(big) as Graph, {
        resolve: ((ref) => {
          calls += 1;
          return big.resolve(ref);
        }) as Graph['resolve'],
      });
      partnershipMatrix(counting, 'vi');
      return calls;
    };
    const [small, large] = [await lookups(100), await lookups(400)];
    expect(small).toBeGreaterThan(0);
    // Linear: about 4×. One pass per cell, as before, made it 16×.
    expect(large / small).toBeLessThan(6);
  }, 60_000);
  test('returns the partner × locality matrix with themes', () => {
    const matrix = partnershipMatrix(graph, 'en');
    expect(matrix.columns.map((c) => c.text)).toEqual(['Test Company']);
    expect(matrix.rows[0]?.cells[0]?.themes.map((t) => t.text)).toEqual(['Test theme']);
  });
});

describe('translationIssues', () => {
  test('returns missing translations, and outdated ones when the Vietnamese file is newer', async () => {
    expect(translationIssues(graph).map((i) => `${i.entry.id}:${i.lang}:${i.status}`)).toEqual([
      'su-kien-b:en:missing',
    ]);
    const times = new Map([
      [`${VALID_FIXTURE}/events/su-kien-a/vi.mdx`, '2024-05-02T00:00:00.000Z'],
      [`${VALID_FIXTURE}/events/su-kien-a/en.mdx`, '2024-05-01T00:00:00.000Z'],
    ]);
    const dated = await loadGraph(VALID_FIXTURE, { updated: times, added: new Map() });
    expect(translationIssues(dated).map((i) => `${i.entry.id}:${i.lang}:${i.status}`)).toContain(
      'su-kien-a:en:outdated',
    );
  });
});
