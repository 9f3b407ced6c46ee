/**
 * Page budgets measured from a built site: what an entry or index page loads
 * at first paint (no JavaScript; HTML + CSS under 40 KB gzip) and the
 * JavaScript the timeline page can load (under 170 KB gzip, none of it blocking).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRY_HTML_CSS_LIMIT = 40 * 1024;
export const TIMELINE_JS_LIMIT = 170 * 1024;
/** A header search bootstrap may be inlined if it is tiny and fetches nothing until used. */
export const INLINE_SCRIPT_LIMIT = 1024;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export function pageFile(dir: string, path: string): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** External scripts referenced by the page (loaded at startup). */
  scriptSrcs: string[];
  /** Bytes of inline executable scripts (JSON data blocks excluded). */
  inlineScriptBytes: number;
}

export function pageWeight(dir: string, path: string): PageWeight {
  const html = readFileSync(pageFile(dir, path), 'utf8');
  const css = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g),
  ]
    .map((m) => m[1] as string)
    .filter((href, i, all) => all.indexOf(href) === i)
    .map((href) => readFileSync(join(dir, href)));
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const isData = (attrs: string) => /type="application\/(ld\+)?json"/.test(attrs);
  return {
    htmlGzip: gz(html),
    cssGzip: gz(Buffer.concat([...css, Buffer.from(inlineStyles)])),
    scriptSrcs: scripts
      .filter((m) => /\bsrc="/.test(m[1] as string))
      .map((m) => /\bsrc="([^"]+)"/.exec(m[1] as string)?.[1] as string),
    inlineScriptBytes: scripts
      .filter((m) => !/\bsrc="/.test(m[1] as string) && !isData(m[1] as string))
      .reduce((sum, m) => sum + Buffer.byteLength(m[2] as string), 0),
  };
}

/**
 * Every JavaScript file a page can load: its module scripts and everything
 * they import, statically or dynamically, gzipped, per file.
 */
export function reachableScripts(dir: string, path: string): Map<string, number> {
  const html = readFileSync(pageFile(dir, path), 'utf8');
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1] as string),
    ...[...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
      [...(m[1] as string).matchAll(/["'`](\/_astro\/[^"'`]+\.js)["'`]/g)].map((x) => x[1] as string),
    ),
  ];
  const sizes = new Map<string, number>();
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (sizes.has(src) || !existsSync(join(dir, src))) continue;
    const code = readFileSync(join(dir, src), 'utf8');
    sizes.set(src, gz(code));
    for (const m of code.matchAll(/["'`](?:\.\/|\/_astro\/)([\w.-]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
  }
  return sizes;
}
