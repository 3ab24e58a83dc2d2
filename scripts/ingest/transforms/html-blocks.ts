/**
 * Blocks of HTML pasted from web pages and CMS editors (a WeChat or Zhihu post, a saved page):
 * `<p>…</p>`, `<section style=…>`, `<div align="center">`, `<ul><li>`, `<blockquote>`, `<pre><code>`.
 * Sources are prose, so raw HTML is text here (parse.ts) and a reader would see the tags. A
 * top-level paragraph that is nothing but such a block — it opens with a block tag and closes it,
 * every element is among the structural and formatting tags below, and none carries an event
 * handler or a script URL (isBenignTag) — becomes the Markdown it stands for, by hast-util-to-mdast:
 * paragraphs, lists, quotes, emphasis, code. Its links and images then go through neutralise-links.ts
 * like any others. Anything else (a <script>, an <iframe>, a handler) stays the text it is.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isBenignTag, PRESENTATIONAL_TAGS } from './inline-html.ts';

const BLOCK_TAGS = ['p', 'div', 'section', 'article', 'center', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'br'];
/** Text-level tags: formatting (inline-html.ts) and code. */
const INLINE = new Set([...PRESENTATIONAL_TAGS.filter((t) => t !== 'a' && t !== 'center'), 'code', 'kbd']);
const ALLOWED = new Set([...BLOCK_TAGS, ...INLINE, 'a', 'img']);
const BLOCK_OPENING = /^<(p|div|section|article|center|figure|blockquote|ul|ol|pre)\b[^<>]*>/iu;

/** The HTML a paragraph's source is, parsed, when it is one allowed block; null otherwise. */
export function readHtmlBlock(source: string): HastRoot | null {
  const trimmed = source.trim();
  const opening = BLOCK_OPENING.exec(trimmed);
  if (!opening || !new RegExp(`</${opening[1]}\\s*>$`, 'iu').test(trimmed) || !isBenignTag(trimmed)) return null;
  const tree = fromHtml(trimmed, { fragment: true });
  let allowed = true;
  visit(tree, (node) => {
    if (node.type === 'comment' || node.type === 'doctype') allowed = false;
    if (node.type === 'element' && !ALLOWED.has((node as Element).tagName)) allowed = false;
  });
  return allowed ? tree : null;
}

/**
 * What a reader reads in an HTML block, for conservation: its runs of text, cut where a block or a
 * line break ends them and around links and images, whose words and addresses are units of their
 * own (as conserve.ts cuts Markdown).
 */
export function htmlBlockUnits(tree: HastRoot): string[] {
  const units: string[] = [];
  let current = '';
  const flush = () => {
    units.push(current);
    current = '';
  };
  const walk = (node: HastRoot | HastRoot['children'][number]): void => {
    if (node.type === 'text') current += node.value;
    else if (node.type === 'root') node.children.forEach(walk);
    else if (node.type === 'element') {
      const href = node.properties['href'];
      const src = node.properties['src'];
      const alt = node.properties['alt'];
      if (node.tagName === 'a') {
        flush();
        units.push(hastToString(node), typeof href === 'string' ? href : '');
      } else if (node.tagName === 'img') {
        flush();
        units.push(typeof alt === 'string' ? alt : '', typeof src === 'string' ? src : '');
      } else if (INLINE.has(node.tagName)) node.children.forEach(walk);
      else {
        flush();
        node.children.forEach(walk);
        flush();
      }
    }
  };
  walk(tree);
  flush();
  return units.flatMap((unit) => unit.split('\n'));
}

/** Only Markdown that the rest of ingestion reads as prose: no raw HTML node may come out. */
function isPlainMarkdown(nodes: readonly RootContent[]): boolean {
  let plain = true;
  for (const node of nodes)
    visit(node, (n) => {
      if (n.type === 'html' || n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') plain = false;
    });
  return plain;
}

export const remarkHtmlBlocks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const source = String(file.value);
    for (let i = 0; i < tree.children.length; i++) {
      const node = tree.children[i]!;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.type !== 'paragraph' || start === undefined || end === undefined) continue;
      const html = readHtmlBlock(source.slice(start, end));
      if (!html) continue;
      const converted = toMdast(html) as Root;
      if (!isPlainMarkdown(converted.children)) continue;
      tree.children.splice(i, 1, ...converted.children);
      i += converted.children.length - 1;
    }
  };
};
