/**
 * An editor's edits to a synthetic tree (`synthetic.ts`), for the
 * incremental-build benchmark and the cold-versus-incremental determinism
 * test: one entry's prose, one entry's facts (which changes every page that
 * shows the entry), one new entry. Each leaves the tree valid.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/core/vocabulary.ts';
import { withEvidence } from './synthetic.ts';

export interface Edit {
  name: 'prose' | 'facts' | 'added';
  /** What the edit does, for reports. */
  label: string;
  apply(root: string): void;
}

const replaceIn = (file: string, pattern: RegExp, replacement: string): void => {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: nothing matches ${pattern}`);
  writeFileSync(file, text.replace(pattern, replacement));
};

/**
 * Sets `date:` of a synthetic event's facts (its evidence written again, as an
 * editor's would be). Event 1 of every size belongs to no partnership (so its
 * date may move) unless the generator's draw says otherwise: the date stays
 * within 2018–2023, inside every generated partnership's period.
 */
function redate(root: string, id: string, date: string): void {
  const file = join(root, 'events', id, 'facts.yaml');
  const raw = readFileSync(file, 'utf8').split('evidence:\n')[0] ?? '';
  const match = /^date: "(\d{4})/m.exec(raw);
  if (!match) throw new Error(`${file}: no date to change`);
  // Inside a partnership's period the year must stay; only the day moves.
  const year = raw.includes('partnership:') ? match[1] : date.slice(0, 4);
  writeFileSync(file, withEvidence('events', id, raw.replace(/^date: ".*"$/m, `date: "${year}${date.slice(4)}"`)));
}

export const EDITS: Edit[] = [
  {
    name: 'prose',
    label: "one entry's prose (a sentence added to event-2's Vietnamese text)",
    apply: (root) => {
      const file = join(root, 'events/event-2/vi.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nMột câu được biên tập viên thêm vào.\n`);
    },
  },
  {
    name: 'facts',
    label: "one entry's facts (event-1's date: its page, its organizations', places', themes', the timeline, indexes)",
    apply: (root) => redate(root, 'event-1', '2021-12-30'),
  },
  {
    name: 'added',
    label: 'one entry added (a copy of event-0 under a new id and title)',
    apply: (root) => {
      const to = join(root, 'events/event-added');
      cpSync(join(root, 'events/event-0'), to, { recursive: true });
      for (const lang of LANGS) replaceIn(join(to, `${lang}.mdx`), /^title: "/m, 'title: "(+) ');
    },
  },
];
