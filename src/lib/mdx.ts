/**
 * What an MDX prose body uses: which sources it cites (in reading order) and
 * which elements it contains. Parsed by `prose-rules.ts` with Sätteri, the
 * MDX parser the build compiles with, so the checker sees what the build sees.
 */
import { parseProse, PROSE_COMPONENTS, type MdxNode } from './prose-rules.ts';

export { MdxSyntaxError } from './prose-rules.ts';

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
}

const lineOf = (node: MdxNode): number | null => node.position?.start?.line ?? null;

/** Literal attribute values; expressions and spreads (refused by the prose rule) count as null. */
function attributesOf(node: MdxNode): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
  }
  return attributes;
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Analyses a parsed MDX body (`parseProse`). */
export function analyzeTree(tree: MdxNode): MdxAnalysis {
  const analysis: MdxAnalysis = { citations: [], elements: [] };
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name) {
      const use = { name: node.name, attributes: attributesOf(node), line: lineOf(node) };
      analysis.elements.push(use);
      const cited = use.attributes['source'];
      if (cited && PROSE_COMPONENTS.includes(use.name as never) && !analysis.citations.includes(cited)) {
        analysis.citations.push(cited);
      }
    }
  });
  return analysis;
}

/**
 * Analyses an MDX body (without front matter).
 * @throws MdxSyntaxError when the body is not valid MDX.
 */
export async function analyzeMdx(body: string): Promise<MdxAnalysis> {
  return analyzeTree(parseProse(body));
}
