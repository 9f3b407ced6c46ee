/**
 * `npm run fix:nfc [-- <content dir>]`: rewrites every content file in
 * Unicode NFC (text pasted from some editors arrives decomposed, NFD) and
 * lists the files it changed. Folder names are checked too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CONTENT_DIR } from '../src/core/config.ts';
import { listFiles } from '../src/lib/content-loader.ts';

const root = process.argv[2] ?? CONTENT_DIR;
let changed = 0;
for (const path of await listFiles(root)) {
  const file = `${root}/${path}`;
  if (path !== path.normalize('NFC')) console.warn(`! ${file}: the path itself is not NFC; rename the folder or file.`);
  const text = await readFile(file, 'utf8');
  const fixed = text.normalize('NFC');
  if (fixed !== text) {
    await writeFile(file, fixed);
    console.log(`✔ ${file}`);
    changed += 1;
  }
}
console.log(changed ? `${changed} file${changed === 1 ? '' : 's'} rewritten in NFC.` : 'All files were already NFC.');
