/**
 * `npm run check:content [-- <content dir>]`: validates every content file
 * and the links between entries without building pages. Prints all problems,
 * grouped by file, and exits 1 if there are any.
 */
import { CONTENT_DIR } from '../src/core/config.ts';
import { loadContentTree } from '../src/lib/content-loader.ts';
import { splitDrafts } from '../src/lib/drafts.ts';
import { checkIntegrity, formatProblems } from '../src/lib/integrity.ts';

const root = (process.argv[2] ?? CONTENT_DIR).replace(/\/$/, '');
const { entries, problems } = await loadContentTree(root);
problems.push(...(await checkIntegrity(entries)));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}. Nothing was built.`);
  process.exit(1);
}
const drafts = splitDrafts(entries).drafts.length;
const unpublished = drafts ? ` (${drafts} draft${drafts === 1 ? '' : 's'}, not published)` : '';
console.log(`✔ ${entries.length} entries in ${root} passed the content checks${unpublished}.`);
