/**
 * A ```mermaid block becomes a figure that shows its source as text (readable without JS) and
 * carries data-mermaid so the page loads the renderer only when a diagram is on it.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function isMermaidCode(node: Element): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}

export function rehypeMermaidFigure() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code || !isMermaidCode(code)) return;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['mermaid-diagram'], dataMermaid: '', dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['mermaid-source'] },
            children: [{ type: 'text', value: toString(code) }],
          },
          { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: 'Mermaid 流程图' }] },
        ],
      };
      parent.children.splice(index, 1, figure);
    });
  };
}
