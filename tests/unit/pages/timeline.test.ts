import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { timelinePage } from '../../../src/lib/pages/timeline.ts';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { fixtureGraph } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

describe('timelinePage', () => {
  test('carries the timeline data island unchanged, the status line and nested place choices', () => {
    const data = timelinePage(graph, { kind: 'page', lang: 'en', page: 'timeline' }, 'https://example.org');
    expect(data.timeline).toEqual(buildTimeline(graph, 'en'));
    expect(data.timeline.items.map((i) => i.id)).toEqual(['partnerships/hop-tac-a', 'events/su-kien-a']);
    expect(data.status).toMatch(/2 of 2.*1/);
    expect(data.choices.theme).toEqual([{ id: 'chu-de-a', label: expect.any(String), children: [] }]);
    expect(data.choices.partner.map((c) => c.id)).toEqual(['cong-ty-a']);
    // Provinces head their groups; every place option appears once.
    const places = data.choices.place.flatMap((c) => [c.id, ...c.children.map((child) => child.id)]);
    expect(new Set(places).size).toBe(places.length);
    expect(places.sort()).toEqual(data.timeline.facets.place.map((o) => o.id).sort());
  });

  test('offers the <iframe> code of the embeddable timeline, with a slot for the view', () => {
    const data = timelinePage(graph, { kind: 'page', lang: 'vi', page: 'timeline' }, 'https://example.org');
    expect(data.embed.path).toBe('/vi/nhung/dong-thoi-gian/');
    expect(data.embed.template).toBe(
      '<iframe src="https://example.org/vi/nhung/dong-thoi-gian/{query}" title="Dòng thời gian các chương trình hợp tác và sự kiện — Hợp tác chuyển đổi số" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});
