/**
 * `node scripts/lib/read-history.ts <content dir>`: reads a content tree's
 * git history once, as the build does (`readRecordHistory`), and prints what
 * it found. The build benchmark times this process.
 */
import { readRecordHistory } from '../../src/lib/history.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: node scripts/lib/read-history.ts <content dir>');
  process.exit(1);
}
const history = readRecordHistory(dir);
const facts = history.revisions.reduce((n, r) => n + r.facts.length, 0);
console.log(
  `${history.status}: ${history.revisions.length} revisions of ${history.byEntry.size} entries, ${facts} fact changes`,
);
