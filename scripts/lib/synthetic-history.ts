/**
 * A git history for a synthetic content tree (`writeSyntheticContent`), for
 * the build benchmark: the folder holding the tree becomes a repository (the
 * tree itself holds only content files) whose first commit adds
 * every entry, followed by `edits` commits that together change a fact of
 * every entry, the Vietnamese text of one entry in ten, and one commit that
 * corrects one entry in a hundred with a `Correction:` trailer. Every edit
 * keeps the tree valid, so the benchmark builds it with its history pages.
 * Commit times are fixed, so runs are comparable; the repository is packed
 * at the end, as a clone is.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticHistory {
  commits: number;
  /** Facts files changed after the first commit (each compared with its previous version by the build). */
  factsEdits: number;
  proseEdits: number;
  corrections: number;
}

/**
 * A valid change of one value per collection (themes keep their order): the
 * edit each history batch makes to a facts file. A figure grows by one, so
 * 0 becomes 1 (appending a digit made "01", which the check rejects).
 */
const EDITS: Record<string, (facts: string) => string> = {
  events: (t) => t.replace(/^kind: (launch|signing|opening|award|training)$/m, 'kind: opening'),
  partnerships: (t) => t.replace(/^status: signed$/m, 'status: under-way'),
  sources: (t) => t.replace(/^(publisher: .+)$/m, '$1 (điện tử)'),
  places: (t) => t.replace(/^( {2}- value: )(\d+)$/m, (_, key: string, value: string) => `${key}${Number(value) + 1}`),
  organizations: (t) => t.replace(/^(acronym: \S+)$/m, '$1X'),
  people: (t) => t.replace(/title: \{ vi: Chủ tịch, en: Chairman \}/, 'title: { vi: Phó Chủ tịch, en: Vice Chairman }'),
  documents: (t) => t.replace(/^(number: \S+)$/m, '$1-SĐ'),
};

/** A facts file of `collection` after the history's edit of it (unchanged where the collection has none). */
export function editFacts(collection: string, facts: string): string {
  return EDITS[collection]?.(facts) ?? facts;
}

function git(dir: string, args: string[], when: number): void {
  const date = new Date(Date.UTC(2025, 0, 1) + when * 3_600_000).toISOString();
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Benchmark',
      GIT_AUTHOR_EMAIL: 'bench@example.org',
      GIT_COMMITTER_NAME: 'Benchmark',
      GIT_COMMITTER_EMAIL: 'bench@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function commitAll(dir: string, message: string, when: number): void {
  git(dir, ['add', '-A'], when);
  git(dir, ['commit', '-q', '--no-verify', '-m', message], when);
}

/**
 * Makes `repo` a repository with a history of `edits` + 2 commits of the content tree `root` inside it;
 * returns what the history changed.
 */
export function writeSyntheticHistory(repo: string, root: string, edits = 20): SyntheticHistory {
  git(repo, ['init', '-q'], 0);
  commitAll(repo, 'Add the synthetic record', 0);
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .flatMap((d) => readdirSync(join(root, d.name)).map((id) => ({ collection: d.name, id })));
  const change = (collection: string, id: string, file: string, edit: (text: string) => string): boolean => {
    const path = join(root, collection, id, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after !== before) writeFileSync(path, after);
    return after !== before;
  };
  const result: SyntheticHistory = { commits: 1, factsEdits: 0, proseEdits: 0, corrections: 0 };
  for (let k = 0; k < edits; k += 1) {
    entries.forEach(({ collection, id }, i) => {
      if (i % edits !== k) return;
      if (change(collection, id, 'facts.yaml', (t) => editFacts(collection, t))) result.factsEdits += 1;
      if (i % 10 === 0 && change(collection, id, 'vi.mdx', (t) => `${t}\nĐoạn bổ sung sau khi đối chiếu nguồn.\n`))
        result.proseEdits += 1;
    });
    commitAll(repo, `Edit batch ${k + 1} of ${edits}`, k + 1);
    result.commits += 1;
  }
  entries.forEach(({ collection, id }, i) => {
    if (i % 100 === 0 && change(collection, id, 'en.mdx', (t) => `${t}\nA corrected sentence.\n`))
      result.corrections += 1;
  });
  commitAll(
    repo,
    'Correct the English text of one entry in a hundred\n\nCorrection: The English text misread its source.\nCorrection-vi: Bản tiếng Anh đã hiểu sai nguồn.',
    edits + 1,
  );
  result.commits += 1;
  // Packed, as a clone is: reading thousands of loose objects would measure the disk, not the history.
  git(repo, ['repack', '-adq'], edits + 1);
  return result;
}
