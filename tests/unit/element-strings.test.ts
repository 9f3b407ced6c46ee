import { describe, expect, test } from 'vitest';
import { dataStrings, elementStrings } from '../../src/components/element-strings.ts';

const element = (strings?: string) => ({ dataset: strings === undefined ? {} : { strings } }) as unknown as HTMLElement;

describe('dataStrings / elementStrings', () => {
  test('returns the strings the server wrote, placeholders untouched', () => {
    const strings = { status: 'Showing {shown} of {total}', empty: 'Nothing “here”' };
    expect(elementStrings(element(dataStrings(strings)))).toEqual(strings);
  });
  test('returns no strings for an element without the attribute', () => {
    expect(elementStrings(element())).toEqual({});
  });
});
