/**
 * Links and images come from untrusted text. Only web, mail and in-page targets stay links;
 * anything else (`javascript:`, `data:` …) becomes its visible text so nothing is lost and
 * nothing runs. Images are turned into links: a reading page must not fetch from other origins.
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;

function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

export const remarkNeutraliseLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'image') {
        const label = node.alt ? `图片：${node.alt}` : '图片';
        const replacement: PhrasingContent = isSafeUrl(node.url)
          ? ({ type: 'link', url: node.url, children: [{ type: 'text', value: label }] } satisfies Link)
          : { type: 'text', value: `![${node.alt ?? ''}](${node.url})` };
        parent.children.splice(index, 1, replacement as never);
        return SKIP;
      }
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
        if (node.type === 'definition') {
          node.url = '#';
          return;
        }
        const children = [...node.children, { type: 'text', value: ` (${node.url})` } as PhrasingContent];
        parent.children.splice(index, 1, ...(children as never[]));
        return [SKIP, index + children.length];
      }
      return undefined;
    });
  };
};
