/**
 * Rewrite (rewrite-source.ts): HTML comments, which every Markdown viewer hides: a writer's note
 * (`<!-- 顾岚：第 3 版计划补充… -->`), a slide number a converter left (`<!-- 幻灯片 6 / 41 -->`), a
 * plugin's marker (`<!-- tabs:start -->`), text commented out. HTML is text here (parse.ts), so
 * they would be published for every reader to see, and a heading commented out would become a
 * question. A comment on lines of its own (`<!--` opening a line, `-->` ending one) is blanked, its
 * line breaks kept so that every line stays where it was, and the report names its lines.
 *
 * Left to what reads them: comments that mean something to a blog generator (`<!-- more -->`,
 * Hexo's `<!-- tab 名称 -->`, VitePress's `<!--@include: …-->`; transforms/blog-markup.ts), a Marp
 * deck's (marp-deck.ts, read before this), Docsify's `<!-- {docsify-ignore} -->` after a heading
 * (heading-tags.ts) and any comment sharing a line with text. A comment never closed, and anything in
 * code, stays as written.
 */
import { blogLineWords } from './transforms/blog-markup.ts';
import { blankedOutsideCode, type ObsidianComment } from './obsidian-comments.ts';

/**
 * A comment opening a line (up to three spaces in, as a Markdown block) and closing, at its first
 * `-->` as in HTML, at a line's end.
 */
const COMMENT = /^ {0,3}<!--(?:(?!-->)[\s\S])*-->[ \t]*$/gmu;

/** 1-based lines where a comment opens and closes. */
export type HtmlComment = ObsidianComment;

/** The text with its HTML comments on lines of their own blanked (line breaks kept), and where they were. */
export function withoutHtmlComments(text: string): { text: string; comments: HtmlComment[] } {
  if (!text.includes('<!--')) return { text, comments: [] };
  // A marker a blog generator reads (a tab's name, an included file) is its to read.
  return blankedOutsideCode(text, COMMENT, (comment) => !comment.includes('\n') && blogLineWords(comment) !== null);
}
