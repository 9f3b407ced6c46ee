import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../src/core/dates.ts';
import { entryTime, linkTo, linksTo, timeView } from '../../src/lib/links.ts';
import { refs, sampleRecord } from './sample-record.ts';

const graph = sampleRecord();

describe('linkTo', () => {
  test('returns the localized path and the title in the page language, with no lang attribute', () => {
    expect(linkTo(graph.get('places', 'da-nang')!, 'vi')).toEqual({
      href: '/vi/dia-phuong/da-nang/',
      text: 'Thành phố Đà Nẵng',
      lang: undefined,
      collection: 'places',
      id: 'da-nang',
    });
    expect(linkTo(graph.get('places', 'da-nang')!, 'en').href).toBe('/en/places/da-nang/');
  });
  test('returns the short title when asked', () => {
    expect(linkTo(graph.get('places', 'da-nang')!, 'en', true).text).toBe('Đà Nẵng');
  });
  test('returns the Vietnamese title marked lang="vi" on an English page when the entry has no English prose', () => {
    const link = linkTo(graph.get('events', 'ky-ket')!, 'en');
    expect(link).toMatchObject({ href: '/en/events/ky-ket/', text: 'Hòa Vang ký ghi nhớ với VNPT', lang: 'vi' });
  });
});

describe('linksTo', () => {
  test('returns a link per reference, in the order given', () => {
    expect(linksTo(graph, refs('places', 'hue', 'hoa-bac'), 'en').map((l) => [l.href, l.text])).toEqual([
      ['/en/places/hue/', 'Tỉnh Thừa Thiên Huế'],
      ['/en/places/hoa-bac/', 'Xã Hòa Bắc'],
    ]);
  });
  test('throws on a reference the graph does not hold', () => {
    expect(() => linksTo(graph, refs('places', 'ha-noi'), 'vi')).toThrow(/places\/ha-noi/);
  });
});

describe('timeView', () => {
  test('returns text, short text, machine date and precision of a date', () => {
    expect(timeView(parseWhen('2022-04', 'late'), 'en')).toEqual({
      text: 'late April 2022',
      short: 'late April 2022',
      datetime: '2022-04',
      precision: 'part',
    });
    expect(timeView(parseWhen('2022-04', 'late'), 'vi')?.short).toBe('cuối tháng 4/2022');
  });
  test('returns null when there is no date', () => {
    expect(timeView(null, 'vi')).toBeNull();
  });
});

describe('entryTime', () => {
  test('returns an event’s date and a partnership’s period', () => {
    expect(entryTime(graph.get('events', 'dao-tao')!, 'en')).toMatchObject({
      text: '15 March 2023',
      datetime: '2023-03-15',
      precision: 'day',
    });
    expect(entryTime(graph.get('partnerships', 'hoa-vang-vnpt')!, 'en')).toMatchObject({
      text: 'April 2022 – 2024',
      precision: 'interval',
    });
  });
  test('returns null for an entry that has no date (a place, a theme)', () => {
    expect(entryTime(graph.get('places', 'hue')!, 'vi')).toBeNull();
    expect(entryTime(graph.get('themes', 'ky-nang-so')!, 'en')).toBeNull();
  });
});
