/**
 * Word documents converted by pandoc carry pandoc's attribute syntax, which CommonMark reads as
 * text: bookmarks on headings (`## []{#_Toc123 .anchor}（一）什么是幻觉？`), styled spans
 * (`[重点]{.underline}`) and image sizes (`![](media/a.png){width="5.8in"}`). A reader would see
 * `[]{#_Toc123 .anchor}` in the title, and the question's number would not be read. Spans keep
 * their words; the attributes themselves name styles and anchors, not words, and are left out.
 */
import type { Heading, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** `{#id .class key=value key="value"}`: at least one attribute, nothing else. */
const ATTRIBUTES = String.raw`\{\s*(?:(?:#[^\s{}#]+|\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+))\s*)+\}`;
const SPAN = new RegExp(String.raw`\[([^[\]\n]*)\]${ATTRIBUTES}`, 'gu');
const LEADING = new RegExp(String.raw`^${ATTRIBUTES}`, 'u');
const TRAILING = new RegExp(String.raw`\s*${ATTRIBUTES}\s*$`, 'u');
const ANYWHERE = new RegExp(ATTRIBUTES, 'gu');

/** A bracketed span becomes its words: `[重点]{.underline}` → 重点, `[]{#_Toc1 .anchor}` → nothing. */
export function withoutSpans(text: string): string {
  return text.replace(SPAN, '$1');
}

/**
 * The source text as conservation compares it: spans as their words and every attribute block
 * left out (a looser rule than the transform's, which drops a bare block only after an image,
 * a link or code, or at the end of a heading).
 */
export function withoutPandocAttributes(text: string): string {
  return withoutSpans(text).replace(ANYWHERE, '');
}

export const remarkPandocAttributes: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!node.value.includes('{')) return;
      node.value = withoutSpans(node.value);
      const before = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
      if (before && (before.type === 'image' || before.type === 'link' || before.type === 'inlineCode')) {
        node.value = node.value.replace(LEADING, '');
      }
    });
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(TRAILING, '');
    });
  };
};
