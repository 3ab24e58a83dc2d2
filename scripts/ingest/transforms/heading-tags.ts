/**
 * Obsidian tags after a heading's question (`### 3. 什么是 KV Cache？ #面试 #高频`) label the note,
 * they are not words of the question. Left in, they would end the title and its URL. A tag goes
 * only at the end, after a space, and never a number (「第 #3 题」) or 「C#」. (Inline HTML in
 * headings is inline-html.ts's.)
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const TRAILING_TAGS = /(?:\s+#[^\s#\d][^\s#]*)+\s*$/u;

/** A heading's last text without the Obsidian tags that end it. */
export function withoutTrailingTags(text: string): string {
  return text.replace(TRAILING_TAGS, '');
}

export const remarkHeadingTags: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = withoutTrailingTags(last.value);
    });
  };
};
