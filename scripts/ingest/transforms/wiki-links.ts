/**
 * Obsidian's wikilinks (`[[监督微调]]`, `[[SFT|监督微调]]`, `[[RLHF#奖励模型|奖励模型]]`) link
 * notes of the writer's vault, which the knowledge base does not have. A reader should see the
 * words the note shows, not the brackets: the shown text, with the target after it in brackets
 * when it differs — the same as any link whose target cannot be followed (neutralise-links.ts).
 * Embeds (`![[图.png]]`) are left as written: they name a file, not words; so is `[[toc]]`,
 * VitePress's table-of-contents marker (on a line of its own, blog-markup.ts drops it).
 */
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const WIKI_LINK = /(?<!!)\[\[(?!toc\]\])([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/giu;

export interface WikiLinkPiece {
  /** Text before the link, or the whole text after the last one. */
  text: string;
  link?: { target: string; shown: string };
}

/** Text cut at its wikilinks. */
export function splitWikiLinks(text: string): WikiLinkPiece[] {
  const pieces: WikiLinkPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(WIKI_LINK)) {
    const target = m[1]!.trim();
    pieces.push({ text: text.slice(at, m.index), link: { target, shown: (m[2] ?? target).trim() } });
    at = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(at) });
  return pieces;
}

/** What a reader sees of a wikilink. */
export function wikiLinkText({ target, shown }: { target: string; shown: string }): string {
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
