/** Helpers for the browser tests: what the built site should contain, read independently of src/lib. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/core/config.ts';

export const DIST = process.env['E2E_DIST'] ?? 'dist';
export const CONTENT = CONTENT_DIR;
/** Screenshots to look at after a run (375 px and 1280 px of every template, both languages). */
export const SCREENSHOTS = 'screenshots';

/** Entry ids of a collection, from the content folders. */
export function contentIds(collection: string): string[] {
  const dir = join(CONTENT, collection);
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Every page URL listed in the built sitemap, as a site path. */
export function sitemapPaths(): string[] {
  const index = readDist('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1] as string);
  return files.flatMap((file) =>
    [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname),
  );
}

/** Collects console errors and CSP violations on a page. */
export function watchErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
