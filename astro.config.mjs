// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/csp.ts';
import { cacheDirFor, CONTENT_DIR, SITE_URL } from './src/core/config.ts';
import { fontSubset } from './scripts/lib/font-subset.ts';
import { LANGS, LOCALE_TAG } from './src/core/vocabulary.ts';
import { counterpart, routeFromPath, routePath } from './src/lib/routes.ts';
import { isEmbedPath } from './src/lib/site.ts';

/** Fixture and benchmark builds read another content tree; they get their own cache. */
const cacheDir = `./${cacheDirFor(CONTENT_DIR)}`;

export default defineConfig({
  site: SITE_URL,
  cacheDir,
  trailingSlash: 'always',
  // No code blocks in content; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  // Pages whose cache key (src/lib/pages/cache-key.ts) and code are unchanged are copied
  // from the last build's cache (in cacheDir) instead of rendered. Concurrency stays 1.
  experimental: { incrementalBuild: true },
  i18n: {
    locales: [...LANGS],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES },
    },
  },
  integrations: [
    fontSubset(),
    mdx(),
    sitemap({
      // Section names are localized, so alternates are paired by route, not by path.
      serialize(item) {
        const url = new URL(item.url);
        const route = routeFromPath(url.pathname);
        if (!route) return item;
        item.links = LANGS.map((lang) => ({
          lang: LOCALE_TAG[lang],
          url: new URL(routePath(counterpart(route, lang)), SITE_URL).href,
        }));
        return item;
      },
      // `/` only redirects to /vi/, 404 pages are not content, and embeddable views are for frames.
      filter: (page) => !/^\/$|\/404\/?$/.test(new URL(page).pathname) && !isEmbedPath(new URL(page).pathname),
    }),
  ],
  vite: {
    build: {
      // Astro does not empty the output folder: scripts/astro-build.ts empties it unless the
      // folder is as Astro's last build left it, then an unchanged page stays where it is.
      emptyOutDir: false,
      // Nothing becomes a data: URL or an inline script or stylesheet, except the
      // header search bootstrap (a few hundred bytes, see
      // src/components/search/SearchBox.astro): inlined, entry pages fetch no
      // JavaScript at load.
      assetsInlineLimit: (file) => /(^|\/)SearchBox\.astro_astro_type_script_/.test(file),
      rolldownOptions: {
        // Astro's MDX modules trip a harmless bundler warning, one per MDX file
        // (withastro/astro#18087): 168 warnings here, 20,000 at 10,000 entries,
        // burying the messages editors need. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
