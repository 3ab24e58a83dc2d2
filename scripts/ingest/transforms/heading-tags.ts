/**
 * Obsidian tags after a heading's question (`### 3. 什么是 KV Cache？ #面试 #高频`) label the note,
 * they are not words of the question. Left in, they would end the title and its URL. A tag goes
 * only at the end, after a space, and never a number (「第 #3 题」) or 「C#」.
 *
 * A documentation site's badge component in a heading (VitePress's
 * `### 什么是 RAG？ <Badge type="tip" text="v2.0+" />`, Docusaurus's MDX components) labels it the
 * same way: a self-closing tag with a component's capitalised name goes. One with an event handler or
 * a script URL stays visible text (inline-html.ts). (Other inline HTML in headings is inline-html.ts's.)
 *
 * Docsify's heading attributes (`### 2. 问题？ :id=same-question`, ` :ignore`, and the
 * `<!-- {docsify-ignore} -->` that keeps a heading out of its sidebar) name an anchor or a sidebar
 * rule, and go from a heading's end too.
 *
 * Docsify's hint paragraphs open with `?> ` (a tip) or `!> ` (a warning) and show as boxes.
 */
import type { Blockquote, Heading, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isBenignTag } from './inline-html.ts';

const TRAILING_TAGS = /(?:\s+#[^\s#\d][^\s#]*)+\s*$/u;
const DOCSIFY_ATTRIBUTES = /(?:\s+(?::(?:id|class|ignore)(?:=\S*)?|<!--\s*\{docsify-ignore(?:-all)?\}\s*-->))+\s*$/u;
const DOCSIFY_HINT = /^([?!])> /u;

const COMPONENT = /\s*<[A-Z][\w.-]*(?:\s[^<>]*)?\/>/gu;

/** A heading's last text without the Obsidian tags and Docsify attributes that end it. */
export function withoutTrailingTags(text: string): string {
  return text.replace(DOCSIFY_ATTRIBUTES, '').replace(TRAILING_TAGS, '').replace(DOCSIFY_ATTRIBUTES, '');
}

/** A line of a Docsify hint without its `?> ` / `!> ` (conserve.ts); null for any other line. */
export function docsifyHintWords(line: string): string | null {
  return DOCSIFY_HINT.test(line) ? line.slice(3) : null;
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
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const first = paragraph.children[0];
      const hint = first?.type === 'text' ? DOCSIFY_HINT.exec(first.value) : null;
      if (!hint || !parent || index === undefined || first?.type !== 'text') return;
      first.value = `[!${hint[1] === '?' ? 'tip' : 'warning'}]\n${first.value.slice(3)}`;
      const quote: Blockquote = { type: 'blockquote', children: [paragraph] };
      parent.children[index] = quote;
    });
  };
};
