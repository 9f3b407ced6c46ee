/**
 * Content collections. Facts (`facts.yaml`) form one collection per concept;
 * prose (`vi.mdx`, `en.mdx`) of every entry forms the `prose` collection.
 * `src/lib/content.ts` joins them; nothing else calls `getCollection()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as root } from './core/config.ts';
import { FACTS_PATTERN, PROSE_PATTERN } from './lib/content-files.ts';
import { proseLoader } from './lib/prose-loader.ts';
import { strictData } from './lib/strict-loader.ts';
import type { CollectionName } from './core/vocabulary.ts';
import { FACT_SCHEMAS, proseSchema, type RefFactory } from './schemas/index.ts';

const ref = reference as unknown as RefFactory;

function facts<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: strictData(
      glob({
        pattern: FACTS_PATTERN,
        base: `${root}/${name}`,
        generateId: ({ entry }) => entry.split('/')[0] ?? entry,
      }),
      'yaml',
    ),
    schema: FACT_SCHEMAS[name](ref) as ReturnType<(typeof FACT_SCHEMAS)[N]>,
  });
}

const prose = defineCollection({
  loader: strictData(
    proseLoader({
      pattern: PROSE_PATTERN,
      base: root,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    'frontmatter',
  ),
  schema: proseSchema,
});

export const collections = {
  partnerships: facts('partnerships'),
  events: facts('events'),
  organizations: facts('organizations'),
  places: facts('places'),
  people: facts('people'),
  documents: facts('documents'),
  themes: facts('themes'),
  sources: facts('sources'),
  prose,
};
