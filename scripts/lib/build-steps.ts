/**
 * The steps of a production build, in order: the content check (all content
 * problems in one report, before Astro stops at the first), `astro build`,
 * then the Pagefind index of the built pages. `npm run build`, the
 * rebuild-determinism test and the build benchmark run these same steps.
 * The content folder comes from VDP_CONTENT_DIR (default `src/content`).
 *
 * Astro's incremental build (astro.config.mjs) copies the pages whose cache
 * key is unchanged from its cache, Astro is not run at all when nothing it
 * reads changed (`scripts/astro-build.ts`), and an unchanged site reuses its
 * last search index; `force` ignores those caches and the content layer's,
 * for a cold build.
 */
export interface BuildStep {
  name: 'check' | 'astro' | 'pagefind';
  /** Arguments for `node`. */
  args: string[];
}

export const buildSteps = (outDir = 'dist', { force = false } = {}): BuildStep[] => [
  // Not run again on content and code it passed before (`--cached`), unless forced.
  { name: 'check', args: ['scripts/check-content.ts', force ? '--record' : '--cached'] },
  // `astro build`, not run again when nothing it reads changed and its output is as it left it.
  { name: 'astro', args: ['scripts/astro-build.ts', outDir, ...(force ? ['--force'] : [])] },
  // Pagefind, run from the project root so it reads ./pagefind.yml; an unchanged site reuses its last index.
  { name: 'pagefind', args: ['scripts/index-search.ts', outDir, ...(force ? ['--force'] : [])] },
];
