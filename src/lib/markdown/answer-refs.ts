/**
 * The answers a maintainer's MDX cites (<AnswerRef id="…">), read from its syntax tree: a question
 * page compares them with the answers it shows, so a synthesis written before an article joined
 * says which answers it does not yet take into account.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The part of an MDX JSX element read here (remark-mdx's mdxJsxFlowElement / mdxJsxTextElement). */
interface JsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function answerRefs(mdx: string): Set<string> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    if (element.name !== 'AnswerRef') return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

/**
 * The entries of a page its note does not cite. A note that cites no answer makes no claim about
 * them, and has none.
 */
export function uncitedEntries<T extends { data: { id: string } }>(mdx: string, entries: readonly T[]): T[] {
  const cited = answerRefs(mdx);
  return cited.size === 0 ? [] : entries.filter((e) => !cited.has(e.data.id));
}
