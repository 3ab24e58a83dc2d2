/**
 * Step 2 — parse: normalised source text to an mdast tree with the unified/remark ecosystem.
 * Raw HTML is not a construct here: sources are prose, so `<script>` stays literal text and can
 * never reach the page as markup.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { remarkDemoteProseMath } from './transforms/demote-prose-math.ts';
import { remarkNeutraliseLinks } from './transforms/neutralise-links.ts';

/** Turn off micromark's HTML constructs, so tags in prose parse as text. */
const remarkNoHtml: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlFlow', 'htmlText'] } });
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkMath)
  .use(remarkNoHtml)
  .use(remarkDemoteProseMath)
  .use(remarkNeutraliseLinks);

export function parseSource(text: string): Root {
  return processor.runSync(processor.parse(text), text) as Root;
}
