import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from '../../src/lib/csp.ts';

const directive = (name: string) => CSP_DIRECTIVES.find((d) => d.startsWith(`${name} `))?.slice(name.length + 1);

describe('CSP_DIRECTIVES', () => {
  test('returns a same-origin policy with plugins and foreign form targets shut off', () => {
    expect(directive('default-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'self'");
    expect(directive('form-action')).toBe("'self'");
    expect(directive('connect-src')).toBe("'self'");
  });
  test('returns no unsafe-inline, unsafe-eval or wildcard source', () => {
    for (const source of [...CSP_DIRECTIVES, ...CSP_SCRIPT_RESOURCES]) {
      expect(source).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });
  test('returns each directive once', () => {
    const names = CSP_DIRECTIVES.map((d) => d.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('CSP_SCRIPT_RESOURCES', () => {
  test('returns same-origin scripts plus WebAssembly compilation for Pagefind', () => {
    expect(CSP_SCRIPT_RESOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
