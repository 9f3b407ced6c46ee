import { afterEach, describe, expect, test, vi } from 'vitest';

/** The module reads the environment when loaded: load a fresh copy under the given variables. */
async function configWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('../../src/core/config.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('CONTENT_DIR', () => {
  test('returns src/content unless VDP_CONTENT_DIR is set', async () => {
    expect((await configWith({ VDP_CONTENT_DIR: undefined })).CONTENT_DIR).toBe('src/content');
  });
  test('returns VDP_CONTENT_DIR without a trailing slash', async () => {
    expect((await configWith({ VDP_CONTENT_DIR: 'tests/fixtures/valid-minimal/content/' })).CONTENT_DIR).toBe(
      'tests/fixtures/valid-minimal/content',
    );
  });
});

describe('CARD_CACHE_DIR', () => {
  test('returns node_modules/.cache/vdp-cards unless VDP_CARD_CACHE is set', async () => {
    expect((await configWith({ VDP_CARD_CACHE: undefined })).CARD_CACHE_DIR).toBe('node_modules/.cache/vdp-cards');
    expect((await configWith({ VDP_CARD_CACHE: '/tmp/cards' })).CARD_CACHE_DIR).toBe('/tmp/cards');
  });
});

describe('cacheDirFor', () => {
  test("returns Astro's default cache for the site, and a folder of its own for any other tree", async () => {
    const { cacheDirFor } = await configWith({});
    expect(cacheDirFor('src/content')).toBe('node_modules/.astro');
    expect(cacheDirFor('/tmp/vdp-bench-10000-x/content')).toBe('node_modules/.astro--tmp-vdp-bench-10000-x-content');
    expect(cacheDirFor('tests/fixtures/valid-minimal/content')).not.toBe(cacheDirFor('/tmp/other/content'));
  });
});

describe('SITE_URL', () => {
  test('returns SITE_URL, or the local preview origin when it is not set', async () => {
    expect((await configWith({ SITE_URL: 'https://example.org' })).SITE_URL).toBe('https://example.org');
    expect((await configWith({ SITE_URL: undefined })).SITE_URL).toBe('http://localhost:4321');
  });
});
