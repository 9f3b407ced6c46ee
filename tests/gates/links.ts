/**
 * Link gate: every internal link, asset and #anchor in a built site resolves
 * (linkinator crawls a local server of the directory, checking fragments and
 * CSS urls); external links are checked for form only, since CI has no network.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';
import { htmlFiles } from './files.ts';

export interface LinkProblem {
  url: string;
  parent: string;
  reason: string;
}

/** A port free on this machine now, for linkinator's own local server (two runs at once must not share one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Broken internal links, assets and fragments under `dir`. */
export async function brokenLinks(dir: string): Promise<LinkProblem[]> {
  // Known before the crawl, so the server's URLs can be told apart from the site origin's.
  const LOCAL_PORT = await freePort();
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 50,
    port: LOCAL_PORT,
    // Absolute URLs are canonical/alternate links to the public origin (SITE_URL), or
    // external sites; CI has no network, so they are checked for form only (below).
    linksToSkip: async (link) => /^[a-z]+:/i.test(link) && !link.startsWith(`http://127.0.0.1:${LOCAL_PORT}/`),
  });
  if (result.links.filter((l) => l.state === LinkState.OK).length < 2) {
    return [{ url: dir, parent: '', reason: 'nothing was crawled: the checker did not reach the site' }];
  }
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      url: link.url,
      parent: link.parent ?? '',
      reason: [
        link.status,
        ...(link.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : JSON.stringify(d))),
      ].join(' '),
    }));
}

/** External links that are malformed, or open without rel="noopener". */
export function externalLinkProblems(dir: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<a\b[^>]*\bhref="(https?:[^"]*)"[^>]*>/g)) {
      const [tag, href] = match as unknown as [string, string];
      if (/^https?:\/\/localhost/.test(href)) continue;
      try {
        const url = new URL(href.replaceAll('&amp;', '&'));
        if (!url.hostname.includes('.')) problems.push({ url: href, parent: file, reason: 'host has no domain' });
      } catch {
        problems.push({ url: href, parent: file, reason: 'not a valid URL' });
      }
      if (!/\brel="[^"]*\bnoopener\b/.test(tag))
        problems.push({ url: href, parent: file, reason: 'external link without rel="noopener"' });
    }
  }
  return problems;
}
