/**
 * Obsidian tags after a heading's question (`### 3. 什么是 KV Cache？ #面试 #高频`) label the note,
 * they are not words of the question. Left in, they would end the title and its URL. A tag goes
 * only at the end, after a space, and never a number (「第 #3 题」) or 「C#」.
 *
 * A documentation site's badge component in a heading (VitePress's
 * `### 什么是 RAG？ <Badge type="tip" text="v2.0+" />`, Docusaurus's MDX components) labels it the
 * same way: a self-closing tag with a component's capitalised name goes. One with an event handler or
 * a script URL stays visible text (inline-html.ts). (Other inline HTML in headings is inline-html.ts's.)
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isBenignTag } from './inline-html.ts';

const TRAILING_TAGS = /(?:\s+#[^\s#\d][^\s#]*)+\s*$/u;

const COMPONENT = /\s*<[A-Z][\w.-]*(?:\s[^<>]*)?\/>/gu;

/** A heading's last text without the Obsidian tags that end it. */
export function withoutTrailingTags(text: string): string {
  return text.replace(TRAILING_TAGS, '');
}

/** A heading's text without the badge components in it. */
export function withoutComponents(text: string): string {
  return text.replace(COMPONENT, (tag) => (isBenignTag(tag) ? '' : tag));
}

export const remarkHeadingTags: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'heading', (heading: Heading) => {
      visit(heading, 'text', (text) => {
        text.value = withoutComponents(text.value);
      });
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = withoutTrailingTags(last.value);
    });
  };
};
