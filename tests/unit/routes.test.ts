import { describe, expect, test } from 'vitest';
import { COLLECTIONS, LANGS } from '../../src/core/vocabulary.ts';
import {
  counterpart,
  EMBED,
  embeddedRoute,
  ogImagePath,
  historyPath,
  PAGES,
  routeFromPath,
  routePath,
  routeSlug,
  SECTION,
  type Route,
} from '../../src/lib/routes.ts';

describe('routePath', () => {
  test('returns localized section paths with the same id in both languages', () => {
    expect(routePath({ kind: 'entry', lang: 'vi', collection: 'events', id: 'x' })).toBe('/vi/su-kien/x/');
    expect(routePath({ kind: 'entry', lang: 'en', collection: 'events', id: 'x' })).toBe('/en/events/x/');
    expect(routePath({ kind: 'home', lang: 'en' })).toBe('/en/');
    expect(routePath({ kind: 'page', lang: 'vi', page: 'timeline' })).toBe('/vi/dong-thoi-gian/');
    expect(historyPath('vi', 'events', 'x')).toBe('/vi/su-kien/x/lich-su/');
    expect(historyPath('en', 'events', 'x')).toBe('/en/events/x/history/');
    expect(routePath({ kind: 'page', lang: 'en', page: 'changes' })).toBe('/en/changes/');
  });
});

describe('routeFromPath', () => {
  const all: Route[] = LANGS.flatMap((lang) => [
    { kind: 'home', lang } as Route,
    ...COLLECTIONS.map((collection) => ({ kind: 'index', lang, collection }) as Route),
    ...COLLECTIONS.map((collection) => ({ kind: 'entry', lang, collection, id: 'some-id' }) as Route),
    ...(Object.keys(PAGES) as (keyof typeof PAGES)[]).map((page) => ({ kind: 'page', lang, page }) as Route),
    { kind: 'embedTimeline', lang } as Route,
    ...COLLECTIONS.map((collection) => ({ kind: 'embedEntry', lang, collection, id: 'some-id' }) as Route),
    ...COLLECTIONS.map((collection) => ({ kind: 'history', lang, collection, id: 'some-id' }) as Route),
  ]);
  test.each(all.map((r) => [routePath(r), r] as const))('returns the route of %s', (path, route) => {
    expect(routeFromPath(path)).toEqual(route);
  });
  test('returns null outside the scheme', () => {
    expect(routeFromPath('/fr/')).toBeNull();
    expect(routeFromPath('/vi/khong-co/x/')).toBeNull();
    expect(routeFromPath('/data/dataset.json')).toBeNull();
    expect(routeFromPath('/en/embed/')).toBeNull();
    expect(routeFromPath('/en/embed/search/')).toBeNull();
    expect(routeFromPath('/en/embed/events/')).toBeNull();
    expect(routeFromPath('/vi/embed/timeline/')).toBeNull();
    expect(routeFromPath('/vi/su-kien/x/history/')).toBeNull();
    expect(routeFromPath('/en/events/x/lich-su/')).toBeNull();
    expect(routeFromPath('/en/timeline/history/')).toBeNull();
  });
});

describe('counterpart', () => {
  test('returns the same page in the other language', () => {
    const route: Route = { kind: 'entry', lang: 'vi', collection: 'places', id: 'da-nang' };
    expect(routePath(counterpart(route))).toBe('/en/places/da-nang/');
    expect(routeSlug(counterpart(route))).toBe('places/da-nang');
  });
});

describe('SECTION', () => {
  test('has distinct ASCII slugs per language, none colliding with stand-alone pages', () => {
    for (const lang of LANGS) {
      const slugs = [...COLLECTIONS.map((c) => SECTION[c][lang]), ...Object.values(PAGES).map((p) => p[lang])];
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z-]+$/);
    }
  });
});

describe('embeddable views', () => {
  test('returns paths under the localized embed segment, mirroring the full view’s path', () => {
    expect(routePath({ kind: 'embedTimeline', lang: 'vi' })).toBe('/vi/nhung/dong-thoi-gian/');
    expect(routePath({ kind: 'embedTimeline', lang: 'en' })).toBe('/en/embed/timeline/');
    expect(routePath({ kind: 'embedEntry', lang: 'vi', collection: 'events', id: 'x' })).toBe('/vi/nhung/su-kien/x/');
    expect(routePath(counterpart({ kind: 'embedEntry', lang: 'vi', collection: 'events', id: 'x' }))).toBe(
      '/en/embed/events/x/',
    );
  });
  test('embeddedRoute returns the full view an embed shows', () => {
    expect(embeddedRoute({ kind: 'embedTimeline', lang: 'en' })).toEqual({
      kind: 'page',
      lang: 'en',
      page: 'timeline',
    });
    expect(embeddedRoute({ kind: 'embedEntry', lang: 'vi', collection: 'places', id: 'p' })).toEqual({
      kind: 'entry',
      lang: 'vi',
      collection: 'places',
      id: 'p',
    });
  });
  test('the embed segment collides with no section or page', () => {
    for (const lang of LANGS) {
      const slugs = [...COLLECTIONS.map((c) => SECTION[c][lang]), ...Object.values(PAGES).map((p) => p[lang])];
      expect(slugs).not.toContain(EMBED[lang]);
    }
  });
});

describe('ogImagePath', () => {
  test('returns the PNG of an entry per language', () => {
    expect(ogImagePath('vi', 'events', 'x')).toBe('/og/vi/events/x.png');
  });
});
