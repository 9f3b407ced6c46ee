/**
 * What a prose file may contain: the one rule `npm run check:content` and the
 * build both apply (`integrity.ts`, `prose-render.ts`).
 *
 * Prose is data. It reaches the site through pull requests that CI builds,
 * and MDX is a programming language: an expression in braces, an `import` or
 * an `export` runs when the page renders (one that read an environment
 * variable printed its value into the page), and raw HTML ships markup and
 * scripts to readers. So prose may contain only:
 *
 * - Markdown with GFM (paragraphs, headings, emphasis, lists, quotes, code,
 *   tables, strikethrough, links; no footnotes: sources are cited with
 *   `<Cite>`, whose notes are numbered and labelled in the page's language);
 * - the site's components `<Cite>` and `<Quote>`, given to every prose file
 *   without an import;
 * - a few plain HTML elements for typography: `<abbr title>`, `<sub>`,
 *   `<sup>`, `<br>`, `<span lang>`;
 *
 * every attribute with a literal value in quotes, and links only to `http:`,
 * `https:`, `mailto:`, a page of the site (`/…`) or a `#fragment`.
 * Everything else is a violation naming its line, what was found and the fix.
 * Parsed with Sätteri, the MDX parser the build compiles with, so the rule
 * sees what the compiler sees.
 */
import { mdxToMdast } from 'satteri';

/** Components every prose file may use without importing them. */
export const PROSE_COMPONENTS = ['Cite', 'Quote'] as const;

interface ElementRule {
  /** Allowed attributes: required ones with the fix to give when missing. */
  attributes: Record<string, { required?: string; values?: readonly string[] }>;
}

/** Every element prose may use, with its attributes. Components first, then plain HTML. */
export const PROSE_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  Cite: { attributes: { source: { required: 'the id of an entry in src/content/sources/' } } },
  Quote: {
    attributes: {
      by: { required: 'the id of an entry in src/content/people/' },
      source: { required: 'the id of an entry in src/content/sources/' },
      lang: { required: 'the language the words were said in', values: ['vi', 'en'] },
      translation: {},
    },
  },
  abbr: { attributes: { title: {} } },
  sub: { attributes: {} },
  sup: { attributes: {} },
  br: { attributes: {} },
  span: { attributes: { lang: {} } },
};

/** Markdown and GFM node types, which render as HTML the compiler writes and escapes. */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'break',
  'text',
  'link',
  'linkReference',
  'definition',
  'table',
  'tableRow',
  'tableCell',
]);

export interface ProseViolation {
  /** Line in the body (1-based); callers add the body's offset in its file. */
  line: number | null;
  /** What was found, quoted from the text. */
  found: string;
  /** What to write instead. */
  fix: string;
}

/** A parsed MDX node, as Sätteri materialises it. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start?: { line?: number } };
}

export class MdxSyntaxError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
  }
}

/**
 * Parses an MDX body (without front matter) with GFM, as the build does.
 * @throws MdxSyntaxError when the body is not valid MDX.
 */
export function parseProse(body: string): MdxNode {
  try {
    return mdxToMdast(body, { features: { gfm: true } }) as unknown as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Sätteri reports "line:column: message".
    const line = /^(\d+):\d+/.exec(message) ?? /line (\d+)/.exec(message);
    throw new MdxSyntaxError(message, line ? Number(line[1]) : null);
  }
}

/** The fix for invalid MDX, which is most often a stray brace or angle bracket in text. */
export const INVALID_MDX_FIX =
  'close every tag, and write "{" and "<" as "\\{" and "&lt;" in text (MDX has no HTML comments: delete them)';

/**
 * Every violation of the prose rule in an MDX body, in document order; a
 * body that does not parse is one violation (invalid MDX).
 * @example proseViolations('Hi <Cite source="s" />') // []
 * @example proseViolations('{process.env.X}')[0].found // 'a JavaScript expression in braces `{process.env.X}`'
 */
export function proseViolations(body: string): ProseViolation[] {
  let tree: MdxNode;
  try {
    tree = parseProse(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return [{ line: error.line, found: `invalid MDX: ${error.message}`, fix: INVALID_MDX_FIX }];
  }
  return violationsIn(tree);
}

/** Every violation in a parsed body. */
export function violationsIn(tree: MdxNode): ProseViolation[] {
  const violations: ProseViolation[] = [];
  const visit = (node: MdxNode): void => {
    const line = node.position?.start?.line ?? null;
    for (const [found, fix] of nodeViolations(node)) violations.push({ line, found, fix });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return violations;
}

/** One violation as a checker message: what was found, then the fix. */
export const violationMessage = (v: ProseViolation): string => `${v.found}. Fix: ${v.fix}.`;

type Found = [found: string, fix: string];

/** A property of a lookup table, never one inherited (`<toString>`, `constructor="…"`). */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const snippet = (text: string, max = 60): string => {
  const first = text.trim().split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max)}…` : first;
};

function nodeViolations(node: MdxNode): Found[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [esmViolation(String(node.value ?? ''))];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [expressionViolation(String(node.value ?? ''))];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementViolations(node);
    case 'image':
    case 'imageReference':
      return [
        [
          `a Markdown image ${node.type === 'image' ? `![…](${node.url ?? ''})` : '![…][…]'}`,
          'delete it: prose shows no images (the sources are news reports, and an image would need a module of its own in the build); link to the picture instead: [description](https://…)',
        ],
      ];
    case 'link':
    case 'definition':
      return linkViolations(node.url ?? '');
    case 'yaml':
    case 'toml':
      return [
        [
          'a second front matter block (--- lines)',
          'keep one front matter block, at the top of the file; for a horizontal rule write ***',
        ],
      ];
    default:
      if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
        return [
          [
            'a footnote ([^…])',
            'cite a source with <Cite source="…" /> (its note is numbered and labelled in the page\'s language), and write any other remark in the text',
          ],
        ];
      }
      return MARKDOWN_NODES.has(node.type)
        ? []
        : [
            [
              `unsupported syntax (${node.type})`,
              'write Markdown, <Cite> or <Quote> (CONTRIBUTING.md lists what prose may contain)',
            ],
          ];
  }
}

function esmViolation(code: string): Found {
  const kind = /^\s*export\b/.test(code) ? 'an export statement' : 'an import statement';
  return [
    `${kind} \`${snippet(code)}\``,
    kind === 'an import statement'
      ? 'delete it: prose imports nothing, and <Cite>, <Quote> and the allowed HTML elements need no import'
      : 'delete it: prose defines nothing; write the text itself',
  ];
}

function expressionViolation(code: string): Found {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(code))
    return [
      `a comment in braces \`{${snippet(code)}}\``,
      'delete it: prose has no comments; explain in the pull request',
    ];
  return [
    `a JavaScript expression in braces \`{${snippet(code)}}\``,
    'write the text itself; to show a brace, write "\\{"',
  ];
}

const ALLOWED_LIST = '<Cite>, <Quote>, <abbr title>, <sub>, <sup>, <br> and <span lang>';

/** Why an element is refused, for the ones editors are most likely to try. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'delete it: prose never runs code in readers’ browsers',
  iframe: 'delete it: prose embeds nothing from other sites; link to the page instead: [text](https://…)',
  embed: 'delete it: prose embeds nothing from other sites; link to the page instead: [text](https://…)',
  object: 'delete it: prose embeds nothing from other sites; link to the page instead: [text](https://…)',
  a: 'write a Markdown link: [text](https://…)',
  img: 'delete it: prose shows no images; link to the picture instead: [description](https://…)',
  style: 'delete it: the site’s styles apply to prose',
};

function elementViolations(node: MdxNode): Found[] {
  const name = node.name ?? '';
  const rule = own(PROSE_ELEMENTS, name);
  if (!rule) return [unknownElement(name)];
  const found: Found[] = [];
  const present = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const problem = attributeViolation(name, rule, attribute);
    if (problem) found.push(problem);
    if (attribute.name) present.add(attribute.name);
  }
  for (const [attribute, { required }] of Object.entries(rule.attributes)) {
    if (required && !present.has(attribute))
      found.push([`<${name}> without ${attribute}="…"`, `add ${attribute}="…" with ${required}`]);
  }
  return found;
}

function unknownElement(name: string): Found {
  if (!name) return ['a JSX fragment <>…</>', 'delete the <> and </> around the text'];
  const component = PROSE_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
  if (component) return [`<${name}>, which is plain HTML here, not the ${component} component`, `write <${component}>`];
  const lower = name.toLowerCase();
  const reason = own(REFUSED_ELEMENTS, lower);
  if (reason) return [`the HTML element <${name}>`, reason];
  if (/^[A-Z]/.test(name) || name.includes('.'))
    return [`unknown component <${name}>`, `prose may use only ${ALLOWED_LIST}; they need no import`];
  return [`the HTML element <${name}>`, `write Markdown instead; prose may use only ${ALLOWED_LIST}`];
}

function attributeViolation(
  element: string,
  rule: ElementRule,
  attribute: { type: string; name?: string; value?: unknown },
): Found | null {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
    return [
      `a spread attribute \`{${snippet(String(attribute.value ?? ''))}}\` on <${element}>`,
      'delete it and write each attribute with a literal value in quotes',
    ];
  const name = attribute.name;
  const allowed = own(rule.attributes, name);
  if (!allowed) {
    const names = Object.keys(rule.attributes);
    const takes = names.length > 0 ? `<${element}> takes only ${names.join(', ')}` : `<${element}> takes no attributes`;
    const why = /^on/i.test(name) ? ' (event attributes run code in readers’ browsers)' : '';
    return [`the attribute ${name} on <${element}>${why}`, `delete it: ${takes}`];
  }
  const value = attribute.value;
  if (value !== null && typeof value === 'object') {
    const code = (value as { value?: unknown }).value;
    return [
      `an expression as a value \`${name}={${snippet(String(code ?? ''))}}\` on <${element}>`,
      `write a literal value in quotes: ${name}="…"`,
    ];
  }
  if (typeof value !== 'string' || (allowed.required && value.trim() === ''))
    return [`<${element}> with an empty ${name}`, `write ${name}="…" with ${allowed.required ?? 'a value'}`];
  if (allowed.values && !allowed.values.includes(value))
    return [
      `<${element} ${name}="${value}">`,
      `write ${allowed.values.map((v) => `${name}="${v}"`).join(' or ')} (${allowed.required ?? 'an allowed value'})`,
    ];
  return null;
}

/**
 * What a browser would take as the URL's scheme, after the tricks that hide
 * one: character references (`java&#x09;script:`), tabs and newlines (which
 * URL parsers drop), leading control characters and spaces, and case.
 */
function normalizedUrl(url: string): string {
  const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '');
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => character(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => character(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .toLowerCase();
}

/**
 * Whether prose may link to a URL: `http:`, `https:`, `mailto:`, a page of
 * the site (`/…`, not the protocol-relative `//…`) or a `#fragment`.
 * @example isAllowedUrl('https://example.org/') // true
 * @example isAllowedUrl('/vi/su-kien/') // true
 * @example isAllowedUrl('java&#x09;script:alert(1)') // false
 * @example isAllowedUrl('//evil.example/') // false
 */
export function isAllowedUrl(url: string): boolean {
  const normalized = normalizedUrl(url);
  if (normalized.startsWith('#')) return true;
  if (normalized.startsWith('/')) return !/^\/[/\\]/.test(normalized);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function linkViolations(url: string): Found[] {
  if (isAllowedUrl(url)) return [];
  return [
    [
      `a link to ${JSON.stringify(snippet(url))}`,
      'link only to https://…, http://…, mailto:…, a page of this site (/vi/…, /en/…) or a #fragment',
    ],
  ];
}
