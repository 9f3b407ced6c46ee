import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../../src/lib/graph.ts';
import { NO_RECORD_HISTORY } from '../../../src/lib/history.ts';
import { clip, historyPage, htmlLength } from '../../../src/lib/pages/history.ts';
import { documentTitle, MAX_DOCUMENT_TITLE } from '../../../src/lib/seo.ts';
import { sampleHistory } from '../history-sample.ts';
import { fixtureGraph } from './fixture.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await fixtureGraph();
});
const route = { kind: 'history', lang: 'en', collection: 'events', id: 'su-kien-a' } as const;

describe('historyPage', () => {
  test('returns the entry’s revisions newest first, with what each changed', () => {
    const data = historyPage(graph, route, sampleHistory());
    expect(data).toMatchObject({
      kind: 'history',
      title: 'History: Test memorandum signed',
      entry: { href: '/en/events/su-kien-a/', text: 'Test memorandum signed' },
      status: 'complete',
    });
    expect(data.revisions.map((r) => [r.short, r.change])).toEqual([
      ['c300000', 'edited'],
      ['c200000', 'edited'],
      ['c100000', 'added'],
    ]);
    expect(data.revisions[0]?.facts.map((f) => f.path)).toEqual(['date', 'datePart']);
    expect(data.revisions[0]?.correction?.text).toBe('The signing was in late April, not early May.');
    expect(data.textCounts).toEqual([
      { lang: 'vi', count: 2 },
      { lang: 'en', count: 2 },
    ]);
  });

  test('ends its breadcrumbs with the entry', () => {
    const data = historyPage(graph, { ...route, lang: 'vi' }, sampleHistory());
    expect(data.crumbs.map((c) => c.href)).toEqual(['/vi/', '/vi/su-kien/', '/vi/su-kien/su-kien-a/']);
    expect(data.title).toBe('Lịch sử: Ký kết biên bản thử');
  });

  test('returns no revisions and says the history is unavailable without git', () => {
    const data = historyPage(graph, route, NO_RECORD_HISTORY);
    expect(data.status).toBe('unavailable');
    expect(data.revisions).toEqual([]);
    expect(data.updated).toBeNull();
  });

  test('passes a shallow history on as shallow, for the page to say it is incomplete', () => {
    expect(historyPage(graph, route, { ...sampleHistory(), status: 'shallow' }).status).toBe('shallow');
  });

  test('throws for an entry not in the graph', () => {
    expect(() => historyPage(graph, { ...route, id: 'nope' })).toThrow(/events\/nope/);
  });
});

describe('clip', () => {
  test('returns text that fits unchanged, and longer text cut at a word with an ellipsis', () => {
    expect(clip('Short', 10)).toBe('Short');
    expect(clip('Thanh Khê and FPT sign a memorandum', 20)).toBe('Thanh Khê and FPT…');
    expect(clip('Thanh Khê and FPT sign a memorandum', 20).length).toBeLessThanOrEqual(20);
    expect(htmlLength("H. Dũng's")).toBe(13);
    expect(htmlLength(clip("H. Dũng's report on the launch", 14, htmlLength))).toBeLessThanOrEqual(14);
  });
});

describe('historyPage: document title', () => {
  test('fits the longest short title into the document title, in both languages', async () => {
    const long = "Một tiêu đề rất dài, H. Dũng's & “FPT” ".repeat(4).trim();
    const g = await fixtureGraph();
    const entry = g.get('events', 'su-kien-a')!;
    for (const lang of ['vi', 'en'] as const) {
      entry.prose[lang] = { ...entry.prose[lang]!, title: long, shortTitle: long };
      const data = historyPage(g, { ...route, lang });
      const site = lang === 'vi' ? 'Hợp tác chuyển đổi số' : 'Vietnam Digital Partnerships';
      expect(htmlLength(documentTitle(data.title, data.shortTitle, site, false))).toBeLessThanOrEqual(
        MAX_DOCUMENT_TITLE,
      );
      expect(data.description).toContain(long);
      const apostrophes = "H. Dũng's report on the Facebook–Đà Nẵng programme launch";
      entry.prose[lang] = { ...entry.prose[lang]!, title: apostrophes, shortTitle: apostrophes };
      const near = historyPage(g, { ...route, lang });
      expect(htmlLength(documentTitle(near.title, near.shortTitle, site, false))).toBeLessThanOrEqual(
        MAX_DOCUMENT_TITLE,
      );
    }
  });
});
