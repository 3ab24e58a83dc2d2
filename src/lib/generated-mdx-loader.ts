/**
 * Content loader for the MDX files ingestion writes (content/<topic>/<question>/<entry>.mdx and
 * content/articles/<article>/<line>.mdx).
 *
 * Astro's glob() loader turns every .mdx file into a JavaScript module that Vite bundles and
 * runs: at 14,000 entries that build needed 6.8 GB and 11 minutes. Generated MDX never contains
 * JSX, imports or expressions — ingestion escapes `{ } < >` and encodes the first letter of lines
 * that start with `import`/`export`, so they stay text (scripts/ingest/serialize.ts) — so it is
 * exactly its CommonMark subset, and this loader renders
 * it once, at load time, with the site's Markdown pipeline (remark-math, KaTeX, Shiki, the Mermaid
 * figure), storing HTML the way Astro stores .md entries. As a side effect, no text of a source can
 * ever be evaluated as code during the build. MDX that maintainers write (content/notes, topics,
 * pages) is real MDX with components and goes through @astrojs/mdx instead (src/content.config.ts).
 */
import { readFile } from 'node:fs/promises';
import { globSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';

/** Files rendered at once: rendering is CPU-bound, so this only overlaps file reads. */
const CONCURRENCY = 8;

export function generatedMdx({ base, pattern = '*/*.mdx' }: { base: string; pattern?: string }): Loader {
  return {
    name: 'generated-mdx',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      // Same ids as glob(): the path without its extension (ingestion writes lowercase ASCII paths).
      const idOf = (file: string) =>
        file
          .replace(/\.mdx$/u, '')
          .split(sep)
          .join('/');

      const load = async (file: string): Promise<void> => {
        const path = join(root, file);
        const contents = await readFile(path, 'utf8');
        const id = idOf(file);
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return;
        const filePath = relative(fileURLToPath(config.root), path).split(sep).join('/');
        const { frontmatter, content } = parseFrontmatter(contents);
        const data = await parseData({ id, data: frontmatter, filePath: path });
        let rendered;
        try {
          rendered = await renderMarkdown(contents, { fileURL: pathToFileURL(path) });
        } catch (error) {
          throw new Error(`${filePath}: could not be rendered: ${(error as Error).message}`, { cause: error });
        }
        store.set({ id, data, body: content, filePath, digest, rendered });
      };

      const files = globSync(pattern, { cwd: root }).sort();
      const stale = new Set(store.keys());
      for (const file of files) stale.delete(idOf(file));
      for (const id of stale) store.delete(id);
      for (let i = 0; i < files.length; i += CONCURRENCY) await Promise.all(files.slice(i, i + CONCURRENCY).map(load));

      // `astro dev`: re-ingesting rewrites files under root; keep the store in step with them.
      if (!watcher) return;
      watcher.add(root);
      const matches = (path: string) => {
        const file = relative(root, path);
        return !file.startsWith('..') && matchesGlob(file, pattern) ? file : null;
      };
      const update = (path: string) => {
        const file = matches(path);
        if (file) load(file).catch((error: unknown) => logger.error((error as Error).message));
      };
      watcher.on('add', update);
      watcher.on('change', update);
      watcher.on('unlink', (path) => {
        const file = matches(path);
        if (file) store.delete(idOf(file));
      });
    },
  };
}
