/**
 * Quarto and pandoc-crossref label a display equation on its closing fence: `$$ {#eq-bayes}`.
 * remark-math only closes a block on a bare `$$`, so the formula would run on to the end of the
 * article and swallow every question after it (validate.ts refuses that as an unclosed block).
 * Here the block ends at its labelled fence, the label goes as pandoc's other attributes do, and
 * the text after it is read again as the Markdown it is.
 */
import type { Math } from 'mdast-util-math';
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** A closing fence with a label: `$$ {#eq-bayes}` (pandoc-crossref also writes `$$ {#eq:bayes}`). */
export const LABELLED_CLOSE = /^[ \t]*\${2,}[ \t]*\{#[^}\n]*\}[ \t]*$/u;

export interface LabelledEquationsOptions {
  /** Reads Markdown as ingestion reads a source, before its transforms. */
  parse: (markdown: string) => Root;
}

/** Moves a tree read from a slice of the source to where that slice starts (line, offset). */
function relocate(tree: Root, line: number, offset: number): void {
  visit(tree, (node: Node) => {
    if (!node.position) return;
    const { start, end } = node.position;
    node.position = {
      start: { line: start.line + line - 1, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + line - 1, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  });
}

export const remarkLabelledEquations: Plugin<[LabelledEquationsOptions], Root> = function (options) {
  return (tree, file) => {
    const source = String(file.value ?? '');
    if (!/^[ \t]*\${2,}[ \t]*\{#/mu.test(source)) return;
    const children = tree.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as RootContent | Math;
      if (node.type !== 'math' || node.position?.start.offset === undefined || node.position.end.offset === undefined) continue;
      const start = node.position.start.offset;
      const raw = source.slice(start, node.position.end.offset);
      const lines = raw.split('\n');
      // The opening fence is line 0; a labelled fence after it closes the block.
      const close = lines.findIndex((l, n) => n > 0 && LABELLED_CLOSE.test(l));
      if (close < 0) continue;
      const closeEnd = start + lines.slice(0, close + 1).join('\n').length;
      const math: Math = {
        ...(node as Math),
        value: lines.slice(1, close).join('\n'),
        position: {
          start: node.position.start,
          end: { line: node.position.start.line + close, column: lines[close]!.length + 1, offset: closeEnd },
        },
      };
      // Everything after the fence is read again: what the open block swallowed, and what was read
      // after it only because a later `$$` looked like its closing fence.
      const restStart = Math.min(source.length, closeEnd + 1);
      const rest = source.slice(restStart);
      const read = rest.trim() === '' ? { type: 'root' as const, children: [] } : options.parse(rest);
      relocate(read, node.position.start.line + close + 1, restStart);
      children.splice(i, children.length - i, math as unknown as RootContent, ...read.children);
    }
  };
};
