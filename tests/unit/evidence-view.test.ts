import { beforeAll, describe, expect, test } from 'vitest';
import { entryEvidence, evidenceAnchor, evidenceLetter, markOf, nestedQuotes } from '../../src/lib/evidence-view.ts';
import type { Graph } from '../../src/lib/graph.ts';
import type { AnyEntry } from '../../src/lib/model.ts';
import { fixtureGraph } from './pages/fixture.ts';

let graph: Graph;
let partnership: AnyEntry;
beforeAll(async () => {
  graph = await fixtureGraph();
  partnership = graph.get('partnerships', 'hop-tac-a') as AnyEntry;
});

describe('evidenceLetter', () => {
  test('returns a…z, then aa, ab', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(evidenceLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('nestedQuotes', () => {
  test('makes the double quotation marks of a text shown inside “…” single, curly or straight, paired or not', () => {
    expect(nestedQuotes('“Đề án truyền thông chuyển đổi số” năm 2023')).toBe(
      '‘Đề án truyền thông chuyển đổi số’ năm 2023',
    );
    expect(nestedQuotes('chương trình "Dữ liệu vì Cộng đồng" bao gồm')).toBe(
      'chương trình ‘Dữ liệu vì Cộng đồng’ bao gồm',
    );
    expect(nestedQuotes('Đà Nẵng giai đoạn 2022-2025” năm 2023')).toBe('Đà Nẵng giai đoạn 2022-2025’ năm 2023');
    expect(nestedQuotes('stressed: "The cooperation')).toBe('stressed: ‘The cooperation');
    expect(nestedQuotes('(“AR”) and ["x"]')).toBe('(‘AR’) and [‘x’]');
  });

  test('leaves apostrophes and text without double quotation marks as they are', () => {
    expect(nestedQuotes("Facebook's Director of Public Policy")).toBe("Facebook's Director of Public Policy");
    expect(nestedQuotes('Sáng 31-7, tại Đà Nẵng')).toBe('Sáng 31-7, tại Đà Nẵng');
  });
});

describe('entryEvidence', () => {
  test('returns one lettered item per excerpt, in the order of the claims, with what each supports', () => {
    const evidence = entryEvidence(graph, partnership, 'en');
    expect(evidence.items.map((item) => item.letter)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(evidence.items[0]?.supports).toEqual([
      'Type',
      'Technology partners: Test Company',
      "Local counterparts: Thử Provincial People's Committee",
      'Localities: Thử Province',
      'Themes: Test theme',
    ]);
    expect(evidence.items[4]?.supports).toEqual(['1,920 members']);
    expect(evidence.letters['period']).toEqual(['b']);
    expect(evidence.letters['figures[0]']).toEqual(['e']);
  });

  test('returns the translation only on the page in the other language than the source', () => {
    const [en] = entryEvidence(graph, partnership, 'en').items;
    const [vi] = entryEvidence(graph, partnership, 'vi').items;
    expect(en).toMatchObject({
      quoteLang: 'vi',
      quote: expect.stringMatching(/^UBND tỉnh A/),
      translation: expect.stringMatching(/^the People/),
    });
    expect(vi).toMatchObject({ quoteLang: 'vi', translation: null });
    expect(vi?.supports[0]).toBe('Loại');
  });

  test('returns no letters for a claim recorded as not stated, and marks inferred claims', () => {
    const event = graph.get('events', 'su-kien-b') as AnyEntry;
    const evidence = entryEvidence(graph, event, 'en');
    expect(evidence.letters['date']).toBeUndefined();
    expect(markOf(evidence, 'date')).toEqual({ letters: [], inferred: false });
    expect(evidence.inferred).toEqual([]);
  });
});

describe('evidenceAnchor', () => {
  test('returns the anchor of the first excerpt of a claim, the same letter the page gives it', () => {
    expect(evidenceAnchor(partnership, 'period')).toBe('evidence-b');
    expect(evidenceAnchor(partnership, 'kind')).toBe('evidence-a');
    expect(evidenceAnchor(graph.get('events', 'su-kien-b') as AnyEntry, 'date')).toBeNull();
  });
});
