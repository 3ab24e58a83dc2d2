/**
 * Obsidian's wikilinks (`[[监督微调]]`, `[[SFT|监督微调]]`, `[[RLHF#奖励模型|奖励模型]]`) link
 * notes of the writer's vault, which the knowledge base does not have. A reader should see the
 * words the note shows, not the brackets: the shown text, with the target after it in brackets
 * when it differs — the same as any link whose target cannot be followed (neutralise-links.ts).
 * An embed (`![[图.png]]`, `![[图.png|400]]`, `![[另一篇笔记#小节]]`) puts a file of the vault in
 * the page, which is not published either: it is named the way an image beside an article is
 * (「图片（图.png）」, neutralise-links.ts), a note as 「（此处嵌入的笔记未收录：…）」, like
 * Quarto's include. `[[toc]]`, VitePress's table-of-contents marker, stays (on a line of its own,
 * blog-markup.ts drops it).
 */
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const WIKI_LINK = /(!?)\[\[(?!toc\]\])([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/giu;
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/iu;
/** Any other file of the vault (a PDF, a recording); a name without an extension is a note. */
const FILE = /\.[a-z0-9]{1,5}$/iu;
/** An image embed's `|400` or `|400x300` sizes it; any other text after `|` is its description. */
const SIZE = /^\d+(?:x\d+)?$/u;

export interface WikiLink {
  target: string;
  /** The words the note shows; an embed's description, or its target. */
  shown: string;
  embed: boolean;
}

export interface WikiLinkPiece {
  /** Text before the link, or the whole text after the last one. */
  text: string;
  link?: WikiLink;
}

/** Text cut at its wikilinks and embeds. */
export function splitWikiLinks(text: string): WikiLinkPiece[] {
  const pieces: WikiLinkPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(WIKI_LINK)) {
    const embed = m[1] === '!';
    const target = m[2]!.trim();
    const alias = m[3]?.trim();
    const shown = alias === undefined || (embed && SIZE.test(alias)) ? target : alias;
    pieces.push({ text: text.slice(at, m.index), link: { target, shown, embed } });
    at = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(at) });
  return pieces;
}

/** What a reader sees of a wikilink or an embed. */
export function wikiLinkText({ target, shown, embed }: WikiLink): string {
  if (embed) {
    const kind = IMAGE.test(target) ? '图片' : FILE.test(target) ? '附件' : null;
    if (kind === null) return `（此处嵌入的笔记未收录：${target}）`;
    return shown === target ? `${kind}（${target}）` : `${kind}：${shown}（${target}）`;
  }
  return shown === target ? shown : `${shown} (${target})`;
}

export const remarkWikiLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'text', (node: Text) => {
      if (!node.value.includes('[[')) return;
      node.value = splitWikiLinks(node.value)
        .map((p) => p.text + (p.link ? wikiLinkText(p.link) : ''))
        .join('');
      return SKIP;
    });
  };
};
