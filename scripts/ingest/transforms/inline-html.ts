/**
 * Presentational HTML that exported articles carry in their text: colour and weight from CSDN and
 * WeChat (`<font color=red>重点</font>`, `<span style="…">`, `<b>`), anchors from GitHub and Yuque
 * (`<a name="q1"></a>`, often on a line of its own), line breaks (`<br>`). Sources are prose, so
 * the tags are text here (parse.ts): a reader would see them, and in a heading they would lead the
 * title and hide the question's number (`### <a name="q1"></a>1. 什么是 RAG？`). A tag goes only
 * when the same paragraph or heading both opens and closes it (text that mentions 「<span>」 keeps
 * it); <br> becomes a line break; a paragraph left empty (an anchor line) goes. Only tags are
 * removed, never words, and nothing becomes markup.
 */
import type { Break, Heading, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Tags that only format the words they hold (html-blocks.ts reads the same ones inside a block). */
// prettier-ignore
export const PRESENTATIONAL_TAGS = ['a', 'font', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'big', 'sup', 'sub', 'center', 'kbd'];
const PRESENTATIONAL = PRESENTATIONAL_TAGS.join('|');

/**
 * Attributes a formatting tag from an export carries (color, style, name, href to a page). A tag
 * with an event handler or a script URL is not formatting: it stays visible text, so whoever reads
 * the page sees what the article held (tests/browser/hostile-site.test.ts), and nothing of it runs.
 */
const SUSPICIOUS = /\bon[a-z]+\s*=|(?:java|vb)script\s*:|data\s*:|srcdoc\s*=/iu;
export const isBenignTag = (tag: string): boolean => !SUSPICIOUS.test(tag);
const OPENING = new RegExp(String.raw`<(${PRESENTATIONAL})(?:\s[^<>]*)?>`, 'giu');
const CLOSING = new RegExp(String.raw`</(${PRESENTATIONAL})\s*>`, 'giu');
const BREAK = /<br\s*\/?>/giu;
const HAS_BREAK = /<br\s*\/?>/iu;

/** Tag names the text both opens and closes: those are markup, not words. */
export function pairedTags(text: string): Set<string> {
  const openings = [...text.matchAll(OPENING)];
  // A name opened once with a handler keeps all its tags: its closing tags cannot be told apart.
  const suspicious = new Set(openings.filter((m) => !isBenignTag(m[0])).map((m) => m[1]!.toLowerCase()));
  const opened = new Set(openings.map((m) => m[1]!.toLowerCase()).filter((name) => !suspicious.has(name)));
  return new Set([...text.matchAll(CLOSING)].map((m) => m[1]!.toLowerCase()).filter((name) => opened.has(name)));
}

/** The prose of a paragraph or heading: its text nodes, not its code or formulas. */
export function proseText(node: Node): string {
  let text = '';
  visit(node, 'text', (t: Text) => {
    text += t.value;
  });
  return text;
}

/** A piece of text without the tags its whole (`paired`) opens and closes; a <br> as a space. */
export function withoutTags(text: string, paired: ReadonlySet<string>): string {
  const drop = (m: string, name: string) => (paired.has(name.toLowerCase()) ? '' : m);
  return text.replace(OPENING, drop).replace(CLOSING, drop).replace(BREAK, ' ');
}

/** Phrasing content with every <br> in its text made a line break (a FAQ table's answer cell). */
export function withLineBreaks(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) => (child.type === 'text' && HAS_BREAK.test(child.value) ? withBreaks(child) : [child]));
}

/**
 * A paragraph's text node cut at its <br>s into text and line breaks. The source's own line end
 * after a <br> (「第一行<br>」 then 「第二行」) is the same break, not a second one: left in, it
 * started the next line with a newline that the serialiser wrote as `&#xA;`.
 */
function withBreaks(node: Text): PhrasingContent[] {
  const parts = node.value.split(BREAK);
  return parts.flatMap((part, i): PhrasingContent[] => {
    const value = i > 0 ? part.replace(/^[ \t]*\n/u, '') : part;
    return [...(i > 0 ? [{ type: 'break' } satisfies Break] : []), ...(value === '' ? [] : [{ type: 'text', value } satisfies Text])];
  });
}

export const remarkInlineHtml: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
      const block = node as Paragraph | Heading;
      const prose = proseText(block);
      if (!prose.includes('<')) return SKIP;
      const paired = pairedTags(prose);
      if (block.type === 'paragraph')
        visit(block, 'text', (text: Text, i, textParent) => {
          if (i === undefined || textParent === undefined || !HAS_BREAK.test(text.value)) return undefined;
          const pieces = withBreaks(text);
          textParent.children.splice(i, 1, ...(pieces as never[]));
          return [SKIP, i + pieces.length];
        });
      visit(block, 'text', (text: Text) => {
        text.value = withoutTags(text.value, paired);
      });
      // An anchor on a line of its own leaves nothing to read.
      if (
        block.type === 'paragraph' &&
        toString(block).trim() === '' &&
        block.children.every((c) => c.type === 'text' || c.type === 'break')
      ) {
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      return SKIP;
    });
  };
};

/**
 * The same in the cells of the tables that stay tables (after plain-question-headings.ts has made a
 * FAQ table's rows its questions, their <br>s line breaks): a cell holds one line, so a <br> there
 * reads as a space; a line break would end the row.
 */
export const remarkTableCellHtml: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'tableCell', (cell) => {
      const paired = pairedTags(proseText(cell));
      visit(cell, 'text', (text: Text) => {
        text.value = withoutTags(text.value, paired);
      });
      return SKIP;
    });
  };
};
