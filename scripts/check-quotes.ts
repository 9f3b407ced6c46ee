/**
 * `npm run check:quotes -- <archive dir> [<content dir>]`: checks that every
 * evidence excerpt (evidence lists, figures, roles) is verbatim in the archived
 * text of the source it cites (`archiveFile:` of the source, found in the
 * archive directory). For editors who have the archive; the build cannot do it,
 * because the project does not republish the texts.
 *
 * Matching ignores case, Unicode normalization, runs of whitespace, straight
 * versus curly quotes and the kind of dash; nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/core/config.ts';
import { loadContentTree } from '../src/lib/content-loader.ts';
import { claimsOf, type EvidenceItem, type Excerpt } from '../src/lib/evidence.ts';
import { matchable } from '../src/lib/quote-match.ts';

const [archive, root = CONTENT_DIR] = process.argv.slice(2);
if (!archive || !existsSync(archive)) {
  console.error('Usage: npm run check:quotes -- <directory of archived source texts> [<content dir>]');
  process.exit(2);
}
const { entries, problems } = await loadContentTree(root.replace(/\/$/, ''));
if (problems.length > 0) console.error(`(${problems.length} content problems; run npm run check:content)`);

const texts = new Map<string, string>();
for (const entry of entries) {
  const file = entry.collection === 'sources' ? (entry.facts?.['archiveFile'] as string | undefined) : undefined;
  if (file && existsSync(join(archive, file)))
    texts.set(entry.id, matchable(readFileSync(join(archive, file), 'utf8')));
}

let checked = 0;
const failures: string[] = [];
for (const entry of entries) {
  if (!entry.facts) continue;
  const excerpts: [string, Excerpt][] = [
    ...((entry.facts['evidence'] ?? []) as EvidenceItem[]).map((item, i): [string, Excerpt] => [
      `evidence[${i}]`,
      item,
    ]),
    ...claimsOf(entry.collection, entry.facts).flatMap((claim): [string, Excerpt][] =>
      claim.inline ? [[claim.key, claim.inline]] : [],
    ),
  ];
  for (const [field, excerpt] of excerpts) {
    checked++;
    const text = texts.get(excerpt.source.id);
    if (!text) failures.push(`${entry.factsFile} ${field}: no archived text for source "${excerpt.source.id}"`);
    else if (!text.includes(matchable(excerpt.quote)))
      failures.push(`${entry.factsFile} ${field}: not verbatim in ${excerpt.source.id}: "${excerpt.quote}"`);
  }
}
for (const line of failures) console.error(`✖ ${line}`);
console.log(`${checked - failures.length}/${checked} excerpts verbatim in their archived sources.`);
process.exit(failures.length > 0 ? 1 : 0);
