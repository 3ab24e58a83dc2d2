/**
 * What decorates a heading without being part of its question, as exported articles write it:
 * inline HTML from CSDN, WeChat and GitHub (`### <a name="q1"></a>1. 什么是 RAG？`,
 * `## <font color=red>2. 什么是 MoE？</font>`) and Obsidian tags after the question
 * (`### 3. 什么是 KV Cache？ #面试 #高频`). Sources are prose, so the tags are text here
 * (parse.ts); left in, they would lead the title and hide the question's number. A presentational
 * tag goes only when the heading both opens and closes it (a heading that mentions 「<span>」 keeps
 * it); a tag goes only at the end, after a space, and never a number (「第 #3 题」) or 「C#」.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const PRESENTATIONAL = 'a|font|span|b|strong|i|em|u|s|del|ins|mark|small|big|sup|sub|center';
const OPENING = new RegExp(String.raw`<(${PRESENTATIONAL})(?:\s[^<>]*)?>`, 'giu');
const CLOSING = new RegExp(String.raw`</(${PRESENTATIONAL})\s*>`, 'giu');
const BREAK = /<br\s*\/?>/giu;
const TRAILING_TAGS = /(?:\s+#[^\s#\d][^\s#]*)+\s*$/u;

/** Tag names the heading both opens and closes: those are markup, not words. */
export function pairedTags(heading: string): Set<string> {
  const opened = new Set([...heading.matchAll(OPENING)].map((m) => m[1]!.toLowerCase()));
  return new Set([...heading.matchAll(CLOSING)].map((m) => m[1]!.toLowerCase()).filter((name) => opened.has(name)));
}

/** A piece of a heading without the markup its whole (`paired`) opens and closes. */
export function withoutTags(text: string, paired: ReadonlySet<string>): string {
  if (paired.size === 0) return text;
  const drop = (m: string, name: string) => (paired.has(name.toLowerCase()) ? '' : m);
  return text.replace(OPENING, drop).replace(CLOSING, drop).replace(BREAK, ' ');
}

/** A heading's last text without the Obsidian tags that end it. */
export function withoutTrailingTags(text: string): string {
  return text.replace(TRAILING_TAGS, '');
}

export const remarkHeadingDecorations: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'heading', (heading: Heading) => {
      const paired = pairedTags(toString(heading));
      visit(heading, 'text', (node) => {
        node.value = withoutTags(node.value, paired);
      });
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = withoutTrailingTags(last.value);
    });
  };
};
