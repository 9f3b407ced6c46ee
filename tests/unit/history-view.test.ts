import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/lib/graph.ts';
import {
  changeItem,
  changeKind,
  changeSets,
  changeSummary,
  correctionView,
  dayView,
  factChangeViews,
  pathLabel,
  publishedRevisions,
  revisionHref,
  revisionView,
} from '../../src/lib/history-view.ts';
import type { Revision } from '../../src/lib/history.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';
import { sampleHistory } from './history-sample.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});
const history = sampleHistory();
const revisionsOf = (key: string): Revision[] => history.byEntry.get(key) ?? [];
const [corrected, edited, added] = revisionsOf('events/su-kien-a') as [Revision, Revision, Revision];

describe('pathLabel', () => {
  test('returns a path in words: field labels, items counted from 1, keys inside items', () => {
    expect(pathLabel(['evidence', 2, 'quote'], 'en')).toBe('Evidence, item 3, Excerpt');
    expect(pathLabel(['evidence', 2, 'quote'], 'vi')).toBe('Bằng chứng, mục 3, Trích đoạn');
    expect(pathLabel(['figures', 0, 'label', 'vi'], 'en')).toBe('Figures, item 1, Label, Vietnamese');
    expect(pathLabel(['somethingNew'], 'en')).toBe('somethingNew');
  });
});

describe('factChangeViews', () => {
  test('returns each change with its label, data path and values, references linked to their entry', () => {
    expect(factChangeViews(graph, 'events', edited.facts, 'en')).toEqual([
      {
        kind: 'added',
        label: 'Organisations',
        path: 'organizations[1]',
        after: { text: "Thử Provincial People's Committee", href: '/en/organizations/ubnd-a/' },
      },
    ]);
    const views = factChangeViews(graph, 'events', corrected.facts, 'vi');
    expect(views[0]).toEqual({
      kind: 'changed',
      label: 'Thời điểm',
      path: 'date',
      before: { text: '2022-05' },
      after: { text: '2022-04' },
    });
    expect(views.map((v) => v.label)).toEqual(['Thời điểm', 'Khoảng trong tháng']);
  });

  test('returns a mapping added to a list as its labelled fields', () => {
    const [view] = factChangeViews(
      graph,
      'events',
      [{ path: ['evidence', 1], kind: 'added', after: { source: 'nguon-a', quote: 'Một câu' } }],
      'en',
    );
    expect(view?.label).toBe('Evidence, item 2');
    expect(view?.after?.fields?.map((f) => f.label)).toEqual(['Source', 'Excerpt']);
    expect(view?.after?.fields?.[0]?.value.href).toBe('/en/sources/nguon-a/');
    expect(view?.after?.text).toBe('source: nguon-a; quote: Một câu');
  });

  test('returns a list added whole item by item: references linked in a line, mappings one under the other', () => {
    const [places, evidence] = factChangeViews(
      graph,
      'events',
      [
        { path: ['places'], kind: 'added', after: ['tinh-a', 'khong-con'] },
        { path: ['evidence'], kind: 'added', after: [{ source: 'nguon-a', quote: 'Một câu' }, { source: 'nguon-a' }] },
      ],
      'en',
    );
    expect(places?.after?.block).toBe(false);
    expect(places?.after?.items?.map((item) => [item.text, item.href])).toEqual([
      ['Thử Province', '/en/places/tinh-a/'],
      ['khong-con', undefined],
    ]);
    expect(evidence?.after?.block).toBe(true);
    expect(evidence?.after?.items?.map((item) => item.fields?.map((f) => f.label))).toEqual([
      ['Source', 'Excerpt'],
      ['Source'],
    ]);
    expect(evidence?.after?.items?.[1]?.fields?.[0]?.value.href).toBe('/en/sources/nguon-a/');
  });

  test('returns a reference to an entry no longer in the record as its id', () => {
    const [view] = factChangeViews(
      graph,
      'events',
      [{ path: ['places', 0], kind: 'removed', before: 'khong-con' }],
      'en',
    );
    expect(view?.before).toEqual({ text: 'khong-con' });
  });
});

describe('correctionView', () => {
  test('returns the page’s language, or the other one marked with lang', () => {
    expect(correctionView({ en: 'A.', vi: 'B.' }, 'vi')).toEqual({ text: 'B.', lang: undefined });
    expect(correctionView({ en: 'A.' }, 'vi')).toEqual({ text: 'A.', lang: 'en' });
  });
});

describe('dayView / revisionHref', () => {
  test('returns a commit day in words and the revision on the history page', () => {
    expect(dayView('2024-05-03', 'en')).toEqual({ text: '3 May 2024', datetime: '2024-05-03' });
    expect(revisionHref(corrected, 'vi')).toBe('/vi/su-kien/su-kien-a/lich-su/#r-c300000');
    expect(revisionHref(corrected, 'en')).toBe('/en/events/su-kien-a/history/#r-c300000');
  });
});

describe('revisionView', () => {
  test('returns what the history page shows of a revision', () => {
    const view = revisionView(graph, corrected, 'en');
    expect(view).toMatchObject({
      anchor: 'r-c300000',
      short: 'c300000',
      commitUrl: expect.stringMatching(/\/commit\/c300000/),
      date: { datetime: '2024-05-03' },
      subject: 'Fix the date of the signing',
      change: 'edited',
      prose: ['English text changed'],
      correction: { text: 'The signing was in late April, not early May.', lang: undefined },
    });
    expect(revisionView(graph, added, 'vi').prose).toEqual(['Tiếng Việt: thêm nội dung', 'Tiếng Anh: thêm nội dung']);
  });
});

describe('changeKind / changeSummary', () => {
  test('returns added, corrected or edited, and the fields and texts in one line', () => {
    expect([added, edited, corrected].map(changeKind)).toEqual(['added', 'edited', 'corrected']);
    expect(changeSummary(added, 'en')).toBe('New page.');
    expect(changeSummary(edited, 'en')).toBe('Facts: Organisations. Text: Vietnamese.');
    expect(changeSummary(corrected, 'vi')).toBe('Dữ kiện: Thời điểm và Khoảng trong tháng. Nội dung: Tiếng Anh.');
  });
  test('says so when no value changed', () => {
    expect(changeSummary({ ...edited, facts: [], prose: [] }, 'en')).toBe(
      'No value changed (layout or comments only).',
    );
  });
});

describe('publishedRevisions / changeItem / changeSets', () => {
  test('returns only revisions of entries in the record, newest first', () => {
    expect(publishedRevisions(graph, history).map((r) => `${r.short} ${r.id}`)).toEqual([
      'c300000 su-kien-a',
      'c200000 su-kien-a',
      'c100000 su-kien-a',
      'c100000 cong-ty-a',
    ]);
  });
  test('returns a change with its entry link, kind, summary and revision link', () => {
    expect(changeItem(graph, corrected, 'en')).toMatchObject({
      kind: 'corrected',
      entry: { href: '/en/events/su-kien-a/', text: 'Test memorandum signed' },
      href: '/en/events/su-kien-a/history/#r-c300000',
      subject: 'Fix the date of the signing',
    });
  });
  test('groups the changes of one commit', () => {
    const sets = changeSets(graph, publishedRevisions(graph, history), 'en');
    expect(sets.map((s) => [s.short, s.items.map((i) => i.entry.id)])).toEqual([
      ['c300000', ['su-kien-a']],
      ['c200000', ['su-kien-a']],
      ['c100000', ['su-kien-a', 'cong-ty-a']],
    ]);
    expect(sets[0]?.correction?.text).toBe('The signing was in late April, not early May.');
  });
});
