/**
 * Questions written as HTML: GitHub FAQs fold each answer under its question
 * (`<details><summary>1. 什么是 RAG？</summary>` … `</details>`), and pages saved from the web keep
 * `<h3>…</h3>`. Sources are prose, so these tags are text here (parse.ts) and such an article had
 * no questions to split at. A paragraph made only of such lines becomes headings: an <hN> at its
 * level (a `<p>…</p>` line under it, with no blank line between, a paragraph of its words), a <summary> one level below the heading before it (at least ##); the <details> tags
 * themselves fold the answer on GitHub and mean nothing here. Only the text inside the tags is
 * kept, never an element or attribute; lines with an event handler or a script URL stay text.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { isBenignTag, pairedTags, withoutTags } from './inline-html.ts';

const H = /^<h([1-6])(?:\s[^<>]*)?>(.*?)<\/h\1\s*>$/iu;
const SUMMARY = /^(?:<details(?:\s[^<>]*)?>\s*)?<summary(?:\s[^<>]*)?>(.*?)<\/summary\s*>$/iu;
const FOLD = /^<\/?details(?:\s[^<>]*)?>$/iu;
/** A saved page's answer line right under its <hN>, with no blank line between: `<p>先检索再生成。</p>`. */
const P = /^<p(?:\s[^<>]*)?>(.*?)<\/p\s*>$/iu;

export interface HtmlHeadingLine {
  /** 0-based line within the paragraph. */
  offset: number;
  /** Null for a <summary>: its depth depends on the headings before it; 0 for a <p>, a paragraph. */
  depth: number | null;
  text: string;
}

/** The headings a paragraph's lines are, [] when it is only <details> tags, or null when it is anything else. */
export function readHtmlHeadings(text: string): HtmlHeadingLine[] | null {
  if (!text.trimStart().startsWith('<') || !isBenignTag(text)) return null;
  const found: HtmlHeadingLine[] = [];
  for (const [offset, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    const h = H.exec(line);
    const summary = SUMMARY.exec(line);
    // Markup inside (`<summary><b>1. 问题</b></summary>`) is decoration, as in any heading.
    const inner = (text: string) => withoutTags(text, pairedTags(text)).trim();
    const p = P.exec(line);
    if (h) found.push({ offset, depth: Number(h[1]), text: inner(h[2]!) });
    else if (summary) found.push({ offset, depth: null, text: inner(summary[1]!) });
    // Its words only: a link or an image in it would lose its address, so such a line keeps the paragraph text.
    else if (p && !/<(?:a|img)\b/iu.test(p[1]!)) found.push({ offset, depth: 0, text: inner(p[1]!) });
    else if (!FOLD.test(line)) return null;
  }
  const answers = found.filter((h) => h.depth === 0);
  // <p> lines only with a heading above them: alone they are html-blocks.ts's to read.
  return found.every((h) => h.text !== '' || h.depth === 0) && (answers.length === 0 || answers.length < found.length) ? found : null;
}

export const remarkHtmlHeadings: Plugin<[], Root> = function () {
  return (tree) => {
    let lastDepth = 1;
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') lastDepth = node.depth;
      if (node.type !== 'paragraph' || parent === undefined || index === undefined) return undefined;
      const paragraph = node as Paragraph;
      const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
      if (only?.type !== 'text') return SKIP;
      const lines = readHtmlHeadings(only.value);
      if (lines === null) return SKIP;
      const start = paragraph.position?.start;
      const headings: RootContent[] = lines.map(({ offset, depth, text }): Heading | Paragraph => {
        const line = (start?.line ?? 1) + offset;
        const position = { start: { line, column: 1 }, end: { line, column: 1 } };
        if (depth === 0) return { type: 'paragraph', children: [{ type: 'text', value: text }], position };
        const level = (depth ?? Math.min(6, Math.max(2, lastDepth + 1))) as Heading['depth'];
        if (depth !== null) lastDepth = depth;
        return {
          type: 'heading',
          depth: level,
          children: [{ type: 'text', value: text }],
          position: { start: { line, column: 1 }, end: { line, column: 1 } },
        };
      });
      parent.children.splice(index, 1, ...(headings as never[]));
      return [SKIP, index + headings.length];
    });
  };
};
