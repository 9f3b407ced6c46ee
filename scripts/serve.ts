/**
 * Serves the built site (`dist/`) at http://localhost:4321 (or PORT), as a
 * static host would: directory index pages, and the 404 page of the
 * reader's language (`/en/404/`) or the bilingual `/404.html` for misses.
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? 'localhost';

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });

function notFound(url: string, res: ServerResponse): void {
  const lang = /^\/(vi|en)\//.exec(url)?.[1];
  const page =
    lang && existsSync(join(dir, lang, '404', 'index.html'))
      ? join(dir, lang, '404', 'index.html')
      : join(dir, '404.html');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(page));
}

createServer((req, res) => assets(req, res, () => notFound(req.url ?? '/', res))).listen(port, host, () => {
  console.log(`Serving ${dir}/ at http://${host}:${port}/`);
});
