/**
 * Titles and schema.org (JSON-LD) objects. Pure functions over the model,
 * so tests can check what a page claims without rendering it.
 */
import { machineDate, parseWhen, type When } from '../core/dates.ts';
import { proseOf, whenOf, type Graph } from './graph.ts';
import type { Crumb } from './breadcrumbs.ts';
import { ancestorsOf } from './hierarchy.ts';
import type { AnyEntry, Ref } from './model.ts';
import { absoluteUrl, entryPath, pagePath } from './routes.ts';
import { LOCALE_TAG, type Lang } from '../core/vocabulary.ts';

/** Longest `<title>` we emit (html-validate's long-title rule is set to the same). */
export const MAX_DOCUMENT_TITLE = 100;

/**
 * The document title: page title, then site name; the short title when the
 * full one would be too long; the home page leads with the site name.
 * @example documentTitle('Events', 'Events', 'Vietnam Digital Partnerships', false) // 'Events · Vietnam Digital Partnerships'
 */
export function documentTitle(title: string, shortTitle: string, siteName: string, isHome: boolean): string {
  if (isHome) return `${siteName} — ${title}`;
  const full = `${title} · ${siteName}`;
  return full.length <= MAX_DOCUMENT_TITLE ? full : `${shortTitle} · ${siteName}`;
}

type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org';

function node(graph: Graph, ref: Ref, lang: Lang, site: string | URL): JsonLd {
  const entry = graph.resolve(ref);
  const type =
    entry.collection === 'organizations'
      ? 'Organization'
      : entry.collection === 'places'
        ? 'Place'
        : entry.collection === 'people'
          ? 'Person'
          : 'Thing';
  return {
    '@type': type,
    name: proseOf(entry, lang).prose.title,
    url: absoluteUrl(entryPath(lang, entry.collection, entry.id), site),
  };
}

/**
 * The dates of an entry for schema.org, each at its own precision: schema.org
 * takes ISO 8601 with reduced precision (`2018`, `2022-04`), so a year stays
 * a year and a part of a month stays its month, never a day. A period gives
 * each end at its precision; an open or unknown end and `unknown` give nothing.
 * EDTF's `?` and `~` have no ISO form and are left to the page's text.
 * @example bounds(event dated 2022-04, late) // { start: '2022-04' }
 */
function bounds(entry: AnyEntry): { start?: string; end?: string } {
  const when = whenOf(entry);
  return when ? boundsOf(when) : {};
}

function boundsOf(when: When): { start?: string; end?: string } {
  if (when.kind === 'unknown') return {};
  if (when.kind === 'date') return { start: machineDate(when) as string };
  const result: { start?: string; end?: string } = {};
  if (when.lower) result.start = machineDate(when.lower) as string;
  if (when.upper) result.end = machineDate(when.upper) as string;
  return result;
}

/**
 * A period as a schema.org `temporalCoverage`: an ISO 8601 interval at each
 * end's precision, `..` for an open or unknown end; undefined for `unknown`.
 * @example temporalCoverage('2019?-07-31/..') // '2019-07-31/..'
 * @example temporalCoverage('2021/2025') // '2021/2025'
 */
export function temporalCoverage(edtf: string | undefined): string | undefined {
  if (edtf === undefined) return undefined;
  const when = parseWhen(edtf);
  const { start, end } = boundsOf(when);
  if (start === undefined && end === undefined) return undefined;
  return when.kind === 'interval' ? `${start ?? '..'}/${end ?? '..'}` : start;
}

function typeOf(entry: AnyEntry): string {
  switch (entry.collection) {
    case 'events':
      return 'Event';
    case 'organizations':
      return 'Organization';
    case 'places':
      return entry.facts.level === 'country' ? 'Country' : 'AdministrativeArea';
    case 'people':
      return 'Person';
    case 'documents':
      return entry.facts.kind === 'resolution' || entry.facts.kind === 'decision' ? 'Legislation' : 'CreativeWork';
    case 'themes':
      return 'DefinedTerm';
    case 'sources':
      return 'NewsArticle';
    case 'partnerships':
      return 'Article';
  }
}

function specifics(graph: Graph, entry: AnyEntry, lang: Lang, site: string | URL): JsonLd {
  const refs = (list: readonly Ref[]) => list.map((r) => node(graph, r, lang, site));
  const { start, end } = bounds(entry);
  switch (entry.collection) {
    case 'events':
      return {
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
        eventStatus: `${SCHEMA}/EventScheduled`,
        location: entry.facts.places.length > 0 ? refs(entry.facts.places) : undefined,
        organizer: entry.facts.organizations.length > 0 ? refs(entry.facts.organizations) : undefined,
        performer: entry.facts.people.length > 0 ? refs(entry.facts.people) : undefined,
        superEvent: entry.facts.partnership
          ? {
              '@type': 'CreativeWork',
              url: absoluteUrl(entryPath(lang, 'partnerships', entry.facts.partnership.id), site),
            }
          : undefined,
      };
    case 'partnerships':
      return {
        about: refs([...entry.facts.partners, ...entry.facts.counterparts]),
        contentLocation: refs(entry.facts.localities),
        temporalCoverage: temporalCoverage(entry.facts.period),
      };
    case 'organizations':
      return {
        alternateName: entry.facts.acronym,
        parentOrganization: entry.facts.parent ? node(graph, entry.facts.parent, lang, site) : undefined,
      };
    case 'places': {
      const parents = ancestorsOf(graph, entry);
      const parent = parents.at(-1);
      return {
        containedInPlace: parent ? node(graph, { collection: 'places', id: parent.id }, lang, site) : undefined,
      };
    }
    case 'people': {
      const role = entry.facts.roles[0];
      return role ? { jobTitle: role.title[lang], worksFor: node(graph, role.organization, lang, site) } : {};
    }
    case 'documents':
      return {
        legislationIdentifier: entry.facts.number,
        ...(start ? { legislationDate: start, dateCreated: start } : {}),
        legislationPassedBy: entry.facts.issuer ? node(graph, entry.facts.issuer, lang, site) : undefined,
        author: entry.facts.issuer ? node(graph, entry.facts.issuer, lang, site) : undefined,
        temporalCoverage: temporalCoverage(entry.facts.period),
      };
    case 'themes':
      return { inDefinedTermSet: absoluteUrl(pagePath(lang, 'about'), site) };
    case 'sources':
      return {
        headline: entry.facts.headline,
        author: entry.facts.author ? { '@type': 'Person', name: entry.facts.author } : undefined,
        publisher: entry.facts.publisher ? { '@type': 'Organization', name: entry.facts.publisher } : undefined,
        ...(start ? { datePublished: start } : {}),
        inLanguage: LOCALE_TAG[entry.facts.language],
        sameAs: entry.facts.url,
      };
  }
}

/** Drops undefined values so the JSON-LD stays clean. */
function clean(value: JsonLd): JsonLd {
  return JSON.parse(JSON.stringify(value)) as JsonLd;
}

/** schema.org description of an entry page, plus its breadcrumb trail. */
export function entryJsonLd(graph: Graph, entry: AnyEntry, lang: Lang, site: string | URL, crumbs: Crumb[]): JsonLd[] {
  const { prose } = proseOf(entry, lang);
  const url = absoluteUrl(entryPath(lang, entry.collection, entry.id), site);
  const citations =
    entry.collection === 'themes' || entry.collection === 'sources'
      ? []
      : entry.facts.sources.map((s: Ref) => absoluteUrl(entryPath(lang, 'sources', s.id), site));
  const main = clean({
    '@context': SCHEMA,
    '@type': typeOf(entry),
    '@id': url,
    name: prose.title,
    description: prose.summary,
    url,
    inLanguage: LOCALE_TAG[lang],
    ...(entry.updated ? { dateModified: entry.updated } : {}),
    ...(citations.length > 0 ? { citation: citations } : {}),
    ...specifics(graph, entry, lang, site),
  });
  const trail = clean({
    '@context': SCHEMA,
    '@type': 'BreadcrumbList',
    itemListElement: [...crumbs, { href: url, text: prose.title }].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.text,
      item: absoluteUrl(crumb.href, site),
    })),
  });
  return [main, trail];
}

/** The home page: the site, with its search action. */
export function websiteJsonLd(lang: Lang, site: string | URL, name: string, description: string): JsonLd {
  return {
    '@context': SCHEMA,
    '@type': 'WebSite',
    name,
    description,
    url: absoluteUrl(`/${lang}/`, site),
    inLanguage: LOCALE_TAG[lang],
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(pagePath(lang, 'search'), site)}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}
