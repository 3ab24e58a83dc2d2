/**
 * On a question page reached from search (…/?highlight=知识+蒸馏#answer-…), mark the searched
 * words in the answers. site.ts imports this module only when the URL carries ?highlight=, so
 * other visits pay nothing. Text nodes are split and wrapped in <mark>; nothing is parsed as HTML.
 */
import { markText } from '../lib/search/marks.ts';

const MAX_WORDS = 12;
const MAX_MARKS = 400;

export function highlightFromUrl(root: ParentNode = document): number {
  const raw = new URLSearchParams(location.search).get('highlight') ?? '';
  const words = [
    ...new Set(
      raw
        .split(/\s+/u)
        .map((w) => w.trim())
        .filter((w) => w.length > 0 && w.length <= 40),
    ),
  ].slice(0, MAX_WORDS);
  if (words.length === 0) return 0;
  const scope = root.querySelector('[data-pagefind-body]') ?? root.querySelector('main');
  if (!scope) return 0;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, button, .katex, [hidden], [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const segments = markText(node.data, words);
    if (segments.length === 1 && !segments[0]!.mark) continue;
    const parts = segments.map((s) => {
      if (!s.mark) return document.createTextNode(s.text);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = s.text;
      count++;
      return mark;
    });
    node.replaceWith(...parts);
    if (count >= MAX_MARKS) break;
  }
  return count;
}

highlightFromUrl();
