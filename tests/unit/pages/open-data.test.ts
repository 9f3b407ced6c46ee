import { describe, expect, test } from 'vitest';
import { openDataPage } from '../../../src/lib/pages/open-data.ts';

describe('openDataPage', () => {
  test('links every generated file, and the feed of the page language', () => {
    const data = openDataPage({ kind: 'page', lang: 'en', page: 'openData' });
    expect(data.dataset).toBe('/data/dataset.json');
    expect(data.csv).toHaveLength(8);
    expect(data.csv[0]).toEqual({ collection: 'partnerships', href: '/data/partnerships.csv' });
    expect(data.calendars.map((c) => c.href)).toEqual(['/data/events.vi.ics', '/data/events.en.ics']);
    expect(data.timelines.map((c) => c.href)).toEqual(['/data/timeline.vi.json', '/data/timeline.en.json']);
    expect(data.rss).toBe('/en/rss.xml');
  });
});
