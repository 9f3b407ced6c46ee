import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { proseLoader } from '../../src/lib/prose-loader.ts';

// Astro's glob loader stands in as one that stores a single entry marked for deferred rendering.
const globOptions: unknown[] = [];
vi.mock('astro/loaders', () => ({
  glob: (options: unknown) => {
    globOptions.push(options);
    return {
      name: 'glob-loader',
      load: async (context: LoaderContext) => {
        context.store.set({ id: 'events/a/vi', data: { title: 'A' }, body: 'Text', deferredRender: true });
      },
    };
  },
}));

describe('proseLoader', () => {
  test('returns a loader that passes its options to the glob loader and stores entries without deferredRender', async () => {
    const stored: unknown[] = [];
    const store = { set: (entry: unknown) => stored.push(entry) > 0, has: () => false };
    const loader = proseLoader({ pattern: '**/*.mdx', base: 'content' });
    expect(loader.name).toBe('prose-loader');
    await loader.load({ store } as unknown as LoaderContext);
    expect(globOptions).toEqual([{ pattern: '**/*.mdx', base: 'content' }]);
    expect(stored).toEqual([{ id: 'events/a/vi', data: { title: 'A' }, body: 'Text' }]);
  });
});
