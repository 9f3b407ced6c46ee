/**
 * YAML as editors write it: every value reaches the schema exactly as
 * written. The standard schemas convert plain scalars behind the schema's
 * back: an unquoted `2022-02-30` becomes the Date 2 March 2022, `012`
 * becomes 12, `1e3` becomes 1000, `.inf` Infinity (and in YAML 1.1
 * `yes`/`no`/`on`/`off` booleans). Here a plain scalar becomes a number only
 * in plain decimal notation, a boolean only as `true`/`false`, null only when
 * empty or `~`/`null` (which every schema then refuses as empty); anything else stays the exact text, for the schema to accept or
 * refuse with a message. Quoted scalars are always text.
 *
 * Used by the checker (`content-loader.ts`) and by the Astro loaders
 * (`facts-loader.ts`, `prose-loader.ts`), so the build reads what the checker read.
 */
import yaml from 'js-yaml';

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || ['', '~', 'null', 'Null', 'NULL'].includes(data),
  construct: () => null,
});

const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data === 'true' || data === 'false',
  construct: (data: string) => data === 'true',
});

/** Whole numbers beyond 2^53 would lose digits: they stay text, and a number field refuses them. */
const intType = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && INTEGER.test(data) && Number.isSafeInteger(Number(data)),
  construct: (data: string) => Number(data),
});

const floatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && DECIMAL.test(data) && data.length <= 17,
  construct: (data: string) => Number(data),
});

/** The failsafe schema (text, lists, mappings) plus the four unambiguous scalar forms above. */
export const STRICT_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/** A YAML syntax error with the 1-based line it was found on (null when unknown). */
export class YamlSyntaxError extends Error {
  readonly line: number | null;
  readonly reason: string;
  constructor(reason: string, line: number | null) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'YamlSyntaxError';
    this.reason = reason;
    this.line = line;
  }
}

/**
 * Parses YAML without converting any scalar behind the schema's back. An
 * empty document is an empty mapping.
 * @throws YamlSyntaxError on invalid YAML, with the line (offset by `firstLine - 1`).
 * @example parseStrictYaml('date: 2022-02-30\nvalue: 012') // { date: '2022-02-30', value: '012' }
 * @example parseStrictYaml('value: 847\nshare: 65.5') // { value: 847, share: 65.5 }
 */
export function parseStrictYaml(text: string, firstLine = 1): unknown {
  try {
    return yaml.load(text, { schema: STRICT_SCHEMA }) ?? {};
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    throw new YamlSyntaxError(reason ?? String(error), mark ? mark.line + firstLine : null);
  }
}

/**
 * Splits an MDX file into its front matter text and body. A byte order mark
 * and Windows line ends are accepted.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') // { frontmatter: 'title: A', body: 'Text' }
 */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : { frontmatter: null, body: text };
}
