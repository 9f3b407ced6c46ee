/**
 * Cache keys of the incremental build: changing one input must change the
 * keys of exactly the pages that show it. Each case edits a file of a small
 * synthetic record, as an editor would, reloads it as the build does, and
 * compares every page's key before and after. "Shows it" is read two ways,
 * independently of the digest: from the graph (the entry's own pages, its
 * partners', places' and themes' pages, the timeline and indexes must
 * change; an unrelated entry's pages must not), and from the page data
 * itself (a page's key changes exactly when its data or rendered body does).
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withEvidence, writeSyntheticContent } from '../../../scripts/lib/synthetic.ts';
import { loadContentTree } from '../../../src/lib/content-loader.ts';
import { splitDrafts } from '../../../src/lib/drafts.ts';
import { buildEntries } from '../../../src/lib/entries.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { checkIntegrity } from '../../../src/lib/integrity.ts';
import { pageCacheKey, pageCacheKeys, routeCacheKey } from '../../../src/lib/pages/cache-key.ts';
import { pageData, type PageContent } from '../../../src/lib/pages/page-data.ts';
import { entryPath, indexPath, pagePath, routePath } from '../../../src/lib/routes.ts';
import { embedRoutes, siteRoutes } from '../../../src/lib/site.ts';
import type { RecordVersion } from '../../../src/lib/version.ts';
import { LANGS } from '../../../src/core/vocabulary.ts';
import { SITE } from './fixture.ts';

const base = mkdtempSync(join(tmpdir(), 'vdp-cache-key-'));
const pristine = join(base, 'pristine');
let copies = 0;
afterAll(() => rmSync(base, { recursive: true, force: true }), 60_000);
beforeAll(() => {
  writeSyntheticContent(pristine, 60, 60);
}, 60_000);

interface Site {
  keys: Map<string, string>;
  /** Page path → the page data and body the key digests, for the independent comparison. */
  shown: Map<string, { data: unknown; body: string | undefined }>;
}

const VERSION = { date: '2026-11-30', commit: 'a1b2c3d' };

/** Loads a tree as the build does (check, drafts, graph) and keys every page, embeds included. */
async function keyed(root: string, version: RecordVersion | null = VERSION): Promise<Site> {
  const { entries, problems } = await loadContentTree(root);
  problems.push(...(await checkIntegrity(entries)));
  expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([]);
  const bodies = new Map(
    entries.flatMap((e) => Object.entries(e.prose).map(([lang, p]) => [`${e.collection}/${e.id}/${lang}`, p.body])),
  );
  const content: PageContent = {
    graph: buildGraph(await buildEntries(splitDrafts(entries).published)),
    drafts: splitDrafts(entries).drafts,
  };
  const routes = [...siteRoutes(content.graph), ...embedRoutes(content.graph)];
  const shown = new Map(
    routes.map((route) => {
      const data = pageData(route, content, SITE);
      return [routePath(route), { data, body: data.kind === 'entry' ? bodies.get(data.proseKey) : undefined }];
    }),
  );
  return { keys: pageCacheKeys(routes, content, SITE, (key) => bodies.get(key), version), shown };
}

/** A copy of the pristine tree, edited by `edit`. */
function edited(edit: (root: string) => void): string {
  const root = join(base, `copy-${(copies += 1)}`);
  cpSync(pristine, root, { recursive: true });
  edit(root);
  return root;
}

/** Paths whose key differs, or exists on one side only. */
function changedKeys(before: Site, after: Site): string[] {
  const paths = new Set([...before.keys.keys(), ...after.keys.keys()]);
  return [...paths].filter((path) => before.keys.get(path) !== after.keys.get(path)).sort();
}

/** Paths whose page data or body differs, compared value by value (no digest). */
function changedShown(before: Site, after: Site): string[] {
  const paths = new Set([...before.shown.keys(), ...after.shown.keys()]);
  return [...paths].filter((path) => !isDeepStrictEqual(before.shown.get(path), after.shown.get(path))).sort();
}

const both = (path: (lang: 'vi' | 'en') => string) => LANGS.map(path);
const facts = (root: string, collection: string, id: string) => join(root, collection, id, 'facts.yaml');

let original: Site;
beforeAll(async () => {
  original = await keyed(pristine);
}, 60_000);

describe('pageCacheKey', () => {
  test('is the same for equal data and differs when the data, the record version or the body differs', () => {
    const data = { kind: 'about', title: 'A' } as never;
    expect(pageCacheKey(data, VERSION)).toBe(pageCacheKey(structuredClone(data), { ...VERSION }));
    expect(pageCacheKey(data, VERSION)).toMatch(/^[\w-]{43}$/);
    expect(pageCacheKey(data, VERSION)).not.toBe(pageCacheKey({ kind: 'about', title: 'B' } as never, VERSION));
    expect(pageCacheKey(data, VERSION)).not.toBe(pageCacheKey(data, { ...VERSION, commit: 'e4f5a6b' }));
    expect(pageCacheKey(data, VERSION)).not.toBe(pageCacheKey(data, null));
    expect(pageCacheKey(data, VERSION, 'body')).not.toBe(pageCacheKey(data, VERSION, 'body.'));
    expect(pageCacheKey(data, VERSION, '')).not.toBe(pageCacheKey(data, VERSION));
  });
});

describe('routeCacheKey', () => {
  test('refuses an entry page whose prose body is missing', async () => {
    const { entries } = await loadContentTree(pristine);
    const content = { graph: buildGraph(await buildEntries(entries)), drafts: [] };
    const route = { kind: 'entry', lang: 'vi', collection: 'events', id: 'event-0' } as const;
    expect(() => routeCacheKey(route, content, SITE, () => undefined, null)).toThrow('Missing prose events/event-0/vi');
  });
});

describe('pageCacheKeys', () => {
  test('keys every page, and keys an unchanged tree the same way twice', async () => {
    expect(original.keys.size).toBe(original.shown.size);
    expect(new Set(original.keys.values()).size).toBe(original.keys.size);
    expect((await keyed(edited(() => {}))).keys).toEqual(original.keys);
  });

  test('a new record version (a content commit) changes every key: every footer shows it', async () => {
    const after = await keyed(pristine, { date: '2026-12-01', commit: 'e4f5a6b' });
    expect(changedKeys(original, after)).toEqual([...original.keys.keys()].sort());
  });

  test("an entry's prose body changes only the page of that language", async () => {
    const after = await keyed(
      edited((root) => appendFileSync(join(root, 'events/event-3/vi.mdx'), '\nMột câu mới.\n')),
    );
    expect(changedKeys(original, after)).toEqual([entryPath('vi', 'events', 'event-3')]);
  });

  test("an entry's title changes exactly the pages of that language that show it", async () => {
    const after = await keyed(
      edited((root) => {
        const file = join(root, 'organizations/org-0/vi.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: ".*"$/m, 'title: "Tập đoàn Mới Đổi Tên 0"'));
      }),
    );
    const changed = changedKeys(original, after);
    const showing = [...after.shown]
      .filter(([, page]) => JSON.stringify(page.data).includes('Tập đoàn Mới Đổi Tên'))
      .map(([path]) => path)
      .sort();
    expect(changed).toEqual(showing);
    expect(changed.every((path) => path.startsWith('/vi/'))).toBe(true);
    // From the graph: the organization's page, the index, and every partnership it is partner to.
    const partnerTo = [...(await partnershipsOf('org-0'))].map((id) => entryPath('vi', 'partnerships', id));
    expect(partnerTo.length).toBeGreaterThan(0);
    expect(changed).toEqual(
      expect.arrayContaining([
        entryPath('vi', 'organizations', 'org-0'),
        indexPath('vi', 'organizations'),
        ...partnerTo,
      ]),
    );
  });

  test("an entry's facts change the pages that show it: its own, its partners', places', the timeline, the index", async () => {
    const id = await freeDatedEvent();
    const after = await keyed(
      edited((root) => {
        const file = facts(root, 'events', id);
        const raw = readFileSync(file, 'utf8').split('evidence:')[0]!;
        writeFileSync(file, withEvidence('events', id, raw.replace(/^date: ".*"$/m, 'date: "2023-12-30"')));
      }),
    );
    const changed = changedKeys(original, after);
    expect(changed).toEqual(changedShown(original, after));
    const linked = await linksOf('events', id);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    expect(changed).toEqual(
      expect.arrayContaining([
        ...both((lang) => entryPath(lang, 'events', id)),
        ...linked.flatMap(([collection, other]) => both((lang) => entryPath(lang, collection, other))),
        ...both((lang) => pagePath(lang, 'timeline')),
        ...both((lang) => indexPath(lang, 'events')),
      ]),
    );
    // An entry the event neither links to nor is linked from keeps its pages.
    for (const lang of LANGS) expect(changed).not.toContain(entryPath(lang, 'themes', unlinkedTheme(linked)));
    expect(changed.length).toBeLessThan(original.keys.size / 2);
  });

  test('a new entry adds its pages and changes the pages that now show it, and no other', async () => {
    const after = await keyed(
      edited((root) => {
        const from = join(root, 'events/event-0');
        const to = join(root, 'events/event-new');
        cpSync(from, to, { recursive: true });
        for (const lang of LANGS) {
          const file = join(to, `${lang}.mdx`);
          writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "/m, 'title: "Mới: '));
        }
      }),
    );
    const changed = changedKeys(original, after);
    expect(changed).toEqual(changedShown(original, after));
    expect(changed).toEqual(expect.arrayContaining(both((lang) => entryPath(lang, 'events', 'event-new'))));
    const linked = await linksOf('events', 'event-0');
    expect(changed).toEqual(
      expect.arrayContaining(
        linked.flatMap(([collection, other]) => both((lang) => entryPath(lang, collection, other))),
      ),
    );
    for (const lang of LANGS) expect(changed).not.toContain(entryPath(lang, 'themes', unlinkedTheme(linked)));
  });
});

/** The graph of the pristine tree. */
async function pristineGraph() {
  const { entries } = await loadContentTree(pristine);
  return buildGraph(await buildEntries(entries));
}

/** Partnerships that name the organization as a partner or counterpart. */
async function partnershipsOf(org: string): Promise<Set<string>> {
  const graph = await pristineGraph();
  return new Set(
    graph
      .list('partnerships')
      .filter((p) => [...p.facts.partners, ...p.facts.counterparts].some((ref) => ref.id === org))
      .map((p) => p.id),
  );
}

/** The entries an entry links to (organizations, places, themes, partnership), other than sources. */
async function linksOf(collection: 'events', id: string): Promise<[never, string][]> {
  const graph = await pristineGraph();
  const entry = graph.get(collection, id)!;
  const refs = [
    ...entry.facts.organizations,
    ...entry.facts.places,
    ...entry.facts.themes,
    ...(entry.facts.partnership ? [entry.facts.partnership] : []),
  ];
  return refs.map((ref) => [ref.collection as never, ref.id]);
}

/** A synthetic event dated to the day that belongs to no partnership, so its date may move freely. */
async function freeDatedEvent(): Promise<string> {
  const graph = await pristineGraph();
  const event = graph
    .list('events')
    .find((e) => !e.facts.partnership && /^\d{4}-\d\d-\d\d$/.test(String(e.facts.date)) && e.facts.places.length > 0);
  if (!event) throw new Error('the synthetic record has no free event dated to the day');
  return event.id;
}

/** A theme none of `linked` is. */
function unlinkedTheme(linked: [string, string][]): string {
  const used = new Set(linked.filter(([c]) => c === 'themes').map(([, id]) => id));
  const theme = Array.from({ length: 7 }, (_, i) => `theme-${i}`).find((id) => !used.has(id));
  if (!theme) throw new Error('every theme is linked');
  return theme;
}
