import { beforeAll, describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import type { EntryInput } from '../../src/lib/integrity.ts';
import { VALID_FIXTURE } from './helpers.ts';

let inputs: EntryInput[];
beforeAll(async () => {
  inputs = (await loadContentTree(VALID_FIXTURE)).entries;
});
const input = (collection: string, id: string) => inputs.filter((i) => i.collection === collection && i.id === id);

describe('buildEntries', () => {
  test('returns one entry per input with its facts and the prose of each language it has', async () => {
    const [event, undated] = await buildEntries([...input('events', 'su-kien-a'), ...input('events', 'su-kien-b')]);
    expect(event?.facts).toMatchObject({ kind: 'signing', date: '2022-04', datePart: 'late' });
    expect(Object.keys(event?.prose ?? {}).sort()).toEqual(['en', 'vi']);
    expect(Object.keys(undated?.prose ?? {})).toEqual(['vi']);
  });
  test('returns prose metadata: the title as short title when none is given, citations, quotes and a render key', async () => {
    const [partnership] = await buildEntries(input('partnerships', 'hop-tac-a'));
    expect(partnership?.prose.en).toEqual({
      title: 'Thử Province and Test Company sign a memorandum',
      shortTitle: 'Thử Province and Test Company sign a memorandum',
      summary: 'A made-up partnership in the test data.',
      citations: ['nguon-a'],
      quotes: [{ by: 'nguoi-a', source: 'nguon-a' }],
      key: 'partnerships/hop-tac-a/en',
      updated: null,
    });
  });
  test('returns no dates without history', async () => {
    const [entry] = await buildEntries(input('places', 'tinh-a'));
    expect(entry).toMatchObject({ updated: null, added: null });
  });
  test('returns the newest commit date of any file as updated and the facts file’s addition as added', async () => {
    const dir = `${VALID_FIXTURE}/places/tinh-a`;
    const history = {
      updated: new Map([
        [`${dir}/facts.yaml`, '2024-01-10T08:00:00.000Z'],
        [`${dir}/vi.mdx`, '2024-03-05T08:00:00.000Z'],
        [`${dir}/en.mdx`, '2024-02-01T08:00:00.000Z'],
      ]),
      added: new Map([
        [`${dir}/facts.yaml`, '2023-12-01T08:00:00.000Z'],
        [`${dir}/en.mdx`, '2024-02-01T08:00:00.000Z'],
      ]),
    };
    const [entry] = await buildEntries(input('places', 'tinh-a'), history);
    expect(entry).toMatchObject({ updated: '2024-03-05', added: '2023-12-01T08:00:00.000Z' });
    expect(entry?.prose.vi?.updated).toBe('2024-03-05T08:00:00.000Z');
    expect(entry?.prose.en?.updated).toBe('2024-02-01T08:00:00.000Z');
  });
});
