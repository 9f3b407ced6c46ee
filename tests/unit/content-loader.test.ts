import { describe, expect, test } from 'vitest';
import { bodyLineIn, describeIssue, fieldPath, listFiles, loadContentTree } from '../../src/lib/content-loader.ts';
import { overlayFixture, VALID_FIXTURE } from './helpers.ts';

type Issue = Parameters<typeof describeIssue>[0];

describe('fieldPath', () => {
  test('returns a dotted path with list indexes in brackets', () => {
    expect(fieldPath(['figures', 0, 'date'])).toBe('figures[0].date');
    expect(fieldPath(['roles', 1, 'title', 'en'])).toBe('roles[1].title.en');
    expect(fieldPath([])).toBe('');
  });
});

describe('bodyLineIn', () => {
  test('returns the file line on which the body starts', () => {
    expect(bodyLineIn('---\ntitle: x\n---\n\nText\n', 'Text')).toBe(5);
    expect(bodyLineIn('---\ntitle: x\n---\nFirst\nSecond\n', 'First\nSecond\n')).toBe(4);
  });
  test('returns 1 when the body is not the end of the file', () => {
    expect(bodyLineIn('---\ntitle: x\n---\n\nText\n', 'Other')).toBe(1);
  });
});

describe('describeIssue', () => {
  test('returns "is required" with the field to add for a missing value', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: ['date'], message: 'x', input: undefined };
    expect(describeIssue(issue as Issue)).toBe('is required. Fix: add `date: …`.');
  });
  test('returns the allowed values and the closest one for a misspelt choice', () => {
    const issue = {
      code: 'invalid_value',
      values: ['signing', 'launch'],
      path: ['kind'],
      message: 'x',
      input: 'signin',
    };
    expect(describeIssue(issue as Issue)).toBe(
      'must be one of signing, launch (got "signin"). Fix: did you mean "signing"?',
    );
  });
  test('returns the unknown field names', () => {
    const issue = { code: 'unrecognized_keys', keys: ['dat'], path: [], message: 'x' };
    expect(describeIssue(issue as Issue)).toMatch(/^unknown field "dat"\. Fix: .*remove it\.$/);
  });
});

describe('listFiles', () => {
  test('returns every file under a directory, relative and sorted', async () => {
    const files = await listFiles(VALID_FIXTURE);
    expect(files).toContain('events/su-kien-a/facts.yaml');
    expect(files).toContain('events/su-kien-b/vi.mdx');
    expect(files).not.toContain('events/su-kien-b/en.mdx');
    expect(files).toEqual([...files].sort());
  });
});

describe('loadContentTree', () => {
  test('returns one input per entry with its facts file and prose, and no problems for the valid fixture', async () => {
    const { entries, problems } = await loadContentTree(VALID_FIXTURE);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(11);
    const event = entries.find((e) => e.collection === 'events' && e.id === 'su-kien-a');
    expect(event).toMatchObject({
      factsFile: `${VALID_FIXTURE}/events/su-kien-a/facts.yaml`,
      factsStatus: 'ok',
      facts: { date: '2022-04', partnership: { collection: 'partnerships', id: 'hop-tac-a' } },
      prose: { en: { file: `${VALID_FIXTURE}/events/su-kien-a/en.mdx`, data: { title: 'Test memorandum signed' } } },
    });
  });
  test('returns a problem with the file and field of an invalid value', async () => {
    const root = overlayFixture('tests/fixtures/cases/invalid-date');
    const { problems } = await loadContentTree(root);
    expect(problems).toEqual([expect.objectContaining({ file: `${root}/events/su-kien-a/facts.yaml`, field: 'date' })]);
  });
});
