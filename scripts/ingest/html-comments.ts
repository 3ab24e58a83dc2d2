/**
 * Rewrite (rewrite-source.ts): HTML comments, which every Markdown viewer hides: a writer's note
 * (`<!-- 顾岚：第 3 版计划补充… -->`), a slide number a converter left (`<!-- 幻灯片 6 / 41 -->`), a
 * plugin's marker (`<!-- tabs:start -->`), text commented out. HTML is text here (parse.ts), so
 * they would be published for every reader to see, and a heading commented out would become a
 * question. A comment is blanked wherever it is, on lines of its own (`<!--` opening a line, `-->`
 * ending one; their line breaks kept, so that every line stays where it was) or inside a line of
 * text (「参数量约 1,750 亿 <!-- 待核实 -->」, a heading's 「<!-- {docsify-ignore} -->」), and the report
 * names its lines.
 *
 * Left to what reads them: comments on a line of their own that mean something to a blog generator
 * (`<!-- more -->`, Hexo's `<!-- tab 名称 -->`, VitePress's `<!--@include: …-->`;
 * transforms/blog-markup.ts) and a Marp deck's (marp-deck.ts, read before this). A comment never
 * closed, and anything in code, stays as written.
 */
import { blogLineWords } from './transforms/blog-markup.ts';
import { blankedOutsideCode, type ObsidianComment } from './obsidian-comments.ts';

/**
 * A comment, closing at its first `-->` as in HTML: on lines of its own (up to three spaces in, as a
 * Markdown HTML block, which runs to the line holding `-->`, blank lines and all), or inside a
 * paragraph, which a blank line ends (CommonMark's inline HTML). Inside a line, the spaces before it
 * go with it when a space or the line's end follows: 「文字 <!-- 注 --> 后面」 reads 「文字 后面」, not
 * with two spaces, and 「亿 <!-- 待核实 -->」 ends at 亿.
 */
const COMMENT =
  /^ {0,3}<!--(?:(?!-->)[\s\S])*-->[ \t]*$|[ \t]+<!--(?:(?!-->|\n[ \t]*\n)[\s\S])*-->(?=[ \t]|$)|<!--(?:(?!-->|\n[ \t]*\n)[\s\S])*-->/gmu;

/** 1-based lines where a comment opens and closes. */
export type HtmlComment = ObsidianComment;

/** The text with its HTML comments blanked (line breaks kept), and where they were. */
export function withoutHtmlComments(text: string): { text: string; comments: HtmlComment[] } {
  if (!text.includes('<!--')) return { text, comments: [] };
  // A marker a blog generator reads (a tab's name, an included file) on a line of its own is its to read.
  const ownLine = (comment: string, at: number) =>
    (at === 0 || text[at - 1] === '\n') && (text.length === at + comment.length || text[at + comment.length] === '\n');
  return blankedOutsideCode(
    text,
    COMMENT,
    (comment, at) => !comment.includes('\n') && ownLine(comment, at) && blogLineWords(comment.trim()) !== null,
  );
}
