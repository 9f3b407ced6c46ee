/**
 * A static host for a built site, as production would serve it: directory
 * index pages, bundles and search files cacheable, text compressed (gzip, as
 * GitHub Pages and other hosts do; Pagefind's index files are compressed
 * already and go as they are), and the
 * 404 page of the reader's language (`/en/404/`) or the bilingual
 * `/404.html` for misses. Used by `npm start`, the browser tests and the
 * benchmarks.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://localhost:4321`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` on `port` (0 picks a free one). Rejects when the port is taken or `dir` holds no site. */
export async function serveStatic(dir: string, port = 0, host = 'localhost'): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}/. Run \`npm run build\` first.`);
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    // Cacheable for ten minutes, as GitHub Pages serves every file, but only the bundles and
    // Pagefind's files (named by content or version), so a rebuilt site shows at once: the
    // search box fetches Pagefind's files early and Pagefind then finds them in the cache.
    setHeaders: (res, pathname) => {
      if (/^\/(?:_astro|pagefind)\//.test(pathname)) res.setHeader('cache-control', 'public, max-age=600');
    },
  });
  const notFound = (url: string, res: ServerResponse): void => {
    const lang = /^\/(vi|en)\//.exec(url)?.[1];
    const localized = lang ? join(dir, lang, '404', 'index.html') : '';
    const page = localized && existsSync(localized) ? localized : join(dir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(page));
  };
  // Connect-style middleware; it needs only node:http's request and response, though typed with Express's.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server = createServer((req, res) =>
    compress(req, res, () => assets(req, res, () => notFound(req.url ?? '/', res))),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
