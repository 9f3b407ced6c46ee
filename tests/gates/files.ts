import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under a directory (Pagefind's own files excluded). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
