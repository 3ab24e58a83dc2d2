/**
 * KaTeX's HTML and MathML repeat every formula as symbol soup; it would pollute search
 * excerpts, so formulas are left out of the Pagefind index (the prose around them stays).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeSearchHints() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && (classes.includes('katex-display') || classes.includes('katex'))) {
        node.properties = { ...node.properties, dataPagefindIgnore: '' };
        return 'skip';
      }
      return undefined;
    });
  };
}
