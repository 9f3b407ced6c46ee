/**
 * The project's configuration from the environment, read here and nowhere
 * else. Node-only: for the build, its scripts and the tests, never for
 * client code.
 */

import pkg from '../../package.json' with { type: 'json' };

/** Where the content lives unless VDP_CONTENT_DIR says otherwise. */
export const DEFAULT_CONTENT_DIR = 'src/content';

/**
 * The content root, relative to the project, without a trailing slash.
 * Fixture builds, tests and benchmarks point VDP_CONTENT_DIR at a tree of their own.
 */
export const CONTENT_DIR = (process.env['VDP_CONTENT_DIR'] ?? DEFAULT_CONTENT_DIR).replace(/\/$/, '');

/**
 * Astro's cache folder (content layer data store, incremental-build manifest and page copies):
 * `node_modules/.astro` for the site, one folder per other content tree, so fixture and
 * benchmark builds never reuse the site's pages or each other's.
 * @example cacheDirFor('/tmp/vdp-x/content') // 'node_modules/.astro--tmp-vdp-x-content'
 */
export const cacheDirFor = (contentDir: string): string =>
  contentDir === DEFAULT_CONTENT_DIR
    ? 'node_modules/.astro'
    : `node_modules/.astro-${contentDir.replace(/[^\w]+/g, '-')}`;

/** Public origin of the site (canonical URLs, sitemap, feeds, open data); the deploy workflow sets SITE_URL. */
export const SITE_URL = process.env['SITE_URL'] ?? 'http://localhost:4321';

/**
 * The repository the site is edited in: "Edit this page" and "Suggest a correction" link to it.
 * Set once, in package.json's `repository.url` (REPOSITORY_URL overrides it, e.g. for a fork's deploy).
 */
export const REPOSITORY_URL = (process.env['REPOSITORY_URL'] ?? pkg.repository.url)
  .replace(/\.git$/, '')
  .replace(/\/$/, '');

/**
 * Where drawn card images (Open Graph) are kept between builds, named by their content hash.
 * The build benchmark points VDP_CARD_CACHE at an empty folder to time a cold build.
 */
export const CARD_CACHE_DIR = process.env['VDP_CARD_CACHE'] ?? 'node_modules/.cache/vdp-cards';
