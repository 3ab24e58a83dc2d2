/**
 * Tables that arrive as HTML: a notebook exported to Markdown shows a pandas DataFrame as
 * `<div><style scoped>…</style><table class="dataframe">…</table></div>`, and tables pasted from
 * web pages come the same way. Sources are prose, so raw HTML is text here (parse.ts) and a reader
 * would see the tags. A paragraph that is nothing but such a table (wrapping <div>s, <style>
 * blocks and short <p> captions allowed) becomes a Markdown table of the cells' text, its captions
 * paragraphs after it. Only text is taken from the HTML, never an element or attribute, so nothing
 * can run (a table with an event handler or a script URL stays visible text); the <style> rules are presentation, not words, and are left out. Anything else stays as
 * the text it is.
 */
import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { isBenignTag } from './inline-html.ts';
import { textTable } from './text-table.ts';

export interface HtmlTable {
  /** Cells' text, row by row, as the HTML has them (the first row is the header). */
  rows: string[][];
  /** Text of <caption> and of <p> beside the table. */
  captions: string[];
}

const cellText = (cell: Element): string => hastToString(cell).replace(/\s+/gu, ' ').trim();

function rowsOf(table: Element): string[][] {
  const rows: string[][] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName !== 'tr') return undefined;
    rows.push(node.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td')).map(cellText));
    return SKIP;
  });
  return rows;
}

/** The table a paragraph's text is, or null when the text is anything more (or less) than one. */
export function readHtmlTable(text: string): HtmlTable | null {
  const trimmed = text.trim();
  if (!/^<(?:div|table)\b/iu.test(trimmed) || !/<\/(?:div|table)>$/iu.test(trimmed) || !isBenignTag(trimmed)) return null;
  let table: Element | null = null;
  const captions: string[] = [];
  const read = (nodes: readonly (HastContent | ElementContent)[]): boolean =>
    nodes.every((node) => {
      if (node.type === 'comment' || node.type === 'doctype') return true;
      if (node.type === 'text') return node.value.trim() === '';
      if (node.type !== 'element') return false;
      switch (node.tagName) {
        case 'div':
          return read(node.children);
        case 'style':
          return true;
        case 'p':
          captions.push(cellText(node));
          return true;
        case 'table':
          if (table) return false;
          table = node;
          return true;
        default:
          return false;
      }
    });
  if (!read(fromHtml(trimmed, { fragment: true }).children) || table === null) return null;
  const found: Element = table;
  visit(found, 'element', (node: Element) => {
    if (node.tagName === 'caption') captions.unshift(cellText(node));
  });
  const rows = rowsOf(found).filter((row) => row.length > 0);
  return rows.length > 0 ? { rows, captions: captions.filter((c) => c !== '') } : null;
}

function toMdast({ rows, captions }: HtmlTable): RootContent[] {
  const paragraphs = captions.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
  return [textTable(rows), ...paragraphs];
}

export const remarkHtmlTables: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const table = readHtmlTable(only.value);
      if (!table) return undefined;
      const replacement = toMdast(table).map((n) => ({ ...n, position: node.position }));
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });
  };
};
