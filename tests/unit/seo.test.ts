import { beforeAll, describe, expect, test } from 'vitest';
import { entryBreadcrumbs } from '../../src/lib/breadcrumbs.ts';
import type { Graph } from '../../src/lib/graph.ts';
import { documentTitle, entryJsonLd, MAX_DOCUMENT_TITLE, websiteJsonLd } from '../../src/lib/seo.ts';
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

describe('websiteJsonLd', () => {
  test('returns a WebSite with a search action on the language’s search page', () => {
    expect(websiteJsonLd('vi', SITE, 'Site', 'Desc')).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: `${SITE}/vi/tim-kiem/?q={search_term_string}` },
    });
  });
});
