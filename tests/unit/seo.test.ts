import { beforeAll, describe, expect, test } from 'vitest';
import { entryBreadcrumbs } from '../../src/lib/breadcrumbs.ts';
import type { Graph } from '../../src/lib/graph.ts';
import type { Entry } from '../../src/lib/model.ts';
import { documentTitle, entryJsonLd, MAX_DOCUMENT_TITLE, temporalCoverage, websiteJsonLd } from '../../src/lib/seo.ts';
import { loadGraph, VALID_FIXTURE } from './helpers.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await loadGraph(VALID_FIXTURE);
});
const SITE = 'https://example.org';

describe('documentTitle', () => {
  test('returns the page title then the site name, and the site name first on the home page', () => {
    expect(documentTitle('Events', 'Events', 'Site', false)).toBe('Events · Site');
    expect(documentTitle('Tagline', 'Tagline', 'Site', true)).toBe('Site — Tagline');
  });
  test('returns the short title when the full one would exceed the limit', () => {
    const long = 'A'.repeat(95);
    expect(documentTitle(long, 'Short', 'Site', false)).toBe('Short · Site');
    expect(documentTitle(long, 'Short', 'Site', false).length).toBeLessThanOrEqual(MAX_DOCUMENT_TITLE);
  });
});

describe('entryJsonLd', () => {
  test('returns a schema.org Event with dates, places, organisers and a breadcrumb trail', () => {
    const event = graph.get('events', 'su-kien-a')!;
    const [main, trail] = entryJsonLd(graph, event, 'en', SITE, entryBreadcrumbs(graph, event, 'en'));
    expect(main).toMatchObject({
      '@type': 'Event',
      name: 'Test memorandum signed',
      startDate: '2022-04',
      url: `${SITE}/en/events/su-kien-a/`,
      location: [{ '@type': 'Place', name: 'Thử Province' }],
      organizer: [{ '@type': 'Organization', name: 'Test Company' }, { '@type': 'Organization' }],
      citation: [`${SITE}/en/sources/nguon-a/`],
    });
    expect((trail as { itemListElement: unknown[] }).itemListElement).toHaveLength(3);
  });
  test('omits startDate for an undated event rather than inventing one', () => {
    const [main] = entryJsonLd(graph, graph.get('events', 'su-kien-b')!, 'vi', SITE, []);
    expect(main).not.toHaveProperty('startDate');
    expect(main).not.toHaveProperty('endDate');
  });
  /** The fixture's late-April event, re-dated. */
  const eventDated = (date: string): Entry<'events'> => {
    const a = graph.get('events', 'su-kien-a')!;
    const { datePart: _part, ...facts } = a.facts;
    return { ...a, facts: { ...facts, date } };
  };
  test.each([
    ['2018', { startDate: '2018' }],
    ['2021-10/2022', { startDate: '2021-10', endDate: '2022' }],
    ['2020-10-05/..', { startDate: '2020-10-05' }],
    ['2019?-07-31', { startDate: '2019-07-31' }],
  ])('returns the dates of an event dated %s at their own precision', (date, expected) => {
    const [main] = entryJsonLd(graph, eventDated(date), 'en', SITE, []);
    expect({ startDate: main?.['startDate'], endDate: main?.['endDate'] }).toEqual({ endDate: undefined, ...expected });
  });
  test('returns the month, not a day of it, for an event in late April 2022', () => {
    const [main] = entryJsonLd(graph, graph.get('events', 'su-kien-a')!, 'vi', SITE, []);
    expect(main?.['startDate']).toBe('2022-04');
    expect(JSON.stringify(main)).not.toContain('2022-04-21');
  });
  test('returns Legislation or CreativeWork for documents, Person with role, AdministrativeArea with parent', () => {
    expect(entryJsonLd(graph, graph.get('documents', 'van-ban-a')!, 'vi', SITE, [])[0]).toMatchObject({
      '@type': 'CreativeWork',
      legislationIdentifier: '01/KH-UBND',
    });
    expect(entryJsonLd(graph, graph.get('people', 'nguoi-a')!, 'en', SITE, [])[0]).toMatchObject({
      '@type': 'Person',
      jobTitle: 'Chairman',
    });
    expect(entryJsonLd(graph, graph.get('places', 'tinh-a')!, 'en', SITE, [])[0]).toMatchObject({
      '@type': 'AdministrativeArea',
      containedInPlace: { name: 'Vietnam' },
    });
  });
});

describe('temporalCoverage', () => {
  test.each([
    ['2021/2025', '2021/2025'],
    ['2022-06/..', '2022-06/..'],
    ['2019?-07-31/..', '2019-07-31/..'],
    ['2020/', '2020/..'],
    ['2023', '2023'],
  ])('returns %s as the ISO 8601 interval or date %s', (edtf, iso) => {
    expect(temporalCoverage(edtf)).toBe(iso);
  });
  test('returns nothing for an unknown or absent period', () => {
    expect(temporalCoverage('unknown')).toBeUndefined();
    expect(temporalCoverage(undefined)).toBeUndefined();
  });
  test('is what partnership and document pages claim', () => {
    const partnership = graph.get('partnerships', 'hop-tac-a')!;
    const unknown = { ...partnership, facts: { ...partnership.facts, period: 'unknown' } };
    expect(entryJsonLd(graph, partnership, 'en', SITE, [])[0]).toMatchObject({ temporalCoverage: '2021/2025' });
    expect(entryJsonLd(graph, unknown, 'en', SITE, [])[0]).not.toHaveProperty('temporalCoverage');
    const document = graph.get('documents', 'van-ban-a')!;
    const undated = { ...document, facts: { ...document.facts, period: 'unknown' } };
    expect(entryJsonLd(graph, undated, 'vi', SITE, [])[0]).not.toHaveProperty('temporalCoverage');
  });
});

describe('websiteJsonLd', () => {
  test('returns a WebSite with a search action on the language’s search page', () => {
    expect(websiteJsonLd('vi', SITE, 'Site', 'Desc')).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: `${SITE}/vi/tim-kiem/?q={search_term_string}` },
    });
  });
});
