/**
 * The component of an entry's prose. Prose stored without a module of its
 * own (see `prose-loader.ts`) is compiled here, when its page renders, by
 * the MDX compiler and options `@astrojs/mdx` uses (Sätteri; GFM, smart
 * punctuation, heading ids), and wrapped the way `@astrojs/mdx` wraps its
 * modules, so the HTML is the same. Other prose renders through Astro.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import * as jsxRuntime from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import { render, type CollectionEntry } from 'astro:content';
import { mdxToJs } from 'satteri';
import { needsModule } from './mdx.ts';

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

export async function proseComponent(entry: CollectionEntry<'prose'>): Promise<ProseComponent> {
  const body = entry.body ?? '';
  if (needsModule(body)) return (await render(entry)).Content;
  const file = entry.filePath ?? entry.id;
  // The code is the compiler's output for a file of this repository, run at build time only.
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
