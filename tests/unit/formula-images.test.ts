/**
 * Formulas exported as pictures of themselves (Yuque, Zhihu, Jianshu keep the TeX in the image's
 * address): ingested and rendered with the site's own Markdown processor, they are KaTeX formulas,
 * and the page fetches nothing from those hosts.
 */
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formulaOfImage } from '../../scripts/ingest/transforms/formula-images.ts';
import { htmlHazards, renderedText, renderedUrls, renderEntry } from './support/mdx.ts';

const answerOf = (body: string) =>
  renderEntry(['# 笔记', '', '### 1. KV Cache 为什么能加速？', '', body, '', '### 2. 其他？', '', '答。', ''].join('\n'));

function formulas(tree: HastRoot): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'annotation') return;
    const text = node.children.find((c) => c.type === 'text');
    if (text?.type === 'text') found.push(text.value);
  });
  return found;
}

describe('formula images', () => {
  it('reads the TeX of Yuque, Zhihu and Jianshu formula images, and nothing from other images', () => {
    expect(formulaOfImage('https://cdn.nlark.com/yuque/__latex/3f1c2a.svg#card=math&code=O%28n%5E2%29&id=Ab12')).toBe('O(n^2)');
    expect(formulaOfImage('https://www.zhihu.com/equation?tex=E%3Dmc%5E2+%2B+1')).toBe('E=mc^2 + 1');
    expect(formulaOfImage('https://math.jianshu.com/math?formula=%5Csum_i%20x_i')).toBe('\\sum_i x_i');
    expect(formulaOfImage('https://cdn.nlark.com/yuque/0/2025/png/1/abc.png#averageHue=%23f5f5f5')).toBeNull();
    expect(formulaOfImage('https://example.com/equation?tex=x')).toBeNull();
    expect(formulaOfImage('https://cdn.nlark.com/yuque/__latex/a.svg#card=math&code=%E0%A4%A')).toBeNull();
  });

  it('renders them as KaTeX formulas where they stood, with no image or link to the editor', async () => {
    const tree = await answerOf(
      '复杂度从 ![](https://cdn.nlark.com/yuque/__latex/3f1c2a.svg#card=math&code=O%28n%5E2%29&id=Ab12) 降到 ![[公式]](https://www.zhihu.com/equation?tex=O%28n%29)。',
    );
    expect(formulas(tree)).toEqual(['O(n^2)', 'O(n)']);
    expect(renderedUrls(tree).filter((u) => /nlark|zhihu/u.test(u))).toEqual([]);
    expect(renderedText(tree)).toContain('复杂度从');
  });

  it('keeps a hostile formula harmless', async () => {
    const tree = await answerOf('![](https://www.zhihu.com/equation?tex=%5Chref%7Bjavascript%3Aalert(1)%7D%7Bx%7D%3Cscript%3E)');
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedUrls(tree).filter((u) => u.startsWith('javascript:'))).toEqual([]);
  });
});
