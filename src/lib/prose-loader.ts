/**
 * The loader of the `prose` collection: Astro's glob loader, except that MDX
 * files without imports, exports or images are not bundled as modules.
 *
 * Astro makes every MDX content entry a module of its own, which the build
 * bundles and the prerenderer imports: 20,000 of them at 10,000 entries,
 * most of the build's time and memory (BENCHMARKS.md). Prose that uses only
 * Markdown, `<Cite>` and `<Quote>` (`needsModule` is false) is stored without
 * the deferred-render flag that requests the module, and is compiled with the
 * same MDX compiler when its page renders (`prose-render.ts`). Everything else
 * (validation, ids, digests, watching in `astro dev`) is the glob loader's.
 */
import { glob, type Loader } from 'astro/loaders';
import { needsModule } from './mdx.ts';

export function proseLoader(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: 'prose-loader',
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            if (!entry.deferredRender || needsModule(entry.body ?? '')) return context.store.set(entry);
            // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
            const { deferredRender, ...rest } = entry;
            return context.store.set(rest);
          },
        },
      }),
  };
}
