/**
 * Every entry is published as an MDX file of its own, so a reference-style link (`[文档][d]`)
 * whose definition (`[d]: https://…`) sits under another heading would lose its target and turn
 * into literal brackets. Resolve references to inline links and images while the article is
 * still one tree; neutralise-links then vets their targets like any other link's.
 */
import type { Definition, Image, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const remarkInlineReferences: Plugin<[], Root> = function () {
  return (tree) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      // CommonMark: the first definition of a label wins.
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    if (definitions.size === 0) return;
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'linkReference' && node.type !== 'imageReference') || parent === undefined || index === undefined) return;
      const definition = definitions.get(node.identifier);
      if (!definition) return;
      const { url, title } = definition;
      const resolved: Link | Image =
        node.type === 'linkReference'
          ? { type: 'link', url, title, children: node.children, position: node.position }
          : { type: 'image', url, title, alt: node.alt, position: node.position };
      parent.children.splice(index, 1, resolved as never);
    });
  };
};
