/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is copied from
 * the cache instead of rendered. A key must change whenever anything the page
 * shows changes, so it is not listed by hand (an entry page shows its
 * partners, places, timeline, backlinks, evidence, a timeline page every dated
 * entry…): it is the digest of the page's data, which holds everything the
 * page's components read, and of the prose body the page renders. The graph
 * decides what is in the data, so the keys follow it: an entry's facts change
 * the key of every page whose data shows them, and of no other.
 *
 * One input is not in any page's data: the record version, which every page's
 * footer shows (`BaseLayout`). It goes into every key, so a content commit
 * renders every page again; a working-copy edit before the commit does not.
 *
 * What the key leaves out is covered by Astro itself: the code (every module
 * the route imports, UI strings and styles included) by the route's
 * dependency hash, the configuration (site URL, locales) and the lockfile by
 * the cache manifest's hashes.
 */
import { createHash } from 'node:crypto';
import { routePath, type Route } from '../routes.ts';
import type { RecordVersion } from '../version.ts';
import { pageData, type PageContent, type PageData } from './page-data.ts';

/** The prose body a page renders (the text of `vi.mdx` or `en.mdx` after its front matter), by `ProseMeta.key`. */
export type BodyOf = (proseKey: string) => string | undefined;

/**
 * A key from everything a page or file is made of, in order.
 * @example digestKey('bib', items) // 'Zp0…' (43 characters, URL-safe base64)
 */
export const digestKey = (...inputs: unknown[]): string =>
  createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');

/**
 * The key of one page: a digest of its data, of the record version its footer shows and, for an
 * entry page, of the body it renders.
 * @example pageCacheKey(data, version, '# Heading…') // 'q4yT…' (43 characters, URL-safe base64)
 */
export const pageCacheKey = (data: PageData, version: RecordVersion | null, body?: string): string =>
  digestKey(data, version, body ?? null);

/**
 * The cache key of each route's page, computed from the same page data the
 * route renders.
 * @param site origin for canonical URLs, as the route passes it to `pageData()`
 * @param version the record version (`readRecordVersion`), shown in every page's footer
 * @throws Error when an entry page's prose body is missing
 */
export function routeCacheKey(
  route: Route,
  content: PageContent,
  site: string,
  bodyOf: BodyOf,
  version: RecordVersion | null,
): string {
  const data = pageData(route, content, site);
  if (data.kind !== 'entry') return pageCacheKey(data, version);
  const body = bodyOf(data.proseKey);
  if (body === undefined) throw new Error(`Missing prose ${data.proseKey}`);
  return pageCacheKey(data, version, body);
}

/** Page path → cache key, for every route given. */
export function pageCacheKeys(
  routes: Route[],
  content: PageContent,
  site: string,
  bodyOf: BodyOf,
  version: RecordVersion | null,
): Map<string, string> {
  return new Map(routes.map((route) => [routePath(route), routeCacheKey(route, content, site, bodyOf, version)]));
}
