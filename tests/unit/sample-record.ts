/**
 * A small hand-made record shared by unit tests: Việt Nam › Đà Nẵng › Hòa
 * Vang › Hòa Bắc and Huế; VNPT and its Đà Nẵng branch; a district People's
 * Committee; a partnership, three events (one undated, one with a figure)
 * and a person with two roles, each stated by a different source.
 */
import { buildGraph, type Graph } from '../../src/lib/graph.ts';
import type { AnyEntry, ProseMeta } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';

export const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
export const refs = <C extends CollectionName>(collection: C, ...ids: string[]) => ids.map((id) => ref(collection, id));

export function prose(key: string, title: string, shortTitle = title): ProseMeta {
  return { title, shortTitle, summary: `${title}.`, citations: [], quotes: [], key, updated: null };
}

/** A hand-made entry; `en` null leaves the English translation missing. */
export function entry(
  collection: CollectionName,
  id: string,
  facts: object,
  vi: [string, string?],
  en: [string, string?] | null = vi,
): AnyEntry {
  return {
    collection,
    id,
    facts: { sources: refs('sources', 'nguon'), figures: [], ...facts },
    prose: {
      vi: prose(`${collection}/${id}/vi`, ...vi),
      ...(en ? { en: prose(`${collection}/${id}/en`, ...en) } : {}),
    },
    updated: null,
    added: null,
  } as unknown as AnyEntry;
}

/**
 * Đà Nẵng is given the level "city" on purpose: content uses it for the
 * centrally governed city, and the top locality must not depend on the label.
 */
export const sampleRecord = (): Graph =>
  buildGraph([
    entry('sources', 'nguon', { published: '2023-02-20', language: 'vi', archiveFile: 'nguon.txt' }, ['Bản tin']),
    entry(
      'sources',
      'nguon-hai',
      { published: '2023-03-16', language: 'en', publisher: 'Tin Huế' },
      ['Tin Huế đưa tin'],
      ['A report from Huế'],
    ),
    entry('places', 'viet-nam', { level: 'country' }, ['Việt Nam'], ['Vietnam']),
    entry(
      'places',
      'da-nang',
      { level: 'city', parent: ref('places', 'viet-nam') },
      ['Thành phố Đà Nẵng', 'Đà Nẵng'],
      ['Đà Nẵng City', 'Đà Nẵng'],
    ),
    entry(
      'places',
      'hoa-vang',
      { level: 'district', parent: ref('places', 'da-nang') },
      ['Huyện Hòa Vang', 'Hòa Vang'],
      ['Hòa Vang District', 'Hòa Vang'],
    ),
    entry('places', 'hoa-bac', { level: 'commune', parent: ref('places', 'hoa-vang') }, ['Xã Hòa Bắc', 'Hòa Bắc']),
    entry('places', 'hue', { level: 'province', parent: ref('places', 'viet-nam') }, ['Tỉnh Thừa Thiên Huế', 'Huế']),
    entry('organizations', 'vnpt', { kind: 'company', places: [] }, ['Tập đoàn VNPT', 'VNPT']),
    entry(
      'organizations',
      'vnpt-da-nang',
      { kind: 'branch', parent: ref('organizations', 'vnpt'), places: refs('places', 'da-nang') },
      ['VNPT Đà Nẵng'],
    ),
    entry('organizations', 'ubnd-hoa-vang', { kind: 'government', places: refs('places', 'hoa-vang') }, [
      'UBND huyện Hòa Vang',
    ]),
    entry('themes', 'chinh-quyen-so', { order: 1 }, ['Chính quyền số'], ['Digital government']),
    entry('themes', 'ky-nang-so', { order: 2 }, ['Kỹ năng số'], null),
    entry(
      'partnerships',
      'hoa-vang-vnpt',
      {
        kind: 'memorandum',
        partners: refs('organizations', 'vnpt-da-nang'),
        counterparts: refs('organizations', 'ubnd-hoa-vang'),
        localities: refs('places', 'hoa-vang'),
        period: '2022-04/2024',
        status: 'signed',
        themes: refs('themes', 'chinh-quyen-so'),
        people: [],
        documents: [],
      },
      ['Hòa Vang và VNPT ký ghi nhớ', 'Hòa Vang – VNPT'],
    ),
    entry(
      'events',
      'ky-ket',
      {
        kind: 'signing',
        date: '2022-04',
        datePart: 'late',
        partnership: ref('partnerships', 'hoa-vang-vnpt'),
        organizations: refs('organizations', 'ubnd-hoa-vang'),
        places: refs('places', 'hoa-bac'),
        people: [],
        documents: [],
        themes: refs('themes', 'ky-nang-so'),
      },
      ['Hòa Vang ký ghi nhớ với VNPT'],
      null,
    ),
    entry(
      'events',
      'chua-ro-ngay',
      {
        kind: 'award',
        date: 'unknown',
        organizations: [],
        places: refs('places', 'viet-nam'),
        people: [],
        documents: [],
        themes: [],
      },
      ['Giải thưởng chưa rõ ngày'],
    ),
    entry(
      'events',
      'dao-tao',
      {
        kind: 'training',
        date: '2023-03-15',
        organizations: refs('organizations', 'vnpt'),
        places: refs('places', 'hue'),
        people: refs('people', 'nguoi'),
        documents: [],
        themes: refs('themes', 'ky-nang-so'),
        sources: refs('sources', 'nguon-hai'),
        figures: [
          {
            value: 1200,
            unit: 'count',
            label: { vi: 'học viên', en: 'trainees' },
            date: '2023-03',
            datePart: 'mid',
            source: ref('sources', 'nguon-hai'),
            quote: '1.200 học viên',
            translation: '1,200 trainees',
          },
        ],
      },
      ['Tập huấn kỹ năng số ở Huế', 'Tập huấn ở Huế'],
      ['Digital skills training in Huế', 'Training in Huế'],
    ),
    entry(
      'people',
      'nguoi',
      {
        roles: [
          {
            title: { vi: 'Giám đốc', en: 'Director' },
            organization: ref('organizations', 'vnpt-da-nang'),
            date: '2022',
            source: ref('sources', 'nguon'),
            quote: 'Giám đốc VNPT Đà Nẵng',
            translation: 'Director of VNPT Đà Nẵng',
          },
          {
            title: { vi: 'Phó Tổng giám đốc', en: 'Deputy General Director' },
            organization: ref('organizations', 'vnpt'),
            date: '2023',
            source: ref('sources', 'nguon-hai'),
            quote: 'Phó Tổng giám đốc Tập đoàn VNPT',
            translation: 'Deputy General Director of the VNPT Group',
          },
        ],
      },
      ['Nguyễn Văn A'],
    ),
  ]);
