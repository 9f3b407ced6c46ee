import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { parseWhen } from '../../src/core/dates.ts';
import {
  citationFiles,
  citationKey,
  citationText,
  citationView,
  citeVersion,
  cslDate,
  datasetCitationFiles,
  datasetCsl,
  entryCitations,
  formatCitations,
  pageCsl,
  reportCsl,
  reportText,
  type CiteVersion,
} from '../../src/lib/citation.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import type { Entry } from '../../src/lib/model.ts';
import { entry } from './sample-record.ts';

const SITE = 'https://example.org';
const VERSION: CiteVersion = { date: '2026-11-30', commit: 'a1b2c3d' };
const NO_VERSION: CiteVersion = { date: null, commit: null };

const news = entry(
  'sources',
  'bao-a',
  {
    type: 'news',
    headline: 'Đà Nẵng và Viettel ký kết hợp tác: “thành phố thông minh” & 50% dịch vụ_số',
    publisher: 'Báo Đà Nẵng',
    author: 'H. Dũng',
    published: '2021-03-27',
    language: 'vi',
    url: 'https://baodanang.vn/chinh-tri/202103/da-nang-va-viettel-ky-ket-thoa-thuan-hop-tac-ve-chuyen-doi-so-3876543/',
  },
  ['Bản tin Báo Đà Nẵng'],
  ['A Báo Đà Nẵng report'],
) as Entry<'sources'>;
const bare = entry(
  'sources',
  'tin-b',
  { type: 'news', published: 'unknown', language: 'vi', author: 'Duy Vũ' },
  ['Tin về hội nghị'],
  ['A report on the conference'],
) as Entry<'sources'>;
const reference = entry(
  'sources',
  'tham-khao',
  { type: 'reference', headline: 'Administrative units', publisher: 'GSO', published: '2023?', language: 'en' },
  ['Danh mục đơn vị hành chính'],
  ['Administrative units'],
) as Entry<'sources'>;
const event = entry(
  'events',
  '2021-03-27-da-nang-viettel',
  { date: '2021-03-27', sources: [{ collection: 'sources', id: 'bao-a' }] },
  ['Đà Nẵng và Viettel ký thỏa thuận hợp tác'],
  null,
);
const graph = buildGraph([news, bare, reference, event]);

describe('cslDate', () => {
  test('returns the date at its own precision, circa when uncertain or approximate', () => {
    expect(cslDate(parseWhen('2020-10-05'))).toEqual({ 'date-parts': [[2020, 10, 5]] });
    expect(cslDate(parseWhen('2022-04', 'late'))).toEqual({ 'date-parts': [[2022, 4]] });
    expect(cslDate(parseWhen('2023?'))).toEqual({ 'date-parts': [[2023]], circa: true });
    expect(cslDate(parseWhen('2019?-07-31'))).toEqual({ 'date-parts': [[2019, 7, 31]], circa: true });
    expect(cslDate(parseWhen('2021~'))).toEqual({ 'date-parts': [[2021]], circa: true });
    expect(cslDate(parseWhen('2021/2025'))).toEqual({ 'date-parts': [[2021], [2025]] });
  });
  test('returns undefined for an unknown date', () => {
    expect(cslDate(parseWhen('unknown'))).toBeUndefined();
  });
});

describe('citationKey', () => {
  test('returns letters, digits and underscores only', () => {
    expect(citationKey('vdp', 'events', '2020-10-05-x')).toBe('vdp_events_2020_10_05_x');
  });
});

describe('pageCsl', () => {
  test('returns the page as a web page of the site, dated and versioned by the record', () => {
    expect(pageCsl(news, 'en', SITE, VERSION)).toEqual({
      id: 'vdp_sources_bao_a',
      'citation-key': 'vdp_sources_bao_a',
      type: 'webpage',
      title: 'A Báo Đà Nẵng report',
      'container-title': 'Vietnam Digital Partnerships',
      author: [{ literal: 'Vietnam Digital Partnerships editors' }],
      issued: { 'date-parts': [[2026, 11, 30]] },
      version: 'a1b2c3d',
      URL: 'https://example.org/en/sources/bao-a/',
      language: 'en',
    });
  });
  test('returns no date or version when the record has none, and the language of the words shown', () => {
    const item = pageCsl(event, 'en', SITE, NO_VERSION);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('version');
    // No English text yet: the page shows the Vietnamese.
    expect(item).toMatchObject({ title: 'Đà Nẵng và Viettel ký thỏa thuận hợp tác', language: 'vi' });
    expect(pageCsl(event, 'vi', SITE, VERSION)['container-title']).toBe('Hợp tác chuyển đổi số');
  });
});

describe('reportCsl', () => {
  test('returns a news report with its headline, publisher, author, date and address', () => {
    expect(reportCsl(news, 'en')).toEqual({
      id: 'bao_a',
      'citation-key': 'bao_a',
      type: 'article-newspaper',
      title: news.facts.headline,
      'container-title': 'Báo Đà Nẵng',
      author: [{ literal: 'H. Dũng' }],
      issued: { 'date-parts': [[2021, 3, 27]] },
      URL: news.facts.url,
      language: 'vi',
    });
  });
  test('invents nothing: no headline gives a note instead of a title, no date no issued, no address no URL', () => {
    const item = reportCsl(bare, 'en');
    expect(item).not.toHaveProperty('title');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('container-title');
    expect(item.note).toBe('headline not recorded; described in this record as “A report on the conference”');
    expect(reportCsl(bare, 'vi').note).toContain('“Tin về hội nghị”');
  });
  test('returns a reference text as a document by its publisher, its uncertain year as circa', () => {
    expect(reportCsl(reference, 'en')).toMatchObject({
      type: 'document',
      publisher: 'GSO',
      issued: { 'date-parts': [[2023]], circa: true },
    });
  });
});

describe('entryCitations', () => {
  test('returns the page first, then the reports in the order given', () => {
    const ids = entryCitations(graph, event, 'vi', SITE, VERSION, ['bao-a', 'tin-b']).map((item) => item.id);
    expect(ids).toEqual(['vdp_events_2021_03_27_da_nang_viettel', 'bao_a', 'tin_b']);
  });
});

describe('datasetCsl', () => {
  test('returns the dataset, in the language asked, with its version and the open-data page', () => {
    expect(datasetCsl('vi', SITE, VERSION)).toMatchObject({
      type: 'dataset',
      title: 'Hợp tác chuyển đổi số',
      author: [{ literal: 'Ban biên tập Hợp tác chuyển đổi số' }],
      issued: { 'date-parts': [[2026, 11, 30]] },
      version: 'a1b2c3d',
      URL: 'https://example.org/vi/du-lieu-mo/',
    });
  });
});

describe('formatCitations', () => {
  const items = entryCitations(graph, event, 'vi', SITE, VERSION, ['bao-a', 'tin-b', 'tham-khao']);

  test('returns BibTeX in UTF-8 (ơ and ư keep their horn), with LaTeX specials escaped, that parses back', () => {
    const bib = formatCitations(items, 'bib');
    expect(bib).toContain('@misc{vdp_events_2021_03_27_da_nang_viettel,');
    expect(bib).toContain('@article{bao_a,');
    expect(bib).toContain('thông minh');
    expect(bib).toContain('\\& 50\\% dịch vụ\\_số');
    expect(bib.endsWith('}\n')).toBe(true);
    const back = new Cite(bib).data;
    expect(back.map((item) => item['title'])).toContain(news.facts.headline);
    expect(back.find((item) => item['id'] === 'bao_a')?.['URL']).toBe(news.facts.url);
  });

  test('returns RIS with one line per value (long addresses unbroken), and a news report’s byline and day', () => {
    const ris = formatCitations(items, 'ris');
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    expect(ris).toContain(`UR  - ${news.facts.url}`);
    const record = ris.split('ER  - ')[1] as string;
    expect(record).toMatch(/TY {2}- NEWS/);
    expect(record).toContain('AU  - H. Dũng');
    expect(record).toContain('DA  - 2021/3/27/');
    expect(record).toContain('T2  - Báo Đà Nẵng');
    const back = new Cite(ris).data;
    expect(back).toHaveLength(4);
    expect(back[1]?.['title']).toBe(news.facts.headline);
    expect(back[1]?.['URL']).toBe(news.facts.url);
  });

  test('returns CSL-JSON equal to the items', () => {
    expect(JSON.parse(formatCitations(items, 'json'))).toEqual(items);
  });
});

describe('citationText', () => {
  test('returns the recommended citation with the version in words and the accessed date left blank', () => {
    expect(citationText(pageCsl(news, 'en', SITE, VERSION), 'en', VERSION)).toBe(
      '“A Báo Đà Nẵng report”, Vietnam Digital Partnerships, version of 30 November 2026 (a1b2c3d), https://example.org/en/sources/bao-a/ (accessed [date]).',
    );
    expect(citationText(pageCsl(news, 'vi', SITE, VERSION), 'vi', VERSION)).toBe(
      '“Bản tin Báo Đà Nẵng”, Hợp tác chuyển đổi số, phiên bản ngày 30 tháng 11, 2026 (a1b2c3d), https://example.org/vi/nguon/bao-a/ (truy cập ngày [ngày]).',
    );
  });
  test('returns no version without one', () => {
    expect(citationText(pageCsl(news, 'en', SITE, NO_VERSION), 'en', NO_VERSION)).toBe(
      '“A Báo Đà Nẵng report”, Vietnam Digital Partnerships, https://example.org/en/sources/bao-a/ (accessed [date]).',
    );
  });
});

describe('reportText', () => {
  test('returns author, headline in its own language, publisher, date in words and address', () => {
    expect(reportText(news, 'en')).toEqual([
      { text: 'H. Dũng,' },
      { text: `“${news.facts.headline}”,`, lang: 'vi' },
      { text: 'Báo Đà Nẵng,' },
      { text: '27 March 2021,' },
      { text: `${news.facts.url}.` },
    ]);
    expect(reportText(news, 'vi')[1]).toEqual({ text: `“${news.facts.headline}”,` });
  });
  test('returns only what the record states', () => {
    expect(reportText(bare, 'en').map((part) => part.text)).toEqual([
      'Duy Vũ,',
      'headline not recorded; described in this record as “A report on the conference”.',
    ]);
  });
});

describe('citationFiles / datasetCitationFiles / citationView', () => {
  test('returns one file per format beside the page, and the dataset’s under /data/', () => {
    expect(citationFiles(event, 'vi')).toEqual([
      {
        format: 'bib',
        label: 'BibTeX',
        href: '/vi/su-kien/2021-03-27-da-nang-viettel/cite.bib',
        type: 'application/x-bibtex',
        download: '2021-03-27-da-nang-viettel.vi.bib',
      },
      {
        format: 'ris',
        label: 'RIS',
        href: '/vi/su-kien/2021-03-27-da-nang-viettel/cite.ris',
        type: 'application/x-research-info-systems',
        download: '2021-03-27-da-nang-viettel.vi.ris',
      },
      {
        format: 'json',
        label: 'CSL-JSON',
        href: '/vi/su-kien/2021-03-27-da-nang-viettel/cite.json',
        type: 'application/vnd.citationstyles.csl+json',
        download: '2021-03-27-da-nang-viettel.vi.csl.json',
      },
    ]);
    expect(datasetCitationFiles('en').map((file) => file.href)).toEqual([
      '/data/citation.en.bib',
      '/data/citation.en.ris',
      '/data/citation.en.json',
    ]);
  });
  test('returns the box of an entry page: text, reports and files', () => {
    const view = citationView(graph, event, 'en', SITE, VERSION, ['bao-a']);
    expect(view.text).toContain('https://example.org/en/events/2021-03-27-da-nang-viettel/');
    expect(view.reports).toEqual([reportText(news, 'en')]);
    expect(view.files).toHaveLength(3);
  });
});

describe('citeVersion', () => {
  test('returns the version of the content from git', () => {
    expect(citeVersion(graph, 'src/content')).toMatchObject({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      commit: expect.stringMatching(/^[0-9a-f]{7,}$/),
    });
  });
  test('without git, returns the newest change date the entries carry, and no commit', () => {
    const dated = buildGraph([
      { ...news, updated: '2024-05-01' },
      { ...bare, updated: '2025-01-02' },
    ]);
    const noGit = mkdtempSync(`${tmpdir()}/vdp-no-git-`);
    expect(citeVersion(dated, noGit)).toEqual({ date: '2025-01-02', commit: null });
    expect(citeVersion(graph, noGit)).toEqual({ date: null, commit: null });
  });
});

describe('citationText of the dataset', () => {
  test('returns its editors, title, version and address', () => {
    expect(citationText(datasetCsl('en', SITE, VERSION), 'en', VERSION)).toBe(
      'Vietnam Digital Partnerships editors, “Vietnam Digital Partnerships” [dataset], version of 30 November 2026 (a1b2c3d), https://example.org/en/open-data/ (accessed [date]).',
    );
    expect(citationText(datasetCsl('vi', SITE, NO_VERSION), 'vi', NO_VERSION)).toBe(
      'Ban biên tập Hợp tác chuyển đổi số, “Hợp tác chuyển đổi số” [bộ dữ liệu], https://example.org/vi/du-lieu-mo/ (truy cập ngày [ngày]).',
    );
  });
});
