/** Checks on generated MDX: compile it like Astro's MDX integration, and find anything that would run. */
import { compile } from '@mdx-js/mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { mdxParser } from '../../../scripts/ingest/serialize.ts';

const MDX_CODE_NODES = ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'];

/** Node types in an MDX document that would run as code or render as raw elements. */
export function mdxHazards(mdx: string): string[] {
  const found: string[] = [];
  visit(mdxParser.parse(mdx), (node) => {
    if (MDX_CODE_NODES.includes(node.type)) found.push(node.type);
  });
  return found;
}

/** Elements a compiled MDX component may create when its source is plain Markdown. */
export const MARKDOWN_ELEMENT = /^(?:_components\.\w+|_Fragment|_createMdxContent|MDXLayout)$/u;

/** Compile with @mdx-js/mdx and the site's Markdown plugins; list the elements the component creates. */
export async function compiledElements(mdx: string): Promise<{ js: string; elements: string[] }> {
  const js = String(await compile(mdx, { remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkMath] }));
  const elements = [...js.matchAll(/_jsxs?\(([^,)]+)[,)]/gu)].map((m) => m[1]!);
  return { js, elements };
}
