/**
 * A formula written `$$ … $$` on one line and alone in its paragraph is displayed, as the writer
 * meant: Typora, Obsidian, Jupyter and most chat exports write a displayed formula that way, and
 * LaTeX's one-line `\[ … \]` reaches here as the same (scripts/ingest/latex-delimiters.ts).
 * CommonMark math (remark-math) reads it as inline math, so it was set small inside the text line.
 * `$$` inside a sentence stays inline, and a single `$` is never displayed.
 */
import type { Paragraph, Root } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The paragraph's one formula, when it holds nothing else but white space. */
function onlyFormula(paragraph: Paragraph): InlineMath | undefined {
  const rest = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [only] = rest;
  return rest.length === 1 && only?.type === 'inlineMath' ? only : undefined;
}

/** A display formula node as remark-math builds one for a `$$` fence, so rehype-katex displays it. */
function displayed(value: string, position: Paragraph['position']): Math {
  return {
    type: 'math',
    meta: null,
    value,
    position,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value }],
        },
      ],
    },
  };
}

export function remarkDisplayMathLine() {
  return (tree: Root, file: VFile) => {
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    visit(tree, 'paragraph', (paragraph, index, parent) => {
      const formula = onlyFormula(paragraph);
      const at = formula?.position?.start.offset;
      if (!formula || at === undefined || parent === undefined || index === undefined) return;
      if (!source.startsWith('$$', at)) return;
      parent.children[index] = displayed(formula.value, paragraph.position);
      return [SKIP, index + 1];
    });
  };
}
