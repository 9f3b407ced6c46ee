import { describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/lib/content-loader.ts';
import { checkIntegrity, formatProblems, invisibleAt } from '../../src/lib/integrity.ts';
import { VALID_FIXTURE } from './helpers.ts';

describe('invisibleAt', () => {
  test('returns the code point, its name and where it sits', () => {
    expect(invisibleAt('Đà\u200BNẵng')).toBe('U+200B (zero width space) after "Đà"');
    expect(invisibleAt('\uFEFFtext')).toBe('U+FEFF (byte order mark) at the start');
  });
  test('returns the line when the character is not on the first', () => {
    expect(invisibleAt('one\ntwo\u200Bthree')).toMatch(/after "two" on line 2$/);
  });
  test('returns null for text without invisible characters', () => {
    expect(invisibleAt('Hòa Vang ký ghi nhớ')).toBeNull();
  });
});

describe('formatProblems', () => {
  test('returns problems grouped by file, files sorted, one line per field', () => {
    expect(
      formatProblems([
        { file: 'b.yaml', field: 'date', message: 'bad date' },
        { file: 'a.yaml', field: 'kind', message: 'bad kind' },
        { file: 'b.yaml', field: 'places', message: 'unknown place' },
      ]),
    ).toBe('✖ a.yaml\n    kind: bad kind\n✖ b.yaml\n    date: bad date\n    places: unknown place');
  });
});

describe('checkIntegrity', () => {
  test('returns no problem for the valid fixture', async () => {
    expect(await checkIntegrity((await loadContentTree(VALID_FIXTURE)).entries)).toEqual([]);
  });
  test('returns the file and field of a reference to an entry that does not exist', async () => {
    const { entries } = await loadContentTree(VALID_FIXTURE);
    const event = entries.find((e) => e.id === 'su-kien-a')!;
    // The editor changed the id in both places: the list and the evidence for it.
    const evidence = (event.facts!['evidence'] as { supports: string[] }[]).map((item) => ({
      ...item,
      supports: item.supports.map((key) => (key === 'places.tinh-a' ? 'places.tinh-khong-co' : key)),
    }));
    event.facts = { ...event.facts, places: [{ collection: 'places', id: 'tinh-khong-co' }], evidence };
    const problems = await checkIntegrity(entries);
    expect(problems).toEqual([
      expect.objectContaining({ file: event.factsFile, field: expect.stringMatching(/^places/) }),
    ]);
    expect(problems[0]?.message).toContain('tinh-khong-co');
  });
});
