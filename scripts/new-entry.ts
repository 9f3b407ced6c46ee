/**
 * `npm run new -- <collection> <id> [--root <content dir>]`
 *
 * Scaffolds an entry in both languages: facts.yaml with every field and a
 * comment on each, vi.mdx and en.mdx. The entry starts as a draft
 * (`draft: true`): checked like any entry, never published. References are
 * pre-filled with existing ids so the draft passes `npm run check:content`
 * unchanged; the placeholder prose fails the check once the draft line is
 * deleted, until the editor has written the entry. Never overwrites.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/core/config.ts';
import { COLLECTIONS, type CollectionName } from '../src/core/vocabulary.ts';
import { factsTemplate, proseTemplate } from './lib/templates.ts';

function usage(message: string): never {
  console.error(
    `${message}\n\nUsage: npm run new -- <collection> <id>\n  collection: ${COLLECTIONS.join(', ')}\n  id: lowercase ASCII words joined by hyphens, e.g. 2024-05-01-da-nang-vnpt-ky-ket`,
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 ? (args.splice(rootFlag, 2)[1] ?? usage('--root needs a directory.')) : CONTENT_DIR;
const [collection, id] = args;
if (!collection || !(COLLECTIONS as readonly string[]).includes(collection))
  usage(`Unknown collection "${collection ?? ''}".`);
if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) usage(`Invalid id "${id ?? ''}".`);

const dir = join(root, collection, id);
if (existsSync(dir)) {
  const files = readdirSync(dir).sort();
  console.error(
    `An entry with the id "${id}" already exists in ${dir}/${files.length ? ` (${files.join(', ')})` : ''}. Nothing was written.\nEdit that entry, or choose another id for a new one.`,
  );
  process.exit(1);
}

/** The first existing id of each collection, to pre-fill references. */
const firstIds = Object.fromEntries(
  COLLECTIONS.map((name) => {
    const folder = join(root, name);
    const ids = existsSync(folder)
      ? readdirSync(folder, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort()
      : [];
    return [name, ids[0]];
  }),
) as Record<CollectionName, string | undefined>;

const facts = factsTemplate(collection as CollectionName, firstIds);
if (typeof facts !== 'string') usage(facts.error);

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'facts.yaml'), facts);
const citeId = collection === 'sources' ? id : firstIds.sources;
for (const lang of ['vi', 'en'] as const) writeFileSync(join(dir, `${lang}.mdx`), proseTemplate(lang, citeId));
console.log(
  `Created the draft ${dir}/ (facts.yaml, vi.mdx, en.mdx).\nEdit every value (the references are examples), run npm run check:content, and delete \`draft: true\` from facts.yaml to publish it.`,
);
