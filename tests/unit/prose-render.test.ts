import { describe, expect, test } from 'vitest';
import { assertProseRule, proseComponent } from '../../src/lib/prose-render.ts';

const FILE_TEXT = '---\ntitle: T\nsummary: S\n---\n\nText.\n\nSecret: {process.env.SECRET_X}\n';
const BODY = 'Text.\n\nSecret: {process.env.SECRET_X}';

describe('assertProseRule', () => {
  test('returns for prose that keeps the rule', () => {
    expect(() => assertProseRule('Text <Cite source="a" />', 'x/en.mdx')).not.toThrow();
  });

  test('throws naming the file, the line of the file, what was found and the fix', () => {
    expect(() => assertProseRule(BODY, 'x/en.mdx', () => FILE_TEXT)).toThrow(
      'x/en.mdx: prose must be data (CONTRIBUTING.md, "What prose may contain"); not rendered:\n    line 8: a JavaScript expression in braces `{process.env.SECRET_X}`. Fix: write the text itself; to show a brace, write "\\{".',
    );
  });

  test('counts lines from the body when the file cannot be read', () => {
    expect(() => assertProseRule(BODY, 'x/en.mdx')).toThrow(/\n {4}line 3: a JavaScript expression/);
  });
});

describe('proseComponent', () => {
  test('refuses prose that breaks the rule before compiling it', async () => {
    const entry = { id: 'events/x/en', body: BODY, filePath: 'does/not/exist.mdx' } as never;
    await expect(proseComponent(entry)).rejects.toThrow(/^does\/not\/exist\.mdx: prose must be data/);
  });
});
