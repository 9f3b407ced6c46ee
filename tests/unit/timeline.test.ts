import { describe, expect, test } from 'vitest';
import {
  DEFAULT_GROUPING,
  lanesOf,
  matches,
  parseViewState,
  serializeViewState,
  windowOf,
} from '../../src/components/timeline/view-state.ts';
import { drawables, unitFor } from '../../src/components/timeline/windowing.ts';
import { parseWhen } from '../../src/core/dates.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import type { AnyEntry, ProseMeta } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';
import {
  buildTimeline,
  entryTimeline,
  itemClassName,
  layoutMini,
  legendKeysOf,
  NO_GROUP,
  spanOf,
  timelineContext,
  type TimelineItem,
} from '../../src/lib/timeline.ts';

const prose = (title: string, key: string): ProseMeta => ({
  title,
  shortTitle: title,
  summary: `${title}.`,
  citations: [],
  quotes: [],
  key,
  updated: null,
});

/** An entry with prose in both languages (or only Vietnamese). */
function entry(collection: CollectionName, id: string, facts: object, langs: ('vi' | 'en')[] = ['vi', 'en']): AnyEntry {
  const texts = Object.fromEntries(langs.map((l) => [l, prose(`${id} ${l}`, `${collection}/${id}/${l}`)]));
  return { collection, id, facts, prose: texts, updated: null, added: null } as AnyEntry;
}

const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
const refs = <C extends CollectionName>(collection: C, ...ids: string[]) => ids.map((id) => ref(collection, id));

const event = (id: string, date: string, extra: object = {}) =>
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

const partnership = (id: string, period: string, extra: object = {}) =>
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

function sampleGraph() {
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

describe('spanOf', () => {
  test('returns a single day for a day-precise date', () => {
    const span = spanOf(parseWhen('2020-10-05'));
    expect(span).toMatchObject({ precision: 'day', openEnd: false, uncertain: false });
    expect(new Date(span!.start).toISOString()).toBe('2020-10-05T00:00:00.000Z');
    expect(new Date(span!.end).toISOString()).toBe('2020-10-06T00:00:00.000Z');
  });
  test('returns days 21 to the end of the month for "late"', () => {
    const span = spanOf(parseWhen('2022-04', 'late'))!;
    expect(span.precision).toBe('part');
    expect(new Date(span.start).toISOString().slice(0, 10)).toBe('2022-04-21');
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2022-05-01');
  });
  test('returns the whole month or year for month- and year-precise dates', () => {
    expect(new Date(spanOf(parseWhen('2022-06'))!.end).toISOString().slice(0, 10)).toBe('2022-07-01');
    const year = spanOf(parseWhen('2021'))!;
    expect([year.precision, new Date(year.start).toISOString().slice(0, 10)]).toEqual(['year', '2021-01-01']);
    expect(new Date(year.end).toISOString().slice(0, 10)).toBe('2022-01-01');
  });
  test('returns an uncertain span for an inferred year', () => {
    expect(spanOf(parseWhen('2019?-07-31'))).toMatchObject({ precision: 'day', uncertain: true });
  });
  test('returns a period with the coarser precision of its bounds', () => {
    const span = spanOf(parseWhen('2021-03/2025'))!;
    expect(span.precision).toBe('year');
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2026-01-01');
  });
  test('returns an open end drawn to the latest later report, never further', () => {
    const evidence = [parseWhen('2020-10-08'), parseWhen('2019'), parseWhen('2023?')];
    const span = spanOf(parseWhen('2020-10-05/..'), evidence)!;
    expect(span.openEnd).toBe(true);
    // "2023?" attests the partnership from 1 January 2023 at the latest: the range stops there.
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(span.reported?.edtf).toBe('2023?');
  });
  test('returns only the start date for an open end with no later report', () => {
    const span = spanOf(parseWhen('2020-10-05/..'), [parseWhen('2020-10-05')])!;
    expect([span.openEnd, span.reported]).toEqual([true, null]);
    expect(span.end - span.start).toBe(86_400_000);
  });
  test('returns null for an unknown date', () => {
    expect(spanOf(parseWhen('unknown'))).toBeNull();
  });
});

describe('itemClassName', () => {
  test('returns collection, precision and qualifier classes', () => {
    const span = spanOf(parseWhen('2019?-07-31/..'))!;
    expect(itemClassName('partnerships', span)).toBe(
      'vdp-item vdp-partnerships vdp-precision-day vdp-open-end vdp-uncertain',
    );
  });
});

describe('timelineContext', () => {
  test('is computed once per graph, not once per page', () => {
    const graph = sampleGraph();
    expect(timelineContext(graph)).toBe(timelineContext(graph));
    expect(timelineContext(sampleGraph())).not.toBe(timelineContext(graph));
  });
  test('finds partnerships by the place of their localities and every place above it, except the country', () => {
    const ctx = timelineContext(sampleGraph());
    const ids = (place: string) => ctx.partnershipsIn(place).map((p) => p.id);
    expect(ids('huyen').length).toBeGreaterThan(0);
    expect(ids('tinh')).toEqual(ids('huyen'));
    expect(ids('viet-nam')).toEqual([]);
  });
});

describe('buildTimeline', () => {
  const graph = sampleGraph();
  const en = buildTimeline(graph, 'en');
  const vi = buildTimeline(graph, 'vi');
  const item = (id: string) => en.items.find((i) => i.id === id) as TimelineItem;

  test('returns every dated event and partnership once, and the undated ones apart', () => {
    expect(en.items.map((i) => i.id).sort()).toEqual(
      [
        'events/cuoi-thang',
        'events/nam',
        'events/nam-suy-ra',
        'events/ngay',
        'events/thang',
        'partnerships/hop-tac-ky',
        'partnerships/hop-tac-mo',
      ].sort(),
    );
    expect(en.undated.map((i) => i.id).sort()).toEqual(['events/khong-ngay', 'partnerships/hop-tac-khong-ro']);
    expect(en.undated[0]?.when).toBe('date not stated in the source');
  });
  test('returns items in chronological order', () => {
    const starts = en.items.map((i) => i.start);
    expect(starts).toEqual([...starts].sort());
    expect(en.items[0]?.id).toBe('events/nam-suy-ra');
  });
  test('returns a point only for a day-precise event', () => {
    expect(item('events/ngay')).toMatchObject({ type: 'point', end: null, className: expect.stringContaining('day') });
    expect(item('events/cuoi-thang')).toMatchObject({
      type: 'range',
      start: '2022-04-21T00:00:00.000Z',
      end: '2022-05-01T00:00:00.000Z',
      precision: 'part',
    });
    expect(item('partnerships/hop-tac-ky').type).toBe('range');
  });
  test('returns the precision in words in both languages', () => {
    expect(item('events/cuoi-thang').when).toBe('late April 2022');
    expect(vi.items.find((i) => i.id === 'events/cuoi-thang')?.when).toBe('cuối tháng 4/2022');
    expect(vi.items.find((i) => i.id === 'events/nam')?.when).toBe('2021 — ngày không rõ');
    expect(item('events/nam-suy-ra').when).toBe('31 July 2019 (year inferred)');
    expect(item('events/nam-suy-ra').className).toContain('vdp-uncertain');
  });
  test('returns an open end that says so and names the last report', () => {
    const open = item('partnerships/hop-tac-mo');
    expect(open.openEnd).toBe(true);
    expect(open.when).toBe('from 5 October 2020, end not stated');
    expect(open.tooltip.split('\n')).toEqual([
      'hop-tac-mo en',
      'from 5 October 2020, end not stated; last reported 8 October 2020',
      'Partnership · Memorandum of understanding',
    ]);
    expect(open.end).toBe('2020-10-08T00:00:00.000Z');
  });
  test('returns lanes by province-level locality and by partner company', () => {
    expect(item('partnerships/hop-tac-ky').groups).toEqual({ locality: ['tinh'], partner: ['cong-ty'] });
    expect(item('events/cuoi-thang').groups.partner).toEqual(['cong-ty']);
    expect(item('events/thang').groups.partner).toEqual([NO_GROUP]);
    expect(en.groups.partner.map((g) => g.id)).toEqual(['cong-ty', NO_GROUP]);
    expect(en.groups.locality.map((g) => g.id)).toEqual(['thanh-pho', 'tinh']);
  });
  test('returns filter keys with parent places and partnership themes', () => {
    expect(item('events/ngay').facets).toEqual({ theme: ['chu-de'], partner: ['cong-ty'], place: ['huyen', 'tinh'] });
    expect(en.facets.place).toEqual([
      { id: 'thanh-pho', label: 'thanh-pho en', parent: null },
      { id: 'tinh', label: 'tinh en', parent: null },
      { id: 'huyen', label: 'huyen en', parent: 'tinh' },
    ]);
  });
  test('returns the extent of the dated items', () => {
    expect(en.extent).toEqual({ start: '2019-07-31T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z' });
  });
  test('returns the other language, flagged, when an entry lacks a translation', () => {
    const g = buildGraph([
      ...sampleGraph().all(),
      { ...event('chi-vi', '2022-01-02'), prose: { vi: prose('Chỉ vi', 'k') } },
    ]);
    const only = buildTimeline(g, 'en').items.find((i) => i.id === 'events/chi-vi');
    expect(only).toMatchObject({ label: 'Chỉ vi', labelLang: 'vi' });
  });
});

describe('entryTimeline', () => {
  const graph = sampleGraph();
  const events = graph.list('events').filter((e) => e.id === 'ngay' || e.id === 'khong-ngay');
  test('returns the events alone without the graph', () => {
    const { items, undated } = entryTimeline('en', events);
    expect(items.map((i) => i.id)).toEqual(['events/ngay']);
    expect(undated.map((i) => i.id)).toEqual(['events/khong-ngay']);
  });
  test('returns the partnership itself with its events on its own page', () => {
    const own = graph.get('partnerships', 'hop-tac-mo')!;
    const { items } = entryTimeline('en', events, graph, own);
    expect(items.map((i) => i.id)).toEqual(['events/ngay', 'partnerships/hop-tac-mo']);
  });
  test('returns partnerships within a place on its page', () => {
    const { items } = entryTimeline('en', [], graph, graph.get('places', 'tinh')!);
    expect(items.map((i) => i.id).sort()).toEqual(['partnerships/hop-tac-ky', 'partnerships/hop-tac-mo']);
  });
});

describe('legendKeysOf', () => {
  test('returns the legend entries the items need, in legend order', () => {
    const { items } = buildTimeline(sampleGraph(), 'en');
    expect(legendKeysOf(items)).toEqual(['day', 'part', 'month', 'year', 'period', 'open', 'uncertain']);
    expect(legendKeysOf(items.filter((i) => i.id === 'events/ngay'))).toEqual(['day']);
  });
});

describe('layoutMini', () => {
  const { items } = buildTimeline(sampleGraph(), 'en');
  const mini = layoutMini(items);
  test('returns marks within the strip, partnerships in the top lanes', () => {
    for (const mark of mini.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(100);
    }
    const top = Math.max(...mini.marks.filter((m) => m.item.collection === 'partnerships').map((m) => m.lane));
    const events = mini.marks.filter((m) => m.item.collection === 'events').map((m) => m.lane);
    expect(Math.min(...events)).toBeGreaterThan(top);
  });
  test('returns lanes in which marks do not overlap', () => {
    for (const a of mini.marks) {
      for (const b of mini.marks) {
        if (a === b || a.lane !== b.lane) continue;
        const overlap = a.x < b.x + Math.max(b.width, 1) && b.x < a.x + Math.max(a.width, 1);
        expect(overlap, `${a.item.id} / ${b.item.id}`).toBe(false);
      }
    }
  });
  test('returns year ticks within the strip, every other year over seven years', () => {
    expect(mini.ticks.map((t) => t.label)).toEqual(['2020', '2022', '2024', '2026']);
    expect(mini.ticks.every((t) => t.x > 0 && t.x < 100)).toBe(true);
  });
  test('returns an empty strip for no items', () => {
    expect(layoutMini([])).toEqual({ marks: [], lanes: 0, ticks: [] });
  });
});

describe('parseViewState / serializeViewState', () => {
  test('returns the default view for an empty or malformed query', () => {
    expect(parseViewState('')).toEqual({
      group: DEFAULT_GROUPING,
      filters: { theme: null, partner: null, place: null },
      window: null,
    });
    expect(parseViewState('?group=nope&theme=%3Cscript%3E&from=2022-13&to=x').group).toBe(DEFAULT_GROUPING);
    expect(parseViewState('?from=2023-01-01&to=2022-01-01').window).toBeNull();
  });
  test('returns a query that parses back to the same view', () => {
    const query = '?group=locality&theme=ky-nang-so&place=da-nang&from=2020-01-01&to=2023-06-30';
    expect(serializeViewState(parseViewState(query))).toBe(query);
  });
  test('returns no parameters for the default view', () => {
    expect(serializeViewState(parseViewState('?group=partner'))).toBe('');
  });
});

describe('matches', () => {
  const facets = { theme: ['a', 'b'], partner: ['vnpt'], place: ['hoa-vang', 'da-nang'] };
  test('returns whether an item passes every active filter', () => {
    expect(matches({ facets }, { theme: null, partner: null, place: null })).toBe(true);
    expect(matches({ facets }, { theme: 'b', partner: 'vnpt', place: 'da-nang' })).toBe(true);
    expect(matches({ facets }, { theme: 'b', partner: 'fpt', place: null })).toBe(false);
  });
});

describe('windowOf', () => {
  test('returns the days a window covers, keeping the last one', () => {
    expect(windowOf(new Date('2020-01-01T10:00:00Z'), new Date('2020-03-05T13:00:00Z'))).toEqual({
      from: '2020-01-01',
      to: '2020-03-06',
    });
    expect(windowOf(new Date('2020-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'))).toEqual({
      from: '2020-01-01',
      to: '2021-01-01',
    });
  });
});

describe('lanesOf', () => {
  test('returns one lane per group key, or the single lane', () => {
    const groups = { locality: ['a', 'b'], partner: ['x'] };
    expect(lanesOf({ groups }, 'locality')).toEqual(['a', 'b']);
    expect(lanesOf({ groups }, 'none')).toEqual([null]);
  });
});

describe('drawables', () => {
  const { items } = buildTimeline(sampleGraph(), 'en');
  const all = { start: Date.parse('2019-01-01'), end: Date.parse('2026-01-01') };
  test('returns every item in its lanes when they are few', () => {
    const { real, clusters } = drawables(items, 'none', all);
    expect(real.map((p) => p.item.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(clusters).toEqual([]);
  });
  test('returns only items around the visible window', () => {
    const { real } = drawables(items, 'none', { start: Date.parse('2022-04-01'), end: Date.parse('2022-05-01') });
    expect(real.map((p) => p.item.id).sort()).toEqual(['events/cuoi-thang', 'partnerships/hop-tac-ky']);
  });
  const counted = (result: ReturnType<typeof drawables>) =>
    result.real.length + result.clusters.reduce((n, c) => n + c.count, 0);
  test('returns partnerships drawn and events clustered above the limit, counting every item once', () => {
    const result = drawables(items, 'none', all, 4);
    expect(result.real.filter((p) => p.item.collection === 'partnerships')).toHaveLength(2);
    expect(result.clusters.length).toBeGreaterThan(0);
    expect(counted(result)).toBe(items.length);
    for (const c of result.clusters) expect(c.count).toBeGreaterThan(1);
  });
  test('returns partnerships clustered too when they alone are too many', () => {
    const result = drawables(items, 'none', all, 3);
    expect(result.real.filter((p) => p.item.collection === 'partnerships')).toHaveLength(0);
    expect(counted(result)).toBe(items.length);
  });
  test('returns clusters per lane', () => {
    const many = Array.from({ length: 10 }, (_, k) => ({
      ...(items.find((i) => i.id === 'events/ngay') as TimelineItem),
      id: `events/x${k}`,
      groups: { locality: [k % 2 ? 'a' : 'b'], partner: [NO_GROUP] },
    }));
    const { real, clusters } = drawables(many, 'locality', all, 4);
    expect(real).toEqual([]);
    expect(clusters.map((c) => [c.lane, c.count]).sort()).toEqual([
      ['a', 5],
      ['b', 5],
    ]);
  });
});

describe('unitFor', () => {
  test('returns the smallest calendar stretch that cuts a span into few enough pieces', () => {
    const day = 86_400_000;
    expect(unitFor(30 * day, 60).approx).toBe(day);
    expect(unitFor(3 * 365 * day, 60).approx).toBeCloseTo(30.44 * day, -3);
    expect(unitFor(40 * 365 * day, 60).approx).toBeCloseTo(365.25 * day, -3);
  });
});
