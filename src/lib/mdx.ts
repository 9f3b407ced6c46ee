/**
 * What an MDX prose body uses: which sources it cites (in reading order),
 * whom it quotes, which components and imports it contains. Parsed with
 * Sätteri, the MDX parser Astro itself uses, so the checker sees what the build sees.
 */
import { init, parse as parseModule } from 'es-module-lexer';
import { mdxToMdast } from 'satteri';

/** Components every prose file may use without importing them. */
export const PROSE_COMPONENTS = ['Cite', 'Quote'] as const;

export interface MdxElementUse {
  name: string;
  attributes: Record<string, string | null>;
  line: number | null;
}

export interface MdxAnalysis {
  /** Source ids in the order they are first cited (by `<Cite>` or `<Quote>`). */
  citations: string[];
  /** Every JSX element, in document order. */
  elements: MdxElementUse[];
  /** Module specifiers of `import` statements. */
  imports: { specifier: string; line: number | null }[];
}

export class MdxSyntaxError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
  }
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start?: { line?: number } };
}

const lineOf = (node: Node): number | null => node.position?.start?.line ?? null;

function attributesOf(node: Node): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
  }
  return attributes;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Analyses an MDX body (without front matter).
 * @throws MdxSyntaxError when the body is not valid MDX.
 */
export async function analyzeMdx(body: string): Promise<MdxAnalysis> {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Sätteri reports "line:column: message".
    const line = /^(\d+):\d+/.exec(message) ?? /line (\d+)/.exec(message);
    throw new MdxSyntaxError(message, line ? Number(line[1]) : null);
  }
  await init;
  const analysis: MdxAnalysis = { citations: [], elements: [], imports: [] };
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name) {
      const use = { name: node.name, attributes: attributesOf(node), line: lineOf(node) };
      analysis.elements.push(use);
      const cited = use.attributes['source'];
      if (cited && PROSE_COMPONENTS.includes(use.name as never) && !analysis.citations.includes(cited)) {
        analysis.citations.push(cited);
      }
    }
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      const [imports] = parseModule(node.value);
      for (const found of imports) {
        if (found.n !== undefined) analysis.imports.push({ specifier: found.n, line: lineOf(node) });
      }
    }
  });
  return analysis;
}

/**
 * Whether an MDX file may import a module: only components of this project.
 * @example isAllowedImport('~/components/Chart.astro', 'src/content/events/x/vi.mdx') // true
 * @example isAllowedImport('node:fs', 'src/content/events/x/vi.mdx') // false
 */
export function isAllowedImport(specifier: string, fromFile: string): boolean {
  if (specifier.startsWith('~/components/')) return !specifier.includes('..');
  if (!specifier.startsWith('.')) return false;
  const base = fromFile.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  const resolved = base.join('/');
  return /(^|\/)src\/components\//.test(resolved) && !/(^|\/)src\/content\//.test(resolved);
}

/**
 * Whether a prose body needs Astro's MDX module pipeline: ESM (`import`,
 * `export`) or Markdown images, which the bundler resolves. Any other body
 * is compiled when its page renders (`prose-render.ts`), without a module
 * of its own. A line starting with either keyword counts, even in a
 * paragraph: a false positive only takes the slower, equally correct path.
 * @example needsModule('import Chart from "~/components/Chart.astro";\n\n<Chart />') // true
 * @example needsModule('Đà Nẵng ra mắt <Cite source="x" />') // false
 */
export function needsModule(body: string): boolean {
  return /^(?:import|export)\b/m.test(body) || body.includes('![');
}
