/**
 * mdast back to MDX text. remark-stringify with the MDX, math and GFM extensions escapes what MDX
 * would otherwise read as code (`{`, `<`, a stray `$`); two guards cover what it does not.
 */
import type { Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

const options: Options = {
  bullet: '-',
  fences: true,
  // `<https://…>` autolinks are a build error in MDX.
  resourceLink: true,
  unsafe: [
    // A line starting with `import`/`export` is an ESM statement in MDX: encode its first letter.
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

const processor = unified().use(remarkStringify, options).use(remarkGfm).use(remarkMath).use(remarkMdx);

export function toMdx(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  return processor.stringify(root);
}

/** Parser for the generated MDX, used to prove round trips (conservation) in ingestion and tests. */
export const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath).use(remarkMdx);
