import { beforeAll, describe, expect, test } from 'vitest';
import { buildChangesJsonFeed, changeRssItems, FEED_ITEMS, feedVersion } from '../../src/lib/change-feeds.ts';
import type { Graph } from '../../src/lib/graph.ts';
import { NO_RECORD_HISTORY } from '../../src/lib/history.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleHistory } from './history-sample.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});
const SITE = 'https://example.org';
const VERSION = { date: '2024-05-03', commit: 'c300000' };

describe('feedVersion', () => {
  test('returns the version as a sentence and an RSS lastBuildDate, or nothing without one', () => {
    expect(feedVersion(VERSION, 'en')).toEqual({
      sentence: 'Record version 2024-05-03 (c300000).',
      lastBuildDate: '<lastBuildDate>Fri, 03 May 2024 00:00:00 GMT</lastBuildDate>',
    });
    expect(feedVersion(VERSION, 'vi').sentence).toBe('Phiên bản bộ dữ liệu 2024-05-03 (c300000).');
    expect(feedVersion(null, 'en')).toEqual({ sentence: '', lastBuildDate: '' });
  });
});

describe('changeRssItems', () => {
  test('returns one item per change of a published entry, newest first, linked to its revision', () => {
    const items = changeRssItems(graph, sampleHistory(), 'en', SITE);
    expect(items.map((i) => i.title)).toEqual([
      'Corrected: Test memorandum signed',
      'Edited: Test memorandum signed',
      'Added: Test memorandum signed',
      'Added: Test Company',
    ]);
    expect(items[0]).toMatchObject({
      link: 'https://example.org/en/events/su-kien-a/history/#r-c300000',
      pubDate: new Date('2024-05-03T09:00:00.000Z'),
      categories: ['corrected'],
    });
    expect(items[0]?.description).toContain('Correction: The signing was in late April, not early May.');
    expect(items[0]?.description).toContain('“Fix the date of the signing”');
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });
  test('returns nothing without history', () => {
    expect(changeRssItems(graph, NO_RECORD_HISTORY, 'vi', SITE)).toEqual([]);
    expect(FEED_ITEMS).toBeGreaterThan(0);
  });
});

describe('buildChangesJsonFeed', () => {
  test('returns a JSON Feed 1.1 with its required fields and the record version', () => {
    const feed = buildChangesJsonFeed(graph, sampleHistory(), 'vi', SITE, VERSION);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Hợp tác chuyển đổi số — các thay đổi của bộ dữ liệu',
      home_page_url: 'https://example.org/vi/thay-doi/',
      feed_url: 'https://example.org/vi/changes.json',
      language: 'vi-VN',
    });
    expect(feed['description']).toContain('Phiên bản bộ dữ liệu 2024-05-03 (c300000).');
    const items = feed['items'] as Record<string, unknown>[];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      id: 'https://example.org/vi/su-kien/su-kien-a/lich-su/#r-c300000',
      url: 'https://example.org/vi/su-kien/su-kien-a/lich-su/#r-c300000',
      external_url: 'https://example.org/vi/su-kien/su-kien-a/',
      title: 'Đính chính: Ký kết biên bản thử',
      date_published: '2024-05-03T09:00:00.000Z',
      tags: ['corrected', 'events'],
    });
    expect(items[0]?.['content_text']).toContain('Lễ ký diễn ra cuối tháng Tư, không phải đầu tháng Năm.');
    for (const item of items) {
      expect(typeof item['id']).toBe('string');
      expect(typeof item['content_text']).toBe('string');
    }
  });
});
