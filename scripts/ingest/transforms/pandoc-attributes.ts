/**
 * Word documents converted by pandoc carry pandoc's attribute syntax, which CommonMark reads as
 * text: bookmarks on headings (`## []{#_Toc123 .anchor}（一）什么是幻觉？`), styled spans
 * (`[重点]{.underline}`) and image sizes (`![](media/a.png){width="5.8in"}`). A reader would see
 * `[]{#_Toc123 .anchor}` in the title, and the question's number would not be read. Spans keep
 * their words; the attributes themselves name styles and anchors, not words, and are left out.
 * Pandoc's inline notes (`^[通常指十亿参数以上。]`, Quarto and R Markdown write them too) are read
 * as a note in brackets: 「（注：通常指十亿参数以上。）」. A code chunk's language in braces
 * (```` ```{r} ````, ```` ```{python} ````, ```` ```{.python} ````) is that language, so it is highlighted as one,
 * and so is Zola's (```` ```python,linenos,hl_lines=6 ````).
 */
import type { Code, Heading, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** `{#id .class key=value key="value"}`: at least one attribute, nothing else. */
const ATTRIBUTES = String.raw`\{\s*(?:(?:#[^\s{}#]+|\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+))\s*)+\}`;
const SPAN = new RegExp(String.raw`\[([^[\]\n]*)\]${ATTRIBUTES}`, 'gu');
const LEADING = new RegExp(String.raw`^${ATTRIBUTES}`, 'u');
const TRAILING = new RegExp(String.raw`\s*${ATTRIBUTES}\s*$`, 'u');
const ANYWHERE = new RegExp(ATTRIBUTES, 'gu');

const INLINE_NOTE = /\^\[([^[\]\n]+)\]/gu;

/** An inline note becomes a note in brackets: `^[注释]` → （注：注释）. */
export function withInlineNotes(text: string): string {
  return text.replace(INLINE_NOTE, '（注：$1）');
}

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
  return withInlineNotes(withoutSpans(text).replace(ANYWHERE, ''));
}

export const remarkPandocAttributes: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (node.value.includes('^[')) node.value = withInlineNotes(node.value);
      if (!node.value.includes('{')) return;
      node.value = withoutSpans(node.value);
      const before = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
      if (before && (before.type === 'image' || before.type === 'link' || before.type === 'inlineCode')) {
        node.value = node.value.replace(LEADING, '');
      }
    });
    visit(tree, 'code', (code: Code) => {
      const chunk = /^\{\.?([A-Za-z][\w+-]*)(?=[\s,}])/u.exec(code.lang ?? '');
      if (chunk) code.lang = chunk[1]!;
      // Zola writes a fence's options after its language and a comma (```python,linenos,hl_lines=6).
      const options = /^([A-Za-z][\w+-]*),\S/u.exec(code.lang ?? '');
      if (options) code.lang = options[1]!;
    });
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(TRAILING, '');
    });
  };
};
