import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { readStrictData, strictData } from '../../src/lib/strict-loader.ts';
import { VALID_FIXTURE } from './helpers.ts';

const EVENT = `${VALID_FIXTURE}/events/su-kien-a`;

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vdp-strict-')), name);
  writeFileSync(file, text);
  return file;
}

describe('readStrictData', () => {
  test('returns a facts file’s values as written: a month stays a string', async () => {
    expect(await readStrictData(`${EVENT}/facts.yaml`, 'yaml')).toMatchObject({ date: '2022-04', datePart: 'late' });
  });
  test('returns the front matter of a prose file, not its body', async () => {
    expect(await readStrictData(`${EVENT}/en.mdx`, 'frontmatter')).toEqual({
      title: 'Test memorandum signed',
      summary: 'A made-up signing in late April 2022.',
    });
  });
  test('returns an impossible date as the string written, where a lax parser would move it to March', async () => {
    expect(await readStrictData(tempFile('facts.yaml', 'date: 2022-02-30\n'), 'yaml')).toEqual({ date: '2022-02-30' });
  });
  test('throws an error naming the file when the YAML is invalid', async () => {
    const file = tempFile('facts.yaml', 'kind: [signing\n');
    await expect(readStrictData(file, 'yaml')).rejects.toThrow(file);
  });
});

describe('strictData', () => {
  test('returns a loader that hands the schema the strict parse of the file instead of the lax one', async () => {
    const parsed: unknown[] = [];
    const inner: Loader = {
      name: 'inner',
      load: async (context) => {
        await context.parseData({
          id: 'su-kien-a',
          data: { date: new Date('2022-04-01') },
          filePath: `${EVENT}/facts.yaml`,
        });
        await context.parseData({ id: 'no-file', data: { date: 'as given' } });
      },
    };
    const context = {
      parseData: async (props: { data: unknown }) => {
        parsed.push(props.data);
        return props.data;
      },
    } as unknown as LoaderContext;
    const loader = strictData(inner, 'yaml');
    expect(loader.name).toBe('inner');
    await loader.load(context);
    expect(parsed[0]).toMatchObject({ date: '2022-04', kind: 'signing' });
    expect(parsed[1]).toEqual({ date: 'as given' });
  });
});
