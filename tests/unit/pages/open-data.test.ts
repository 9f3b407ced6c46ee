import { beforeAll, describe, expect, test } from 'vitest';
import { REPOSITORY_URL } from '../../../src/core/config.ts';
import type { Graph } from '../../../src/lib/graph.ts';
import { openDataPage } from '../../../src/lib/pages/open-data.ts';
import { fixtureGraph, SITE } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});

describe('openDataPage', () => {
  test('links every generated file, and the feed of the page language', () => {
    const data = openDataPage(graph, { kind: 'page', lang: 'en', page: 'openData' }, SITE);
    expect(data.dataset).toBe('/data/dataset.json');
    expect(data.csv).toHaveLength(8);
    expect(data.csv[0]).toEqual({ collection: 'partnerships', href: '/data/partnerships.csv' });
    expect(data.calendars.map((c) => c.href)).toEqual(['/data/events.vi.ics', '/data/events.en.ics']);
    expect(data.timelines.map((c) => c.href)).toEqual(['/data/timeline.vi.json', '/data/timeline.en.json']);
    expect(data.rss).toBe('/en/rss.xml');
  });

  test('cites the dataset in the page language, with its files, the CITATION.cff and the issues', () => {
    const data = openDataPage(graph, { kind: 'page', lang: 'vi', page: 'openData' }, SITE);
    expect(data.citation).toMatch(/^Ban biên tập Hợp tác chuyển đổi số, “Hợp tác chuyển đổi số” \[bộ dữ liệu\], /);
    expect(data.citation).toContain('https://example.org/vi/du-lieu-mo/ (truy cập ngày [ngày]).');
    expect(data.citationFiles.map((file) => file.href)).toEqual([
      '/data/citation.vi.bib',
      '/data/citation.vi.ris',
      '/data/citation.vi.json',
    ]);
    expect(data.cff).toBe(`${REPOSITORY_URL}/blob/main/CITATION.cff`);
    expect(data.issues).toBe(`${REPOSITORY_URL}/issues`);
  });

  test('shows the record’s version, with a link to its commit', () => {
    // The fixture lives in this repository, so git gives it a version.
    const { version } = openDataPage(graph, { kind: 'page', lang: 'en', page: 'openData' }, SITE);
    expect(version?.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(version?.commit?.href).toBe(`${REPOSITORY_URL}/commit/${version?.commit?.id}`);
  });
});
