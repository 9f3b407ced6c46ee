/**
 * Reading Astro's build log: how long each kind of output took to write, and
 * how many outputs the incremental build made or copied. Used by the build
 * benchmark and the incremental-build test.
 */
import { stripVTControlCharacters as plain } from 'node:util';
import { routeFromPath } from '../../src/lib/routes.ts';

/** What kind of output a built path is, for the time breakdown of a build (`routeFromPath` names the pages). */
export function outputKind(path: string): 'card images' | 'embeds' | 'histories' | 'other pages' {
  if (path.startsWith('/og/')) return 'card images';
  const kind = routeFromPath(path.replace(/index\.html$/, ''))?.kind;
  if (kind === 'embedEntry' || kind === 'embedTimeline') return 'embeds';
  if (kind === 'history') return 'histories';
  return 'other pages';
}

/**
 * Seconds Astro spent writing each kind of output, from its build log: one
 * line per page or file, `├─ /path (+12ms)`, written one after the other
 * (build.concurrency 1). The first card image's line includes finding or
 * drawing every card (`fillOnce`).
 */
export function outputTimes(log: string): Map<string, { count: number; seconds: number }> {
  const times = new Map<string, { count: number; seconds: number }>();
  // Astro colours its log when it writes to a terminal.
  for (const match of plain(log).matchAll(/[├└]─ (\/\S*)[^├└]*?\(\+(?:(\d+)ms|([\d.]+)s|(\d+)m(\d+)s)\)/g)) {
    const [, path = '', ms, s, m, ms2] = match;
    const seconds = ms ? Number(ms) / 1000 : s ? Number(s) : Number(m) * 60 + Number(ms2);
    const kind = outputKind(path);
    const sum = times.get(kind) ?? { count: 0, seconds: 0 };
    times.set(kind, { count: sum.count + 1, seconds: sum.seconds + seconds });
  }
  return times;
}

/** HTML pages Astro rendered (`├─ /path/index.html (+12ms)`), as opposed to copied from its cache. */
export const renderedPages = (log: string): number => (plain(log).match(/\.html \(\+\d/g) ?? []).length;

/** Outputs of any kind (pages, citation files, card images) copied from the incremental build's cache. */
export const copiedOutputs = (log: string): number => (plain(log).match(/\((?:cached|restored)\)/g) ?? []).length;
