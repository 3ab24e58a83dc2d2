/**
 * Links and images come from untrusted text. Only web, mail and in-page targets stay links;
 * anything else (`javascript:`, `data:` …) becomes its visible text so nothing is lost and
 * nothing runs. Images are turned into links: a reading page must not fetch from other origins. An
 * image at a relative address (an export's `Untitled.png`, `./assets/1.png`) is not published with
 * the article: it is named, 「图片：alt（Untitled.png）」, rather than shown as Markdown syntax; so is a
 * forum's own upload (Discourse's `upload://9qTz….png`, which only that forum can resolve).
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;

function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/**
 * An address as a reader reads it: a file beside the article with its percent-escapes decoded
 * (Notion exports name sub-pages `%E5%8E%9F%E5%A7%8B%20a1b2….md`); any other address as written.
 */
export function readableUrl(url: string): string {
  if (!isRelative(url)) return url;
  try {
    return decodeURIComponent(url.trim());
  } catch {
    return url;
  }
}

/** An address with no scheme: a file beside the article. */
function isRelative(url: string): boolean {
  return url.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/iu.test(url.trim()) && !url.trim().startsWith('//');
}

const isForumUpload = (url: string) => /^upload:\/\/\S/iu.test(url.trim());

export const remarkNeutraliseLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'image') {
        const label = node.alt ? `图片：${node.alt}` : '图片';
        const replacement: PhrasingContent = isSafeUrl(node.url)
          ? ({ type: 'link', url: node.url, children: [{ type: 'text', value: label }] } satisfies Link)
          : isRelative(node.url) || isForumUpload(node.url)
            ? { type: 'text', value: `${label}（${readableUrl(node.url)}）` }
            : { type: 'text', value: `![${node.alt ?? ''}](${node.url})` };
        parent.children.splice(index, 1, replacement as never);
        return SKIP;
      }
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
        if (node.type === 'definition') {
          node.url = '#';
          return;
        }
        const children = [...node.children, { type: 'text', value: ` (${readableUrl(node.url)})` } as PhrasingContent];
        parent.children.splice(index, 1, ...(children as never[]));
        return [SKIP, index + children.length];
      }
      return undefined;
    });
  };
};
