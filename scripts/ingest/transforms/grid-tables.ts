/**
 * Pandoc's grid tables, which Word documents converted by pandoc use for any table whose cells
 * hold more than one line:
 *
 *   +--------+--------------+
 *   | 指标   | 说明         |
 *   +========+==============+
 *   | 准确率 | 答对的比例， |
 *   |        | 越高越好     |
 *   +--------+--------------+
 *
 * CommonMark reads them as one paragraph of pipes and dashes. A paragraph that is exactly such a
 * table becomes a Markdown table; a cell's wrapped lines are joined (without a space between
 * Chinese characters). Columns are found by the pipes, not by position, since pandoc pads by
 * display width and a Chinese character is two columns wide. Tables with merged cells, or with
 * a pipe inside a cell, stay the text they are.
 */
import type { Paragraph, Root, Table } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { textTable } from './text-table.ts';

const SEPARATOR = /^\+(?:[-=:]+\+)+$/u;
const CONTENT = /^\|.*\|$/u;

export interface GridTable {
  /** Rows above the `+===+` line (none when the table has no header). */
  header: string[][];
  body: string[][];
}

/** Chinese characters and full-width punctuation: text that runs on without spaces. */
const WIDE = String.raw`[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]`;
const ENDS_WIDE = new RegExp(`${WIDE}$`, 'u');
const STARTS_WIDE = new RegExp(`^${WIDE}`, 'u');

/** Wrapped lines of one cell, joined as a writer would: no space where Chinese runs on. */
function joinLines(lines: readonly string[]): string {
  return lines
    .filter((l) => l !== '')
    .reduce((text, line) => (text === '' ? line : ENDS_WIDE.test(text) || STARTS_WIDE.test(line) ? text + line : `${text} ${line}`), '');
}

/** The grid table a paragraph's text is, or null. */
export function readGridTable(text: string): GridTable | null {
  if (!text.startsWith('+')) return null;
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.length < 3 || !SEPARATOR.test(lines[0]!) || !SEPARATOR.test(lines.at(-1)!)) return null;
  const width = lines[0]!.split('+').length - 2;
  const header: string[][] = [];
  const body: string[][] = [];
  let pending: string[][] = [];
  for (const line of lines.slice(1)) {
    if (SEPARATOR.test(line)) {
      if (line.split('+').length - 2 !== width || pending.length === 0) return null;
      const row = Array.from({ length: width }, (_, i) => joinLines(pending.map((cells) => cells[i]!)));
      (line.includes('=') && body.length === 0 && header.length === 0 ? header : body).push(row);
      pending = [];
      continue;
    }
    if (!CONTENT.test(line)) return null;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    if (cells.length !== width) return null;
    pending.push(cells);
  }
  return header.length + body.length > 0 ? { header, body } : null;
}

function toTable({ header, body }: GridTable): Table {
  const width = (header[0] ?? body[0])!.length;
  // Markdown tables always have a header row: an empty one when the grid table has none.
  return textTable([...(header.length > 0 ? header : [Array.from({ length: width }, () => '')]), ...body]);
}

export const remarkGridTables: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const table = readGridTable(only.value);
      if (!table) return undefined;
      parent.children.splice(index, 1, { ...toTable(table), position: node.position });
      return SKIP;
    });
  };
};
