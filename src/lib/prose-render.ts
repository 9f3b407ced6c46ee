/**
 * The component of an entry's prose. Prose has no module of its own (see
 * `prose-loader.ts`): it is checked against the prose rule
 * (`prose-rules.ts`), then compiled here, when its page renders, by the MDX
 * compiler and options `@astrojs/mdx` uses (Sätteri; GFM, smart punctuation,
 * heading ids), and wrapped the way `@astrojs/mdx` wraps its modules, so the
 * HTML is the same. The check comes first so that no build, not even
 * `astro build` or `astro dev` without `npm run check:content`, evaluates an
 * expression or ships markup a pull request wrote.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import * as jsxRuntime from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import type { render, CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { bodyLineIn } from './content-loader.ts';
import { proseViolations, violationMessage } from './prose-rules.ts';

type ProseComponent = Awaited<ReturnType<typeof render>>['Content'];
type MdxContent = (props: Record<string, unknown>) => unknown;

/**
 * Compiles an MDX body to a function body (no imports: the JSX runtime is
 * its argument).
 * @throws Error naming the file when the body is not valid MDX.
 */
export async function compileProse(body: string, file: string): Promise<string> {
  try {
    const { code } = await mdxToJs(body, {
      hastPlugins: [satteriHeadingIdsPlugin()],
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      outputFormat: 'function-body',
      data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return code;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Refuses a body that breaks the prose rule, naming the file, each line
 * (of the file, when `fileText` can read it), what was found and the fix.
 * @throws Error listing every violation.
 */
export function assertProseRule(
  body: string,
  file: string,
  fileText: () => string | undefined = () => undefined,
): void {
  const violations = proseViolations(body);
  if (violations.length === 0) return;
  const text = fileText();
  const offset = text === undefined ? 1 : bodyLineIn(text, body);
  const lines = violations.map(
    (v) => `    ${v.line === null ? 'body' : `line ${v.line + offset - 1}`}: ${violationMessage(v)}`,
  );
  throw new Error(
    `${file}: prose must be data (CONTRIBUTING.md, "What prose may contain"); not rendered:\n${lines.join('\n')}`,
  );
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

export async function proseComponent(entry: CollectionEntry<'prose'>): Promise<ProseComponent> {
  const body = entry.body ?? '';
  const file = entry.filePath ?? entry.id;
  assertProseRule(body, file, () => readText(file));
  // The code is the compiler's output for prose that passed the rule above: Markdown and
  // elements with literal attributes, nothing the author wrote runs. Build time only.
  const { default: MDXContent } = new Function(await compileProse(body, file))(jsxRuntime) as { default: MdxContent };
  const Content = (props: { components?: Record<string, unknown> } = {}) =>
    MDXContent({ ...props, components: { Fragment: jsxRuntime.Fragment, ...props.components } });
  // As @astrojs/mdx marks its modules' Content: an MDX component, rendered by the astro:jsx renderer.
  Object.assign(Content, {
    [Symbol.for('mdx-component')]: true,
    [Symbol.for('astro.needsHeadRendering')]: true,
  });
  Object.defineProperty(Content, Renderer, { value: 'astro:jsx' });
  return Content as unknown as ProseComponent;
}
