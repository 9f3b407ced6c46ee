import { describe, expect, test } from 'vitest';
import { entryCard } from '../../../src/lib/pages/card.ts';
import { sampleRecord } from '../sample-record.ts';

const graph = sampleRecord();

describe('entryCard', () => {
  test('returns the kind, link, date and summary of an event', () => {
    expect(entryCard(graph.get('events', 'dao-tao')!, 'en')).toEqual({
      kind: 'Training',
      link: expect.objectContaining({ href: '/en/events/dao-tao/', text: 'Digital skills training in Huế' }),
      time: expect.objectContaining({ datetime: '2023-03-15' }),
      summary: 'Digital skills training in Huế.',
      summaryLang: undefined,
      extra: undefined,
    });
  });
  test('returns the Vietnamese summary marked as such on an English page when English is missing', () => {
    const card = entryCard(graph.get('events', 'ky-ket')!, 'en');
    expect(card).toMatchObject({ summary: 'Hòa Vang ký ghi nhớ với VNPT.', summaryLang: 'vi', link: { lang: 'vi' } });
  });
  test('returns a place’s level as its kind, none for a theme, and the extra line given', () => {
    expect(entryCard(graph.get('places', 'hue')!, 'vi').kind).toBe('Tỉnh');
    expect(entryCard(graph.get('themes', 'chinh-quyen-so')!, 'en', '1 partnership')).toMatchObject({
      kind: null,
      time: null,
      extra: '1 partnership',
    });
  });
});
