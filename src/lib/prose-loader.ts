/**
 * The loader of the `prose` collection: Astro's glob loader, except that no
 * MDX file is bundled as a module of its own.
 *
 * Astro makes every MDX content entry a module, which the build bundles and
 * the prerenderer imports: 20,000 of them at 10,000 entries, most of the
 * build's time and memory (BENCHMARKS.md). Prose is data (`prose-rules.ts`:
 * no imports, exports, expressions or images), so no file needs a module:
 * entries are stored without the deferred-render flag that requests one, and
 * are compiled with the same MDX compiler when their page renders
 * (`prose-render.ts`). Everything else (validation, ids, digests, watching
 * in `astro dev`) is the glob loader's.
 */
import { glob, type Loader } from 'astro/loaders';

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
            // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
            const { deferredRender, ...rest } = entry;
            return context.store.set(rest);
          },
        },
      }),
  };
}
