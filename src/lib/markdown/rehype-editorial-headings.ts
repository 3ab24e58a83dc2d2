/**
 * Headings in maintainer MDX get ASCII ids (`note-1`, `intro-2` …): Astro would otherwise slug
 * Chinese headings into raw UTF-8 ids, and the SPEC allows no percent-encoded Chinese in a fragment.
 * Astro's own heading-id step keeps an id that is already set.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { editorialKind } from './remark-editorial-checks.ts';

const PREFIX = { notes: 'note', topics: 'intro', pages: 'about' } as const;

export function rehypeEditorialHeadings() {
  return (tree: Root, file: VFile) => {
    const where = file.path ? editorialKind(file.path) : null;
    if (!where) return;
    let n = 0;
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/u.test(node.tagName) && typeof node.properties.id !== 'string') node.properties.id = `${PREFIX[where.kind]}-${++n}`;
    });
  };
}
