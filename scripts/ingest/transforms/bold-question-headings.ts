/**
 * Many Chinese articles (WeChat posts, exported FAQ pages) set their questions as bold lines, not
 * Markdown headings: 「**1. 什么是 RAG？**」 on a line of its own, the answer below. Without a
 * heading such an article could not be split at all. When no heading of the article is numbered,
 * a paragraph that is nothing but bold text and reads as a question — numbered, or ending in a
 * question mark — becomes a heading one level below the article's deepest, so the split sees the
 * questions the writer meant. Bold labels inside answers (「**解析：**」, 「**注意**」) are neither
 * numbered nor questions, and one lone bold question is not a pattern: at least two are needed.
 */
import type { Heading, Paragraph, PhrasingContent, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { parseHeadingLabel } from '../heading.ts';

/** The bold run a paragraph consists of (whitespace around it allowed), or null. */
export function onlyBold(paragraph: Paragraph): Strong | null {
  const visible = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [only] = visible;
  return visible.length === 1 && only?.type === 'strong' ? only : null;
}

function readsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  return parseHeadingLabel(trimmed).index !== null || /[？?]$/u.test(trimmed);
}

export const remarkBoldQuestionHeadings: Plugin<[], Root> = function () {
  return (tree) => {
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
    if (headings.some((h) => parseHeadingLabel(toString(h)).index !== null)) return;
    const candidates = tree.children.flatMap((node, index) => {
      if (node.type !== 'paragraph') return [];
      const bold = onlyBold(node);
      return bold && readsAsQuestion(toString(bold)) ? [{ index, node, bold }] : [];
    });
    if (candidates.length < 2) return;
    const depth = Math.min(6, Math.max(2, ...headings.map((h) => h.depth)) + 1) as Heading['depth'];
    for (const { index, node, bold } of candidates) {
      const heading: Heading = { type: 'heading', depth, children: bold.children as PhrasingContent[], position: node.position };
      tree.children[index] = heading;
    }
  };
};
