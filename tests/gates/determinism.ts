/** Determinism gate: two builds of one commit must give byte-identical output. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** File path → SHA-256 of its bytes, for every file under `dir`. */
export function digestTree(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digests.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return digests;
}

/** Files that differ, or exist on one side only. */
export function treeDifferences(a: string, b: string): string[] {
  const left = digestTree(a);
  const right = digestTree(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => left.get(name) !== right.get(name)).sort();
}
