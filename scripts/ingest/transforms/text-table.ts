/**
 * A Markdown table of plain cell text, for the transforms that rebuild a table from text
 * (html-tables.ts, grid-tables.ts). Rows shorter than the widest are padded with empty cells.
 */
import type { Table, TableRow } from 'mdast';

export function textTable(rows: readonly (readonly string[])[]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({
      type: 'tableCell',
      children: cells[i] ? [{ type: 'text', value: cells[i] }] : [],
    })),
  });
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows.map(row) };
}
