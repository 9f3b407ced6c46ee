/**
 * Makes an Astro loader validate the values the editor wrote. Astro's glob
 * loader parses YAML and front matter with a parser that converts plain
 * scalars (an unquoted `2022-02-30` becomes 2 March 2022); this wrapper
 * hands the schema the data parsed by `yaml.ts` instead, the same parse the
 * checker (`content-loader.ts`) reports on, so the build and the check read
 * every file identically.
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseStrictYaml, splitFrontmatter } from './yaml.ts';

/** What a file's data is: the whole file (facts.yaml) or its front matter (MDX prose). */
export type DataSource = 'yaml' | 'frontmatter';

/**
 * The data of a content file, parsed strictly.
 * @throws Error naming the file when its YAML is invalid (the checker reports it first, with its line).
 */
export async function readStrictData(filePath: string, source: DataSource): Promise<unknown> {
  const text = await readFile(filePath, 'utf8');
  const yaml = source === 'yaml' ? text : (splitFrontmatter(text).frontmatter ?? '');
  try {
    return parseStrictYaml(yaml, source === 'yaml' ? 1 : 2);
  } catch (error) {
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function strictData(loader: Loader, source: DataSource): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) =>
          context.parseData(
            props.filePath
              ? { ...props, data: (await readStrictData(props.filePath, source)) as typeof props.data }
              : props,
          ),
      }),
  };
}
